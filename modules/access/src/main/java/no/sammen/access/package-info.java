/**
 * Need-to-know: the profession scopes administrators set, the one access rule that combines them with the care
 * team, the family's consents, the entries' audience and emergency access, and what a person would see.
 *
 * <p>This base package is the module's public API: {@link no.sammen.access.Scopes} (administrators' scopes, every
 * change a version), {@link no.sammen.access.Emergencies} (breaking the glass, and the notices the family and the
 * coordinator see), {@link no.sammen.access.Previews} ("what does this person see"). The rule itself is not called by
 * other modules directly: it is the active {@link no.sammen.platform.AccessPolicy}, a CDI alternative that replaces
 * the records module's membership rule, and the platform's guard applies it at every guarded façade method. Each
 * request loads the caller's context once (a few indexed queries, no time-based cache), so that a revoked consent
 * or a changed scope holds from the very next request and one decision is a few map lookups.
 */
@Module(allowedDependencies = {"records", "consent"})
package no.sammen.access;

import no.sammen.platform.Module;

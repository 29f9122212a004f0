/**
 * The family's consents: which recipient (a named person, a profession, or an organisation) may see which
 * categories of a child's record, for what purpose and for which period.
 *
 * <p>This base package is the module's public API. {@link no.sammen.consent.Consents} is the family's façade: every
 * method is child-scoped and guarded, and the changing ones are recorded as consent changes. A consent is never
 * overwritten: narrowing, approving and revoking append a version, so the family's history is whole.
 * {@link no.sammen.consent.ConsentCoverage} answers the access rule, which reads it once per request: there is no
 * cache, so a revocation holds from the very next request. Who may grant (guardians, or the adolescent from the
 * health-law age) is the access rule's decision, not this module's.
 */
@Module(allowedDependencies = {"records"})
package no.sammen.consent;

import no.sammen.platform.Module;

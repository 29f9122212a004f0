/**
 * Identity: who a person is in Sammen, and how they prove it.
 *
 * <p>Everyone signs in with strong national ID over OpenID Connect: health personnel through the health-sector
 * provider (HelseID), everyone else through the citizen provider (ID-porten). Sammen's own authentication mechanism
 * (in {@code control}) runs the authorization code flow with PKCE, validates every token itself with pinned
 * algorithms and exact issuers, and establishes the {@link no.sammen.platform.Caller} for the request. Payara's
 * built-in OpenID Connect support is not used: it sends no PKCE and accepted unsigned tokens
 * (docs/adr/0002-oidc-client.md).
 *
 * <p>This base package is the module's public API: {@link no.sammen.identity.NationalId} (validated national
 * identity numbers), the {@link no.sammen.identity.People} façade that other modules use to find or register
 * a person, and the {@link no.sammen.identity.Roles} façade through which administrators grant and take away
 * assigned roles (ADR 0033). A national identity number never leaves this module in clear text except through an explicit,
 * audited display path.
 */
@Module
package no.sammen.identity;

import no.sammen.platform.Module;

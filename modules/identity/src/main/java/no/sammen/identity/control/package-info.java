/**
 * How people prove who they are, kept inside the identity module.
 *
 * <p>{@link no.sammen.identity.control.SammenAuthenticationMechanism} is the one Jakarta Security mechanism of the
 * application. It runs the OpenID Connect authorization code flow with PKCE (S256), {@code state} and {@code nonce}
 * bound to the browser's login attempt, and PAR and {@code private_key_jwt} where configured
 * ({@link no.sammen.identity.control.LoginFlow}); it accepts bearer access tokens on the API. Every token is checked
 * by {@link no.sammen.identity.control.TokenVerifier}: signature with pinned algorithms and the provider's published
 * keys only (never keys offered in a token's header), exact issuer, audience, expiry, the required authentication
 * level and the national identity number. Anything wrong answers 401 and is logged, never explained to the client.
 *
 * <p>Sessions are server-side rows ({@link no.sammen.identity.control.LoginSessions}), so that any instance can end
 * one: logout, front-channel logout from the provider, and idle and absolute timeouts.
 */
package no.sammen.identity.control;

/**
 * The identity module's web face: {@code GET /api/me}, logout (ours and the provider's front-channel logout), the
 * CSRF guard for requests a browser session makes, and the {@code signedIn} view for the pages. Internal to the
 * module; the pages reach it only through EL names.
 */
package no.sammen.identity.boundary;

/**
 * The HTTP edge shared by all modules: the JAX-RS application under {@code /api}, fail-closed enforcement of
 * {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} (a resource method without one is refused, and the
 * architecture tests refuse to build it), RFC 9457 problem details for every failure, security headers, the
 * session cookie's attributes, and the request id. Cross-cutting, so no business method repeats it.
 */
package no.sammen.app.web;

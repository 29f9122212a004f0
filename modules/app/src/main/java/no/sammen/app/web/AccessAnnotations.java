package no.sammen.app.web;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method, failing
 * closed: a method with none of them (on itself or its class) is denied to everyone. Not signed in answers 401,
 * signed in without the role 403.
 */
@Provider
public class AccessAnnotations implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(AccessAnnotations.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Deny());
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Require(Set.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Deny());
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Require(Set.of(type.getAnnotation(RolesAllowed.class).value())));
        } else if (!type.isAnnotationPresent(PermitAll.class)) {
            if (type.getName().startsWith("no.sammen.")) {
                LOG.severe(() -> "resource method without access declaration is denied: " + type.getName() + "."
                        + method.getName());
            }
            // The runtime's own resources (automatic OPTIONS answers) are denied too, without alarm.
            context.register(new Deny());
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Deny implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Problems.of(403, "Forbidden", "This operation is not available."));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Require implements ContainerRequestFilter {

        private final Set<String> roles;

        Require(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problems.of(401, "Unauthorized",
                                "Authentication is required, or the credentials given were not accepted."))
                        .header("WWW-Authenticate", "Bearer realm=\"sammen\"").build());
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problems.of(403, "Forbidden", "You may not perform this operation."));
            }
        }
    }
}

package no.sammen.app.web;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import no.sammen.platform.RoleRefusals;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on every resource method, failing
 * closed: a method with none of them (on itself or its class) is denied to everyone. Not signed in answers 401,
 * signed in without the role 403, and that refusal of a signed-in person is an entry of the audit trail
 * ({@link RoleRefusals}): an administrator's endpoint tried by someone else is a denial like any other.
 */
@Provider
public class AccessAnnotations implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(AccessAnnotations.class.getName());

    /**
     * Just before the authorization priority: ahead of any authorization filter the runtime adds for the same
     * annotations (one at equal priority may run first in some boots, and would refuse without an audit entry).
     */
    static final int PRIORITY = Priorities.AUTHORIZATION - 100;

    /** Where a signed-in person's refusal for want of a role goes: the audit trail's capture point. */
    interface Refusals {
        void record(String method, String path, Set<String> roles);
    }

    private final Refusals refusals;

    public AccessAnnotations() {
        this((method, path, roles) -> CDI.current().select(RoleRefusals.class).get().record(method, path, roles));
    }

    AccessAnnotations(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Deny());
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Require(Set.of(method.getAnnotation(RolesAllowed.class).value()), refusals));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Deny());
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Require(Set.of(type.getAnnotation(RolesAllowed.class).value()), refusals));
        } else if (!type.isAnnotationPresent(PermitAll.class)) {
            if (type.getName().startsWith("no.sammen.")) {
                LOG.severe(() -> "resource method without access declaration is denied: " + type.getName() + "."
                        + method.getName());
            }
            // The runtime's own resources (automatic OPTIONS answers) are denied too, without alarm.
            context.register(new Deny());
        }
    }

    @Priority(AccessAnnotations.PRIORITY)
    static final class Deny implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            request.abortWith(Problems.of(403, "Forbidden", "This operation is not available."));
        }
    }

    @Priority(AccessAnnotations.PRIORITY)
    static final class Require implements ContainerRequestFilter {

        private final Set<String> roles;
        private final Refusals refusals;

        Require(Set<String> roles, Refusals refusals) {
            this.roles = roles;
            this.refusals = refusals;
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
                refusals.record(request.getMethod(), request.getUriInfo().getPath(), roles);
                request.abortWith(Problems.of(403, "Forbidden", "You may not perform this operation."));
            }
        }
    }
}

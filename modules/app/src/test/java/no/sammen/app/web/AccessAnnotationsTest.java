package no.sammen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessAnnotationsTest {

    static class AdminResource {
        @RolesAllowed("admin")
        public void admin() {
        }

        @RolesAllowed({"guardian", "professional"})
        public void either() {
        }
    }

    static class OpenResource {
        @PermitAll
        public void open() {
        }
    }

    static class ClosedResource {
        @DenyAll
        public void closed() {
        }
    }

    static class UndeclaredResource {
        public void forgotten() {
        }
    }

    @RolesAllowed("coordinator")
    static class CoordinatorResource {
        public void inherited() {
        }

        @PermitAll
        public void open() {
        }

        @DenyAll
        public void closed() {
        }

        @RolesAllowed("admin")
        public void adminOnly() {
        }
    }

    @PermitAll
    static class PublicResource {
        public void inherited() {
        }

        @DenyAll
        public void closed() {
        }
    }

    @DenyAll
    static class SealedResource {
        public void inherited() {
        }
    }

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(AccessAnnotations.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
    }

    // --- fakes -------------------------------------------------------------------------------------------------

    private static ResourceInfo resource(Class<?> type, String methodName) throws NoSuchMethodException {
        Method method = type.getMethod(methodName);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    /** Configures the feature for one method and returns every component it registered. */
    private static List<Object> registered(Class<?> type, String methodName) throws NoSuchMethodException {
        List<Object> components = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (self, method, args) -> {
                    if (method.getName().equals("register")) {
                        components.add(args[0]);
                        return self;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        new AccessAnnotations((method, path, roles) -> REFUSED.add(method + " " + path + " " + roles))
                .configure(resource(type, methodName), context);
        return components;
    }

    private static ContainerRequestFilter onlyFilter(Class<?> type, String methodName) throws NoSuchMethodException {
        List<Object> components = registered(type, methodName);
        assertThat(components).hasSize(1);
        assertThat(components.get(0)).isInstanceOf(ContainerRequestFilter.class);
        return (ContainerRequestFilter) components.get(0);
    }

    private static SecurityContext signedIn(String name, Set<String> roles) {
        Principal principal = () -> name;
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    private static SecurityContext anonymous() {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return true; // a broken container that claims every role must still not let an anonymous caller in
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    /** What the filters reported as refused (for the audit trail), in order. */
    private static final List<String> REFUSED = java.util.Collections.synchronizedList(new ArrayList<>());

    private static jakarta.ws.rs.core.UriInfo uriInfo(String path) {
        return (jakarta.ws.rs.core.UriInfo) Proxy.newProxyInstance(jakarta.ws.rs.core.UriInfo.class.getClassLoader(),
                new Class<?>[] {jakarta.ws.rs.core.UriInfo.class}, (self, method, args) -> {
                    if (method.getName().equals("getPath") && (args == null || args.length == 0)) {
                        return path;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Runs the filter against a request with the given security context; returns the abort response or null. */
    private static Response run(ContainerRequestFilter filter, SecurityContext security) throws Exception {
        List<Response> aborts = new ArrayList<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getSecurityContext" -> security;
                    case "getMethod" -> "PUT";
                    case "getUriInfo" -> uriInfo("admin/things");
                    case "abortWith" -> {
                        aborts.add((Response) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        filter.filter(request);
        assertThat(aborts).hasSizeLessThanOrEqualTo(1);
        return aborts.isEmpty() ? null : aborts.get(0);
    }

    // --- which filter is registered --------------------------------------------------------------------------

    @Test
    void unannotatedMethodIsDenied() throws Exception {
        List<Object> components = registered(UndeclaredResource.class, "forgotten");

        assertThat(components).singleElement().isInstanceOf(AccessAnnotations.Deny.class);
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel().getName()).isEqualTo("SEVERE");
            assertThat(record.getMessage()).contains(UndeclaredResource.class.getName()).contains("forgotten");
        });
    }

    @Test
    void permitAllRegistersNothing() throws Exception {
        assertThat(registered(OpenResource.class, "open")).isEmpty();
        assertThat(registered(PublicResource.class, "inherited")).isEmpty();
        assertThat(registered(CoordinatorResource.class, "open")).isEmpty();
    }

    @Test
    void rolesAllowedRegistersRequire() throws Exception {
        assertThat(registered(AdminResource.class, "admin")).singleElement()
                .isInstanceOf(AccessAnnotations.Require.class);
    }

    @Test
    void denyAllRegistersDeny() throws Exception {
        assertThat(registered(ClosedResource.class, "closed")).singleElement()
                .isInstanceOf(AccessAnnotations.Deny.class);
        assertThat(registered(SealedResource.class, "inherited")).singleElement()
                .isInstanceOf(AccessAnnotations.Deny.class);
        assertThat(registered(CoordinatorResource.class, "closed")).singleElement()
                .isInstanceOf(AccessAnnotations.Deny.class);
        assertThat(registered(PublicResource.class, "closed")).singleElement()
                .isInstanceOf(AccessAnnotations.Deny.class);
    }

    @Test
    void classLevelRolesAllowedAppliesToUnannotatedMethods() throws Exception {
        assertThat(registered(CoordinatorResource.class, "inherited")).singleElement()
                .isInstanceOf(AccessAnnotations.Require.class);
        assertThat(logged).isEmpty();
    }

    @Test
    void filtersRunJustBeforeTheAuthorizationPriority() {
        for (Class<?> filter : List.of(AccessAnnotations.Deny.class, AccessAnnotations.Require.class)) {
            assertThat(filter.getAnnotation(Priority.class)).as(filter.getName()).isNotNull();
            assertThat(filter.getAnnotation(Priority.class).value()).as("before other authorization filters")
                    .isLessThan(Priorities.AUTHORIZATION).isGreaterThan(Priorities.AUTHENTICATION);
        }
    }

    // --- what the registered filters do ----------------------------------------------------------------------

    @Test
    void requireAnswers401WithChallengeWhenNotSignedIn() throws Exception {
        REFUSED.clear();
        ContainerRequestFilter filter = onlyFilter(AdminResource.class, "admin");

        for (SecurityContext security : new SecurityContext[] {anonymous(), null}) {
            Response abort = run(filter, security);
            assertThat(abort).isNotNull();
            assertThat(abort.getStatus()).isEqualTo(401);
            assertThat(abort.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
            assertThat(abort.getMediaType()).hasToString("application/problem+json");
        }
        assertThat(REFUSED).as("nobody signed in: not a person's refusal").isEmpty();
    }

    @Test
    void requireAnswers403WithoutTheRole() throws Exception {
        REFUSED.clear();
        Response abort = run(onlyFilter(AdminResource.class, "admin"), signedIn("kari", Set.of("guardian", "user")));

        assertThat(abort).isNotNull();
        assertThat(abort.getStatus()).isEqualTo(403);
        assertThat(abort.getHeaderString("WWW-Authenticate")).isNull();
        assertThat(REFUSED).as("a signed-in person's refusal goes to the audit trail")
                .containsExactly("PUT admin/things [admin]");
    }

    @Test
    void requireLetsTheRoleThrough() throws Exception {
        assertThat(run(onlyFilter(AdminResource.class, "admin"), signedIn("ola", Set.of("admin")))).isNull();
    }

    @Test
    void requireAcceptsAnyOfSeveralRoles() throws Exception {
        ContainerRequestFilter filter = onlyFilter(AdminResource.class, "either");
        assertThat(run(filter, signedIn("p", Set.of("professional")))).isNull();
        assertThat(run(filter, signedIn("g", Set.of("guardian")))).isNull();
        assertThat(run(filter, signedIn("a", Set.of("admin"))).getStatus()).isEqualTo(403);
    }

    @Test
    void classLevelRolesAreEnforcedAndMethodRolesWin() throws Exception {
        ContainerRequestFilter inherited = onlyFilter(CoordinatorResource.class, "inherited");
        assertThat(run(inherited, signedIn("c", Set.of("coordinator")))).isNull();
        assertThat(run(inherited, signedIn("a", Set.of("admin"))).getStatus()).isEqualTo(403);

        ContainerRequestFilter adminOnly = onlyFilter(CoordinatorResource.class, "adminOnly");
        assertThat(run(adminOnly, signedIn("a", Set.of("admin")))).isNull();
        assertThat(run(adminOnly, signedIn("c", Set.of("coordinator"))).getStatus()).isEqualTo(403);
    }

    @Test
    void denyRefusesEveryoneEvenAdmins() throws Exception {
        ContainerRequestFilter filter = onlyFilter(UndeclaredResource.class, "forgotten");
        assertThat(run(filter, signedIn("ola", Set.of("admin", "user"))).getStatus()).isEqualTo(403);
        assertThat(run(filter, anonymous()).getStatus()).isEqualTo(403);
        assertThat(run(filter, null).getStatus()).isEqualTo(403);
    }
}

package no.sammen.platform;

import java.io.Serializable;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies the {@link AccessPolicy} to every {@link ChildAccess} method, for the API and the pages alike. A refusal
 * as {@code HIDDEN} answers exactly as an unknown child would, so that nobody learns a child exists without being
 * related to it.
 */
@ChildAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class ChildAccessGuard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ChildAccessGuard.class.getName());

    @Inject
    transient AccessPolicy policy;

    /** The caller of the current request: a provider, since the guard lives as long as the bean it guards. */
    @Inject
    transient Provider<Caller> caller;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        ChildAccess binding = invocation.getMethod().getAnnotation(ChildAccess.class);
        if (binding == null) {
            binding = invocation.getMethod().getDeclaringClass().getAnnotation(ChildAccess.class);
        }
        ChildRef child = null;
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof ChildRef ref) {
                child = ref;
                break;
            }
        }
        if (binding == null || child == null) {
            LOG.severe(() -> "child-scoped method without a ChildRef parameter is refused: " + invocation.getMethod());
            throw new AccessDeniedException("This operation is not available.");
        }
        AccessDecision decision = policy.decide(caller.get(), child, binding.category(), binding.action());
        if (decision == null || decision.outcome() == AccessDecision.Outcome.HIDDEN) {
            throw new NotFoundException("The child");
        }
        if (!decision.permitted()) {
            throw new AccessDeniedException("You may not " + binding.action().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + binding.category().apiName() + " of this child.");
        }
        return invocation.proceed();
    }
}

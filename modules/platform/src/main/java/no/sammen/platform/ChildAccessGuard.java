package no.sammen.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies the {@link AccessPolicy} to every {@link ChildAccess} method, for the API and the pages alike, and records
 * each decision in the {@link AccessJournal}. A refusal as {@code HIDDEN} answers exactly as an unknown child would,
 * so that nobody learns a child exists without being related to it.
 *
 * <p>One guarded call is one audit entry: a refusal (outcome 4, the refusal's reason as basis) before the method
 * would run; otherwise, after it ran, its success (with the ids it took and returned, see {@link ChildEntry}) or its
 * failure (4 when it refused the input, nothing changed; 8 for anything unexpected). The guard runs inside the
 * façade's transaction, so a write's entry commits with the write; the journal keeps refusals and failures on their
 * own.
 */
@ChildAccess
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class ChildAccessGuard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ChildAccessGuard.class.getName());
    /** At most this many entry ids per audit entry (a long list names its first ones). */
    static final int MAX_ENTRY_IDS = 200;

    @Inject
    transient AccessPolicy policy;

    /** The caller of the current request: a provider, since the guard lives as long as the bean it guards. */
    @Inject
    transient Provider<Caller> caller;

    @Inject
    transient AccessJournal journal;

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        ChildAccess binding = binding(invocation, ChildAccess.class);
        ChildRef child = null;
        String justification = null;
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof ChildRef ref && child == null) {
                child = ref;
            } else if (parameter instanceof Justification j) {
                justification = j.text();
            }
        }
        if (binding == null || child == null) {
            LOG.severe(() -> "child-scoped method without a ChildRef parameter is refused: " + invocation.getMethod());
            throw new AccessDeniedException("This operation is not available.");
        }
        AuditEvent.Operation operation = binding.action() == Action.READ ? AuditEvent.Operation.READ : binding.operation();
        Set<Category> categories = Set.of(binding.category());
        List<String> takenIds = uuidParameters(invocation.getParameters());
        AccessDecision decision = policy.decide(caller.get(), child, binding.category(), binding.action());
        if (decision == null || !decision.permitted()) {
            String reason = decision == null ? "no decision" : decision.basis();
            journal.record(new AuditEvent(binding.event(), operation, child, categories, takenIds, Set.of(),
                    AuditEvent.Outcome.MINOR_FAILURE, reason, null, justification, null,
                    decision == null ? null : decision.organisation()));
            if (decision == null || decision.outcome() == AccessDecision.Outcome.HIDDEN) {
                throw new NotFoundException("The child");
            }
            throw new AccessDeniedException("You may not " + binding.action().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + binding.category().apiName() + " of this child.");
        }
        Set<String> released = decision.releasesAll() ? Set.of() : decision.fields();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            journal.record(new AuditEvent(binding.event(), operation, child, categories, takenIds, released,
                    outcomeOf(e), decision.basis(), null, justification, null, decision.organisation()));
            throw e;
        }
        journal.record(new AuditEvent(binding.event(), operation, child, categories, entryIds(takenIds, result),
                released, AuditEvent.Outcome.SUCCESS, decision.basis(), null, justification, null,
                decision.organisation()));
        return result;
    }

    /** The interceptor binding on the invoked method, or else on its class; {@code null} if neither has one. */
    static <A extends java.lang.annotation.Annotation> A binding(InvocationContext invocation, Class<A> type) {
        A binding = invocation.getMethod().getAnnotation(type);
        return binding != null ? binding : invocation.getMethod().getDeclaringClass().getAnnotation(type);
    }

    /** 4 when the method refused (invalid input, not found, a conflict: nothing changed), 8 otherwise. */
    static AuditEvent.Outcome outcomeOf(Exception failure) {
        return failure instanceof SammenException ? AuditEvent.Outcome.MINOR_FAILURE : AuditEvent.Outcome.SERIOUS_FAILURE;
    }

    static List<String> uuidParameters(Object[] parameters) {
        List<String> ids = new ArrayList<>();
        for (Object parameter : parameters) {
            if (parameter instanceof UUID id) {
                ids.add(id.toString());
            }
        }
        return ids;
    }

    /** The ids the call took, then those of the entries it returned (one, or a collection of them); at most 200. */
    static List<String> entryIds(List<String> taken, Object result) {
        Set<String> ids = new LinkedHashSet<>(taken);
        if (result instanceof ChildEntry entry) {
            ids.add(entry.id().toString());
        } else if (result instanceof Iterable<?> items) {
            for (Object item : items) {
                if (ids.size() >= MAX_ENTRY_IDS) {
                    break;
                }
                if (item instanceof ChildEntry entry) {
                    ids.add(entry.id().toString());
                }
            }
        }
        List<String> list = new ArrayList<>(ids);
        return list.size() > MAX_ENTRY_IDS ? List.copyOf(list.subList(0, MAX_ENTRY_IDS)) : list;
    }
}

package no.sammen.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Records every call of an {@link Audited} method in the {@link AccessJournal}: one entry per call, after the method
 * ran, so that a success inside the method's transaction commits with it and a failure is kept on its own.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class AdministrationAuditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccessJournal journal;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        Audited binding = ChildAccessGuard.binding(invocation, Audited.class);
        AuditEvent.Kind kind = binding == null ? AuditEvent.Kind.ADMINISTRATION : binding.kind();
        AuditEvent.Operation operation = binding == null ? AuditEvent.Operation.EXECUTE : binding.operation();
        String what = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        List<String> ids = ChildAccessGuard.uuidParameters(invocation.getParameters());
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            journal.record(new AuditEvent(kind, operation, null, Set.of(), ids, Set.of(),
                    ChildAccessGuard.outcomeOf(e), what + " failed: " + e.getClass().getSimpleName(), null, null, null));
            throw e;
        }
        journal.record(new AuditEvent(kind, operation, null, Set.of(), ids, Set.of(), AuditEvent.Outcome.SUCCESS,
                "administration: " + what, null, null, null));
        return result;
    }
}

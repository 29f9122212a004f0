package no.sammen.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks an administrative façade method that touches no one child (a profession's scope, the audit trail's own
 * search, verification and export). The {@link AdministrationAuditor} records one entry per call in the
 * {@link AccessJournal}: success after the method returned, or the failure it threw. Methods that take a
 * {@link ChildRef} carry {@link ChildAccess} instead.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    @Nonbinding
    AuditEvent.Kind kind() default AuditEvent.Kind.ADMINISTRATION;

    @Nonbinding
    AuditEvent.Operation operation() default AuditEvent.Operation.EXECUTE;
}

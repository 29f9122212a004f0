package no.sammen.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a façade method that reads or writes a child's data. Before the method runs, the access guard asks the
 * {@link AccessPolicy} whether the caller may do {@link #action()} on {@link #category()} of the child named by the
 * method's {@link ChildRef} parameter, and refuses otherwise: a method with this binding but without a
 * {@code ChildRef} parameter is refused too (fail closed).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ChildAccess {

    @Nonbinding
    Category category() default Category.IDENTITY;

    @Nonbinding
    Action action() default Action.READ;

    /**
     * What a {@link Action#WRITE} does, for the audit trail: {@code UPDATE} unless it creates (a new report, task,
     * member) or deletes. Ignored for reads, which are {@code READ}.
     */
    @Nonbinding
    AuditEvent.Operation operation() default AuditEvent.Operation.UPDATE;

    /** How the audit trail names this access: a data access unless the method changes consent or breaks the glass. */
    @Nonbinding
    AuditEvent.Kind event() default AuditEvent.Kind.DATA_ACCESS;
}

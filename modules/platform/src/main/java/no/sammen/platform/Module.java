package no.sammen.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a package as a Sammen module's public API and names the modules it may use (besides platform).
 * The architecture tests read it and fail the build on any undeclared dependency.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
@Documented
public @interface Module {

    /** Base-package names of other modules this module may depend on, e.g. {@code {"identity"}}. */
    String[] allowedDependencies() default {};
}

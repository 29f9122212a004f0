package no.sammen.platform;

/** The kinds of people who use Sammen; each sees a different home page. */
public enum CallerKind {
    /** Health personnel, educational staff, assistants and social workers around the child. */
    PROFESSIONAL,
    /** A parent or other person with parental responsibility. */
    GUARDIAN,
    /** The child or adolescent whose record it is. */
    CHILD,
    /** Someone who configures Sammen itself (scopes, organisations, templates). */
    ADMIN;

    /** The lower-case name used in the API ({@code professional}, {@code guardian}, ...). */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

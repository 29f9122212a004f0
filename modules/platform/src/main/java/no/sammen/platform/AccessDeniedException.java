package no.sammen.platform;

/** The caller may know the thing exists but may not perform this action on it. */
public class AccessDeniedException extends SammenException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}

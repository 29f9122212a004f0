package no.sammen.platform;

/** The request was made against a state that has since changed (a stale version, a duplicate). */
public class ConflictException extends SammenException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}

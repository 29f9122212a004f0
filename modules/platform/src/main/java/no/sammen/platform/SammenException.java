package no.sammen.platform;

/**
 * A failure a business module reports to its caller. The web layer maps each subclass to one HTTP status and an
 * RFC 9457 problem body; the message must be safe to show (no national ids, no stack details).
 */
public abstract class SammenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected SammenException(String message) {
        super(message, null, false, false);
    }
}

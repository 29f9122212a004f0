package no.sammen.platform;

/**
 * Content larger than a configured limit allows (a file's size, a quota): answered as 413 with a problem body that
 * names the limit, so a person knows what to change.
 */
public class TooLargeException extends SammenException {

    private static final long serialVersionUID = 1L;

    private final String limit;

    /**
     * @param limit   the name of the limit that was exceeded (a configuration key or a field)
     * @param message what is too large and what the limit is, safe to show
     */
    public TooLargeException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public String limit() {
        return limit;
    }
}

package no.sammen.media.control;

/** Content the ingest does not keep, with a reason a person can act on. */
public class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String limit;

    Refused(String message) {
        this(message, null);
    }

    /** Refused because it exceeds the configured {@code limit} (answered as 413). */
    Refused(String message, String limit) {
        super(message, null, false, false);
        this.limit = limit;
    }

    /** The configuration key of the limit it exceeds, or {@code null} if it is refused for its content. */
    public String limit() {
        return limit;
    }
}

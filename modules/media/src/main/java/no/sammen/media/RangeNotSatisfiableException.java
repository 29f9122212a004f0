package no.sammen.media;

import no.sammen.platform.InvalidInputException;

/** A {@code Range} that lies outside the content: HTTP answers 416 with the content's length. */
public class RangeNotSatisfiableException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final long total;

    public RangeNotSatisfiableException(long total) {
        super("Range", "must lie within the content's " + total + " bytes");
        this.total = total;
    }

    public long total() {
        return total;
    }
}

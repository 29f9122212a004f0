package no.sammen.platform;

/**
 * What was asked for does not exist, or the caller may not learn that it exists: both answer the same, so a
 * refusal never confirms existence.
 */
public class NotFoundException extends SammenException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " was not found");
    }
}

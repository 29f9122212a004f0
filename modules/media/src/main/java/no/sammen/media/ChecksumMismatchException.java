package no.sammen.media;

import no.sammen.platform.InvalidInputException;

/** The bytes of an upload request do not match its {@code Upload-Checksum}: tus answers 460; nothing was kept. */
public class ChecksumMismatchException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ChecksumMismatchException() {
        super("Upload-Checksum", "the bytes do not match the checksum; send them again");
    }
}

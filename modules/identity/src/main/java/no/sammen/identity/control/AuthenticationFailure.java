package no.sammen.identity.control;

/**
 * A login or a token was refused. The {@link #reason()} is a short code that goes to the log and the metrics; the
 * client only ever learns that authentication failed.
 */
public class AuthenticationFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public AuthenticationFailure(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public AuthenticationFailure(String reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = reason;
    }

    /** A short code such as {@code invalid_token}, {@code insufficient_level}, {@code unknown_state}. */
    public String reason() {
        return reason;
    }
}

package no.sammen.platform;

/**
 * The answer of the {@link AccessPolicy}.
 *
 * @param outcome what to do
 * @param basis   on what ground access was given ({@code membership}, {@code guardian}, {@code child}, later
 *                {@code consent}, {@code emergency}), or why it was refused
 */
public record AccessDecision(Outcome outcome, String basis) {

    /** Permit, refuse as forbidden (403), or refuse as if the child did not exist (404). */
    public enum Outcome {
        PERMIT, FORBIDDEN, HIDDEN
    }

    public static AccessDecision permit(String basis) {
        return new AccessDecision(Outcome.PERMIT, basis);
    }

    public static AccessDecision forbidden(String reason) {
        return new AccessDecision(Outcome.FORBIDDEN, reason);
    }

    /** The caller may not learn that the child exists. */
    public static AccessDecision hidden() {
        return new AccessDecision(Outcome.HIDDEN, "no relation to the child");
    }

    public boolean permitted() {
        return outcome == Outcome.PERMIT;
    }
}

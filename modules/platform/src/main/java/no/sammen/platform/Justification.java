package no.sammen.platform;

import java.util.Objects;

/**
 * The reason a person gives for an access that needs one (breaking the glass). A {@link ChildAccess} method that
 * takes one hands it to the audit trail with the event; it is kept for the data protection officer and never shown
 * in the family's access log.
 */
public record Justification(String text) {

    public Justification {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Justification[...]";
    }
}

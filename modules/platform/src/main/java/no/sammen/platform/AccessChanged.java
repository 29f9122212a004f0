package no.sammen.platform;

import java.util.Objects;
import java.util.UUID;

/**
 * A CDI event: who may see what of this child may have changed (a team membership ended, a consent narrowed or
 * revoked, the family's choices changed). Fired by the façades that make such changes, inside their transaction;
 * observers that hold access open over time (the live chat feeds) re-decide after it commits
 * ({@code TransactionPhase.AFTER_SUCCESS}). It carries no detail: the next decision reads the new state.
 */
public record AccessChanged(UUID childId) {

    public AccessChanged {
        Objects.requireNonNull(childId, "childId");
    }
}

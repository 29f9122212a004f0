package no.sammen.audit;

import java.time.Instant;

/**
 * What {@code verify} found.
 *
 * @param intact          whether every link and checkpoint checked
 * @param entries         entries checked (archive included)
 * @param chains          chains checked (a few per child, one for events without a child)
 * @param checkpoints     signed checkpoints checked
 * @param unsealedEntries entries after the last checkpoint: linked, but their end could be cut off unnoticed
 * @param lastCheckpoint  when the last valid checkpoint was written, or {@code null}
 * @param firstBroken     the first broken link, or {@code null}
 * @param brokenLinks     how many chains or checkpoints are broken
 */
public record Verification(boolean intact, long entries, int chains, int checkpoints, long unsealedEntries,
                           Instant lastCheckpoint, BrokenLink firstBroken, int brokenLinks) {

    /**
     * A link that does not check.
     *
     * @param chain    the chain ({@code <child id>/<n>}, or {@code system}), or {@code null} for a checkpoint
     * @param position the position in the chain, or {@code null}
     * @param entryId  the database id of the entry, when there is one
     * @param problem  what is wrong, in words
     */
    public record BrokenLink(String chain, Long position, Long entryId, String problem) {
    }
}

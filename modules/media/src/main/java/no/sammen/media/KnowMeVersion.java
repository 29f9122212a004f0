package no.sammen.media;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One version of the "Know me" page in its history.
 *
 * @param version       its number, from 1
 * @param changedBy     who wrote it
 * @param changedByName their name as it was then
 * @param changedAt     when
 * @param changes       what it changed against the version before it
 */
public record KnowMeVersion(int version, UUID changedBy, String changedByName, OffsetDateTime changedAt,
                            List<Change> changes) {

    public KnowMeVersion {
        changes = List.copyOf(changes);
    }

    /**
     * A section added, changed (its text or its media) or removed.
     *
     * @param kind  {@code added}, {@code changed} or {@code removed}
     * @param title the section's title
     */
    public record Change(String kind, String title) {
    }
}

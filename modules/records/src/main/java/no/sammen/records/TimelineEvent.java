package no.sammen.records;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * One event on a child's timeline.
 *
 * @param id         the event's id
 * @param occurredAt when it happened (UTC)
 * @param category   the category of the entry ({@code daily-reports}, {@code tasks}, ...)
 * @param kind       what happened ({@code report-added}, {@code task-accepted}, ...)
 * @param summary    one line about it
 * @param authorId   who did it
 * @param authorName the author's name
 * @param flagged    whether it asks for attention (an observation out of its reference range)
 * @param audience   {@code team} or {@code team-and-family}
 * @param link       the API address of the entry it describes
 */
public record TimelineEvent(UUID id, OffsetDateTime occurredAt, String category, String kind, String summary,
                            UUID authorId, String authorName, boolean flagged, String audience, String link) implements ChildEntry {

    /** By its id only, which equal events share: see {@link Handover#hashCode()}. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}

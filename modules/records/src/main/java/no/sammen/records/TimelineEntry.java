package no.sammen.records;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import no.sammen.platform.Category;

/**
 * An entry another module adds to a child's timeline (ADR 0019): fire it as a CDI event ({@code Event<TimelineEntry>})
 * inside the transaction that saves the entry. The records module observes it synchronously and writes the event in
 * that same transaction, so the timeline and the handover never show an entry that was not saved, nor miss one that
 * was. The firing module has already passed the access rule for the entry's category.
 *
 * @param childId    the child
 * @param occurredAt when it happened (UTC)
 * @param category   the entry's category (its API name becomes the event's category)
 * @param kind       what happened, such as {@code media-added}
 * @param entryId    the entry's id in its module
 * @param audience   who besides the care team sees it
 * @param authorId   who did it
 * @param summary    one line about it (shortened to 280 characters)
 */
public record TimelineEntry(UUID childId, OffsetDateTime occurredAt, Category category, String kind, UUID entryId,
                            Audience audience, UUID authorId, String summary) {

    public TimelineEntry {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(summary, "summary");
    }
}

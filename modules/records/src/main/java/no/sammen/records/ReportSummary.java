package no.sammen.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A report as a list shows it: its current values, with long texts shortened.
 *
 * @param id              the report's id
 * @param templateKey     the template's key
 * @param templateVersion the template version it was written against
 * @param title           the template's title (bokmål)
 * @param titleEn         the template's title (English)
 * @param occurredOn      the day the report is about
 * @param audience        {@code team} or {@code team-and-family}
 * @param version         the current version: 1, or more after corrections
 * @param authorId        who wrote it first
 * @param authorName      their name
 * @param createdAt       when it was first written
 * @param updatedAt       when the current version was written
 * @param values          the current values; a text longer than 500 characters ends in "…"
 * @param shortened       whether some text was shortened (the report itself has all of it)
 */
public record ReportSummary(UUID id, String templateKey, int templateVersion, String title, String titleEn,
                            LocalDate occurredOn, String audience, int version, UUID authorId, String authorName,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt, Map<String, Object> values,
                            boolean shortened) implements ChildEntry {
}

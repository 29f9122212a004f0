package no.sammen.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A report with its whole history.
 *
 * @param id         the report's id
 * @param template   the template version it was written against (fields and labels to read it by)
 * @param occurredOn the day the report is about
 * @param audience   {@code team} or {@code team-and-family}
 * @param version    the current version, which a correction names as {@code basedOnVersion}
 * @param values     the current values
 * @param authorId   who wrote the first version
 * @param authorName their name
 * @param createdAt  when the first version was written
 * @param updatedAt  when the current version was written
 * @param history    every version, oldest first
 */
public record Report(UUID id, ReportTemplate template, LocalDate occurredOn, String audience, int version,
                     Map<String, Object> values, UUID authorId, String authorName, OffsetDateTime createdAt,
                     OffsetDateTime updatedAt, List<Version> history) implements ChildEntry {

    public Report {
        history = List.copyOf(history);
    }

    // Shallow hash codes, as on the handover's records (ADR 0030): JSON-B (Yasson) puts every object it writes into a
    // hash set to detect cycles, and a record's own hashCode hashes everything beneath it, so writing a report hashed
    // its template's fields once per level above them (about 5 % of a report write's processor time). Equal records
    // still hash equal.

    @Override
    public int hashCode() {
        return Objects.hashCode(id) * 31 + version;
    }

    /**
     * One version of a report, as it was written.
     *
     * @param version    1 for the report as first written, then 2, 3, ... for corrections
     * @param values     the values of this version
     * @param note       why it was corrected ({@code null} for version 1)
     * @param authorId   who wrote this version
     * @param authorName their name
     * @param recordedAt when
     */
    public record Version(int version, Map<String, Object> values, String note, UUID authorId, String authorName,
                          OffsetDateTime recordedAt) {

        @Override
        public int hashCode() {
            return version * 31 + Objects.hashCode(recordedAt);
        }
    }
}

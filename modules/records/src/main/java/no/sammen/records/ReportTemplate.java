package no.sammen.records;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One version of a report template. A template is known by its key; every change an administrator makes is a new
 * version, and a report names the version it was written against, so that it reads as it was written.
 *
 * @param key       the template's stable identifier, such as {@code daily-report}
 * @param version   1, 2, ... per key
 * @param title     the title in Norwegian (bokmål)
 * @param titleEn   the title in English
 * @param active    whether new reports may be written from this template (an administrator retires a template by
 *                  making an inactive version)
 * @param fields    the fields, in the order a form shows them
 * @param createdAt when this version was made
 */
public record ReportTemplate(String key, int version, String title, String titleEn, boolean active,
                             List<TemplateField> fields, OffsetDateTime createdAt) {

    public ReportTemplate {
        fields = List.copyOf(fields);
    }

    // Shallow hash codes, as on the handover's records (ADR 0030): JSON-B (Yasson) puts every object it writes into a
    // hash set to detect cycles, and a record's own hashCode hashes everything beneath it, so writing a report hashed
    // its template's fields once per level above them (about 5 % of a report write's processor time). Equal records
    // still hash equal.

    @Override
    public int hashCode() {
        return Objects.hashCode(key) * 31 + version;
    }

    /** The field with this key, or {@code null}. */
    public TemplateField field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst().orElse(null);
    }
}

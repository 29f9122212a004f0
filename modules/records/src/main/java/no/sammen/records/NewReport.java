package no.sammen.records;

import java.time.LocalDate;
import java.util.Map;

/**
 * A report to write, as the API receives it.
 *
 * @param templateKey     the template's key, such as {@code daily-report}
 * @param templateVersion the template version the report is written against; {@code null} means the latest
 * @param occurredOn      the day the report is about; {@code null} means today in the family's zone; not in the
 *                        future
 * @param audience        {@code team} (the default) or {@code team-and-family}
 * @param values          field key → value, typed as {@link FieldType} says (string, number, boolean, array of
 *                        strings); a field without a value is left out or {@code null}
 */
public record NewReport(String templateKey, Integer templateVersion, LocalDate occurredOn, String audience,
                        Map<String, Object> values) {
}

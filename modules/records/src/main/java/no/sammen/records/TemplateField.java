package no.sammen.records;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A field of a report template, as an administrator defines it and as a form shows it.
 *
 * @param key      the field's stable identifier within the template (letters and digits, starting with a lower-case
 *                 letter); a report's values are keyed by it
 * @param label    the label in Norwegian (bokmål)
 * @param labelEn  the label in English
 * @param type     the API name of a {@link FieldType}: {@code text}, {@code number}, {@code scale},
 *                 {@code single-choice}, {@code multiple-choice}, {@code yes-no}, {@code time}, {@code duration}
 * @param required whether a report must give a value
 * @param unit     the unit of a {@code number} field ({@code h}, {@code ml}, {@code kg}), shown after the value;
 *                 {@code duration} is always in minutes
 * @param options  the choices of a choice field, in the order a form shows them
 * @param min      the least value of a {@code number} or {@code duration} field, if any
 * @param max      the greatest value of a {@code number} or {@code duration} field, if any
 */
public record TemplateField(String key, String label, String labelEn, String type, boolean required, String unit,
                            List<FieldOption> options, BigDecimal min, BigDecimal max) {

    // Shallow: see ReportTemplate. Equal fields still hash equal.
    @Override
    public int hashCode() {
        return Objects.hashCode(key) * 31 + Objects.hashCode(type);
    }

    /** One choice of a choice field: {@code value} is what a report stores. */
    public record FieldOption(String value, String label, String labelEn) {
    }

    /** The field's type, or {@code null} when the definition names no known type. */
    public FieldType fieldType() {
        return FieldType.fromApiName(type);
    }
}

package no.sammen.app.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.sammen.records.FieldType;
import no.sammen.records.ReportTemplate;
import no.sammen.records.TemplateField;

/**
 * A report's value as a page shows it: the field's label and the value in words ("Glad", "7,5 h", "Nei").
 *
 * @param key   the field's key
 * @param label the field's label in the page's language
 * @param text  the value in words
 * @param type  the field's type name ({@code text} values are shown as paragraphs)
 */
public record ShownValue(String key, String label, String text, String type) {

    /** The values a report holds, in the template's field order; fields without a value are left out. */
    static List<ShownValue> of(ReportTemplate template, Map<String, Object> values) {
        List<ShownValue> shown = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (TemplateField field : template.fields()) {
            Object value = values.get(field.key());
            done.add(field.key());
            if (value != null) {
                shown.add(new ShownValue(field.key(), FieldInput.label(field.label(), field.labelEn()),
                        words(field, value), field.type()));
            }
        }
        values.forEach((key, value) -> {
            if (!done.contains(key) && value != null) {
                shown.add(new ShownValue(key, key, String.valueOf(value), "text"));
            }
        });
        return shown;
    }

    /**
     * What changed between two versions of a report, field by field: {@code text} reads "before → after" (a dash
     * for no value).
     */
    static List<ShownValue> changes(ReportTemplate template, Map<String, Object> before, Map<String, Object> after) {
        List<ShownValue> changes = new ArrayList<>();
        for (TemplateField field : template.fields()) {
            Object a = before.get(field.key());
            Object b = after.get(field.key());
            if (!same(a, b)) {
                changes.add(new ShownValue(field.key(), FieldInput.label(field.label(), field.labelEn()),
                        (a == null ? "–" : words(field, a)) + " → " + (b == null ? "–" : words(field, b)),
                        field.type()));
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }

    static String words(TemplateField field, Object value) {
        FieldType type = field.fieldType();
        if (type == null) {
            return String.valueOf(value);
        }
        return switch (type) {
            case NUMBER -> number(value) + (field.unit() == null || field.unit().isBlank() ? "" : " " + field.unit());
            case DURATION -> number(value) + " min";
            case SCALE -> number(value);
            case YES_NO -> Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value))
                    ? Texts.get("report.yes") : Texts.get("report.no");
            case SINGLE_CHOICE -> option(field, String.valueOf(value));
            case MULTIPLE_CHOICE -> value instanceof List<?> list
                    ? String.join(", ", list.stream().map(v -> option(field, String.valueOf(v))).toList())
                    : String.valueOf(value);
            case TEXT, TIME -> String.valueOf(value);
        };
    }

    private static String option(TemplateField field, String value) {
        if (field.options() == null) {
            return value;
        }
        return field.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> FieldInput.label(o.label(), o.labelEn())).orElse(value);
    }

    private static String number(Object value) {
        String plain = value instanceof BigDecimal d ? FieldInput.plain(d) : String.valueOf(value);
        return Texts.english() ? plain : plain.replace('.', ',');
    }
}

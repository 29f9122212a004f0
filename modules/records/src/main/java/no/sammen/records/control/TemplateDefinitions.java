package no.sammen.records.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import no.sammen.records.FieldType;
import no.sammen.records.NewTemplate;
import no.sammen.records.TemplateField;
import no.sammen.records.TemplateField.FieldOption;

/**
 * The rules a template definition must follow before it is saved: a key and titles, at least one field, each field
 * key once, a known type, options where (and only where) the type chooses among them, a range only on numbers and
 * durations with min not above max. Each problem names its place ({@code fields[2].options}).
 */
final class TemplateDefinitions {

    static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern FIELD_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final Pattern OPTION_VALUE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_FIELDS = 100;
    static final int MAX_OPTIONS = 50;
    static final int MAX_KEY = 60;
    static final int MAX_LABEL = 200;
    static final int MAX_UNIT = 30;
    /** Far beyond any measurement a report holds; keeps numbers sane. */
    static final BigDecimal MAX_MAGNITUDE = new BigDecimal("1000000000000");

    private TemplateDefinitions() {
    }

    /** Checks the key: required, lower-case words joined by hyphens. */
    static void checkKey(Checks checks, String field, String key) {
        checks.required(field, key);
        if (key != null && !key.isBlank()) {
            checks.maxLength(field, key, MAX_KEY)
                    .that(TEMPLATE_KEY.matcher(key).matches(), field,
                            "must be lower-case letters and digits in words joined by hyphens, such as daily-report");
        }
    }

    /** Checks a definition; returns its fields as they are saved (trimmed labels, options never null). */
    static List<TemplateField> check(NewTemplate template, Checks checks) {
        if (template == null) {
            checks.required("key", null).orThrow();
        }
        checkKey(checks, "key", template.key());
        checks.required("title", template.title()).maxLength("title", template.title(), MAX_LABEL)
                .required("titleEn", template.titleEn()).maxLength("titleEn", template.titleEn(), MAX_LABEL)
                .that(template.basedOnVersion() == null || template.basedOnVersion() >= 1, "basedOnVersion",
                        "must be 1 or more");
        List<TemplateField> fields = template.fields();
        if (fields == null || fields.isEmpty()) {
            checks.that(false, "fields", "must have at least one field");
            return List.of();
        }
        checks.that(fields.size() <= MAX_FIELDS, "fields", "must have at most " + MAX_FIELDS + " fields");
        List<TemplateField> saved = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            TemplateField f = fields.get(i);
            String at = "fields[" + i + "]";
            if (f == null) {
                checks.that(false, at, "must not be empty");
                continue;
            }
            checks.required(at + ".key", f.key());
            if (f.key() != null && !f.key().isBlank()) {
                checks.maxLength(at + ".key", f.key(), MAX_KEY)
                        .that(FIELD_KEY.matcher(f.key()).matches(), at + ".key",
                                "must be letters and digits starting with a lower-case letter, such as sleepHours");
                Integer earlier = keys.putIfAbsent(f.key(), i);
                checks.that(earlier == null, at + ".key",
                        "must be unique: fields[" + earlier + "] has the same key");
            }
            checks.required(at + ".label", f.label()).maxLength(at + ".label", f.label(), MAX_LABEL)
                    .required(at + ".labelEn", f.labelEn()).maxLength(at + ".labelEn", f.labelEn(), MAX_LABEL);
            FieldType type = f.fieldType();
            checks.required(at + ".type", f.type());
            if (f.type() != null && !f.type().isBlank()) {
                checks.that(type != null, at + ".type", "must be one of: " + FieldType.apiNames());
            }
            String unit = blankToNull(f.unit());
            if (unit != null) {
                checks.maxLength(at + ".unit", unit, MAX_UNIT)
                        .that(type == null || type == FieldType.NUMBER, at + ".unit",
                                "only a number field has a unit (a duration is always in minutes)");
            }
            List<FieldOption> options = checkOptions(checks, at, type, f.options());
            checkRange(checks, at, type, f.min(), f.max());
            saved.add(new TemplateField(f.key(), trim(f.label()), trim(f.labelEn()), f.type(), f.required(),
                    unit == null ? null : unit.trim(), options, f.min(), f.max()));
        }
        return saved;
    }

    private static List<FieldOption> checkOptions(Checks checks, String at, FieldType type, List<FieldOption> options) {
        List<FieldOption> given = options == null ? List.of() : options;
        if (type == null) {
            return given;
        }
        if (!type.hasOptions()) {
            checks.that(given.isEmpty(), at + ".options", "only single-choice and multiple-choice fields have options");
            return List.of();
        }
        checks.that(given.size() >= 2, at + ".options", "must have at least 2 options")
                .that(given.size() <= MAX_OPTIONS, at + ".options", "must have at most " + MAX_OPTIONS + " options");
        List<FieldOption> saved = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        for (int k = 0; k < given.size(); k++) {
            FieldOption o = given.get(k);
            String oat = at + ".options[" + k + "]";
            if (o == null) {
                checks.that(false, oat, "must not be empty");
                continue;
            }
            checks.required(oat + ".value", o.value());
            if (o.value() != null && !o.value().isBlank()) {
                checks.maxLength(oat + ".value", o.value(), MAX_KEY)
                        .that(OPTION_VALUE.matcher(o.value()).matches(), oat + ".value",
                                "must be lower-case letters and digits in words joined by hyphens, such as ate-well");
                Integer earlier = values.putIfAbsent(o.value(), k);
                checks.that(earlier == null, oat + ".value",
                        "must be unique: " + at + ".options[" + earlier + "] has the same value");
            }
            checks.required(oat + ".label", o.label()).maxLength(oat + ".label", o.label(), MAX_LABEL)
                    .required(oat + ".labelEn", o.labelEn()).maxLength(oat + ".labelEn", o.labelEn(), MAX_LABEL);
            saved.add(new FieldOption(o.value(), trim(o.label()), trim(o.labelEn())));
        }
        return saved;
    }

    private static void checkRange(Checks checks, String at, FieldType type, BigDecimal min, BigDecimal max) {
        if (type == null || (min == null && max == null)) {
            return;
        }
        if (!type.hasRange()) {
            checks.that(min == null, at + ".min", "only number and duration fields have a range"
                    + (type == FieldType.SCALE ? " (a scale is always 0–10)" : ""))
                    .that(max == null, at + ".max", "only number and duration fields have a range"
                            + (type == FieldType.SCALE ? " (a scale is always 0–10)" : ""));
            return;
        }
        checkBound(checks, at + ".min", type, min);
        checkBound(checks, at + ".max", type, max);
        if (min != null && max != null) {
            checks.that(min.compareTo(max) <= 0, at + ".max", "must not be less than min (" + min.toPlainString() + ")");
        }
    }

    private static void checkBound(Checks checks, String field, FieldType type, BigDecimal value) {
        if (value == null) {
            return;
        }
        checks.that(value.abs().compareTo(MAX_MAGNITUDE) < 0, field, "must be less than 10^12 in size");
        if (type == FieldType.DURATION) {
            checks.that(ReportValues.isWhole(value) && value.signum() >= 0, field,
                    "must be a whole number of minutes, 0 or more");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}

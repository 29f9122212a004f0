package no.sammen.records.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.sammen.platform.LogSafe;
import no.sammen.records.FieldType;
import no.sammen.records.TemplateField;
import no.sammen.records.TemplateField.FieldOption;

/**
 * A report's values checked against the fields of its template version: each value of the type its field says, in
 * range, among the options, and every required field given. Problems name the value ({@code values.pain}); nothing
 * is saved unless every value passes. The checked values come back in the template's field order, normalised
 * (whole numbers as integers, blank texts and empty choices left out), as they are stored.
 *
 * <p>A web form's strings are first read by the field's type ({@link #fromForm}); what cannot be read is passed on
 * as the string it was, so that the one check below refuses it with the same message as the API would.
 */
final class ReportValues {

    /** The longest free text a field takes, in characters. */
    static final int TEXT_MAX = 200_000;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final int MAX_DECIMALS = 6;
    private static final Set<String> YES = Set.of("true", "yes", "ja", "on", "1");
    private static final Set<String> NO = Set.of("false", "no", "nei", "off", "0");

    private ReportValues() {
    }

    /**
     * Checks {@code values} against {@code fields}, adding problems to {@code checks} under {@code prefix}
     * ({@code values}); returns the values as they are stored.
     */
    static Map<String, Object> check(List<TemplateField> fields, Map<String, Object> values, String prefix,
                                     Checks checks) {
        Map<String, Object> given = values == null ? Map.of() : values;
        Map<String, Object> checked = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (TemplateField field : fields) {
            known.add(field.key());
            String at = prefix + "." + field.key();
            Object value = given.get(field.key());
            Object normal = value == null ? null : normalise(field, value, at, checks);
            if (normal == null) {
                if (field.required() && (value == null || isEmpty(value))) {
                    checks.that(false, at, "is required");
                }
            } else {
                checked.put(field.key(), normal);
            }
        }
        for (String key : given.keySet()) {
            if (key == null || !known.contains(key)) {
                checks.that(false, prefix + "." + shortKey(key), "is not a field of this template");
            }
        }
        return checked;
    }

    /** A web form's strings, read by each field's type; blank strings are no value. */
    static Map<String, Object> fromForm(List<TemplateField> fields, Map<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (form == null) {
            return values;
        }
        form.forEach((key, raw) -> {
            if (raw == null || raw.isBlank()) {
                return;
            }
            TemplateField field = fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            values.put(key, field == null ? raw : read(field.fieldType(), raw));
        });
        return values;
    }

    /** Whether a number is whole (no fraction). */
    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** The value as stored, or {@code null} when it is no value (blank) or wrong (a problem is added). */
    private static Object normalise(TemplateField field, Object value, String at, Checks checks) {
        FieldType type = field.fieldType();
        if (type == null) {
            checks.that(false, at, "has a template field of unknown type");
            return null;
        }
        return switch (type) {
            case TEXT -> text(value, at, checks);
            case NUMBER -> number(field, value, at, checks);
            case SCALE -> scale(value, at, checks);
            case SINGLE_CHOICE -> singleChoice(field, value, at, checks);
            case MULTIPLE_CHOICE -> multipleChoice(field, value, at, checks);
            case YES_NO -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                checks.that(false, at, "must be true or false");
                yield null;
            }
            case TIME -> {
                if (value instanceof String s && TIME.matcher(s).matches()) {
                    yield s;
                }
                checks.that(false, at, "must be a time of day as HH:mm, such as 07:30");
                yield null;
            }
            case DURATION -> duration(field, value, at, checks);
        };
    }

    private static Object text(Object value, String at, Checks checks) {
        if (!(value instanceof String s)) {
            checks.that(false, at, "must be text");
            return null;
        }
        if (s.isBlank()) {
            return null;
        }
        checks.that(s.length() <= TEXT_MAX || s.codePointCount(0, s.length()) <= TEXT_MAX, at,
                "must be at most " + TEXT_MAX + " characters");
        return s;
    }

    private static Object number(TemplateField field, Object value, String at, Checks checks) {
        BigDecimal n = decimal(value);
        if (n == null || n.abs().compareTo(TemplateDefinitions.MAX_MAGNITUDE) >= 0) {
            checks.that(false, at, "must be a number");
            return null;
        }
        if (n.scale() > MAX_DECIMALS && n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            checks.that(false, at, "must have at most " + MAX_DECIMALS + " decimals");
            return null;
        }
        if (!inRange(field, n, at, checks, "")) {
            return null;
        }
        return isWhole(n) ? (Object) n.toBigInteger() : n;
    }

    private static Object scale(Object value, String at, Checks checks) {
        BigDecimal n = decimal(value);
        if (n == null || !isWhole(n) || n.signum() < 0 || n.compareTo(TEN) > 0) {
            checks.that(false, at, "must be a whole number from 0 to 10");
            return null;
        }
        return n.intValue();
    }

    private static Object duration(TemplateField field, Object value, String at, Checks checks) {
        BigDecimal n = decimal(value);
        if (n == null || !isWhole(n) || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            checks.that(false, at, "must be a whole number of minutes, 0 or more");
            return null;
        }
        if (!inRange(field, n, at, checks, " minutes")) {
            return null;
        }
        return n.intValue();
    }

    private static boolean inRange(TemplateField field, BigDecimal n, String at, Checks checks, String unit) {
        String u = unit.isEmpty() && field.unit() != null ? " " + field.unit() : unit;
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            checks.that(false, at, "must be at least " + field.min().toPlainString() + u);
            return false;
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            checks.that(false, at, "must be at most " + field.max().toPlainString() + u);
            return false;
        }
        return true;
    }

    private static Object singleChoice(TemplateField field, Object value, String at, Checks checks) {
        if (value instanceof String s && optionValues(field).contains(s)) {
            return s;
        }
        checks.that(false, at, "must be one of: " + String.join(", ", optionValues(field)));
        return null;
    }

    private static Object multipleChoice(TemplateField field, Object value, String at, Checks checks) {
        List<String> options = optionValues(field);
        if (!(value instanceof List<?> list)) {
            checks.that(false, at, "must be a list of some of: " + String.join(", ", options));
            return null;
        }
        Set<String> chosen = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof String s) || !options.contains(s)) {
                checks.that(false, at, "must be a list of some of: " + String.join(", ", options));
                return null;
            }
            if (!chosen.add(s)) {
                checks.that(false, at, "must name each option at most once (" + s + " is repeated)");
                return null;
            }
        }
        if (chosen.isEmpty()) {
            return null;
        }
        return options.stream().filter(chosen::contains).toList();
    }

    private static List<String> optionValues(TemplateField field) {
        return field.options() == null ? List.of() : field.options().stream().map(FieldOption::value).toList();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return null;
    }

    private static boolean isEmpty(Object value) {
        return (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty());
    }

    /** A form's string as the field's type reads it, or the string itself when it cannot be read. */
    private static Object read(FieldType type, String raw) {
        if (type == null) {
            return raw;
        }
        String s = raw.strip();
        return switch (type) {
            case TEXT -> raw;
            case NUMBER, SCALE, DURATION -> {
                String n = s.replace('\u2212', '-').replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "");
                try {
                    yield n.length() <= 40 ? new BigDecimal(n) : s;
                } catch (NumberFormatException e) {
                    yield s;
                }
            }
            case YES_NO -> {
                String b = s.toLowerCase(Locale.ROOT);
                yield YES.contains(b) ? Boolean.TRUE : NO.contains(b) ? Boolean.FALSE : s;
            }
            case SINGLE_CHOICE, TIME -> s;
            case MULTIPLE_CHOICE -> java.util.Arrays.stream(s.split(",")).map(String::strip)
                    .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(ArrayList::new));
        };
    }

    private static String shortKey(String key) {
        if (key == null) {
            return "null";
        }
        String k = key.length() > TemplateDefinitions.MAX_KEY ? key.substring(0, TemplateDefinitions.MAX_KEY) : key;
        return TemplateDefinitions.FIELD_KEY.matcher(k).matches() ? k : LogSafe.value(k);
    }
}

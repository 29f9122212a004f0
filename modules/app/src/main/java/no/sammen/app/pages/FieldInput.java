package no.sammen.app.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;

import no.sammen.records.FieldType;
import no.sammen.records.TemplateField;

/**
 * One field of a report form: what the template says about it, and what the person has entered so far, kept as the
 * text they entered so that nothing is lost when the form comes back with an error.
 */
public class FieldInput {

    private final TemplateField field;
    private String value;
    private List<String> chosen = new ArrayList<>();

    FieldInput(TemplateField field) {
        this.field = field;
    }

    public String getKey() {
        return field.key();
    }

    /** The template's type name: {@code text}, {@code number}, {@code scale}, ... */
    public String getType() {
        return field.type();
    }

    public String getLabel() {
        return label(field.label(), field.labelEn());
    }

    public boolean isRequired() {
        return field.required();
    }

    /** What follows the input: the unit of a number, "min" for a duration. */
    public String getUnit() {
        if (field.fieldType() == FieldType.DURATION) {
            return "min";
        }
        return field.unit() == null ? "" : field.unit();
    }

    /** The allowed range, such as {@code 0–24}, for numbers and durations that have one. */
    public String getRange() {
        if (field.min() == null || field.max() == null) {
            return "";
        }
        return plain(field.min()) + "–" + plain(field.max());
    }

    /** The choices a form shows: 0 to 10 for a scale, the options of a choice field, yes and no. */
    public List<SelectItem> getItems() {
        List<SelectItem> items = new ArrayList<>();
        FieldType type = field.fieldType();
        if (type == FieldType.SCALE) {
            for (int i = 0; i <= 10; i++) {
                items.add(new SelectItem(String.valueOf(i), String.valueOf(i)));
            }
        } else if (type == FieldType.YES_NO) {
            items.add(new SelectItem("true", Texts.get("report.yes")));
            items.add(new SelectItem("false", Texts.get("report.no")));
        } else if (type != null && type.hasOptions() && field.options() != null) {
            for (TemplateField.FieldOption option : field.options()) {
                items.add(new SelectItem(option.value(), label(option.label(), option.labelEn())));
            }
        }
        return items;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }

    /** The entered value as the form submits it to {@code Reports.writeFromForm}. */
    String formValue() {
        if (field.fieldType() == FieldType.MULTIPLE_CHOICE) {
            return String.join(",", chosen);
        }
        return value;
    }

    /**
     * The entered value typed as the API takes it ({@code Reports.correct}), read as a form is read: a blank is no
     * value, numbers take a comma or a point, yes/no is {@code true}/{@code false}. What cannot be read stays the
     * text it was, so that the façade refuses it under this field's name.
     */
    Object typedValue() {
        FieldType type = field.fieldType();
        if (type == FieldType.MULTIPLE_CHOICE) {
            return chosen.isEmpty() ? null : List.copyOf(chosen);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (type == null) {
            return value;
        }
        return switch (type) {
            case TEXT -> value;
            case NUMBER, SCALE, DURATION -> {
                String n = s.replace('\u2212', '-').replace(',', '.').replaceAll("[\\s\u00a0\u202f]", "");
                try {
                    yield n.length() <= 40 ? new BigDecimal(n) : s;
                } catch (NumberFormatException e) {
                    yield s;
                }
            }
            case YES_NO -> "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : s;
            case SINGLE_CHOICE, TIME -> s;
            case MULTIPLE_CHOICE -> chosen;
        };
    }

    /** Fills the input from a stored value (to correct a report). */
    void fill(Object stored) {
        if (stored == null) {
            return;
        }
        if (stored instanceof List<?> list) {
            chosen = new ArrayList<>(list.stream().map(String::valueOf).toList());
        } else if (stored instanceof BigDecimal d) {
            value = plain(d);
        } else {
            value = String.valueOf(stored);
        }
    }

    /** What is wrong, in the page's language, for a problem the façade reported on this field. */
    String problem(String reported) {
        if ("is required".equals(reported)) {
            return Texts.get("error.required");
        }
        FieldType type = field.fieldType();
        if (type == null) {
            return reported;
        }
        return switch (type) {
            case SCALE -> Texts.get("error.scale");
            case NUMBER, DURATION -> getRange().isEmpty()
                    ? Texts.get(type == FieldType.DURATION ? "error.minutes" : "error.number")
                    : Texts.get("error.number.range", getRange(), getUnit());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Texts.get("error.choice");
            case YES_NO -> Texts.get("error.yesNo");
            case TIME -> Texts.get("error.time");
            case TEXT -> reported.startsWith("must be at most") ? Texts.get("error.tooLong") : reported;
        };
    }

    static List<FieldInput> of(List<TemplateField> fields) {
        return fields.stream().map(FieldInput::new).toList();
    }

    /** Inputs for these fields, filled from stored values. */
    static List<FieldInput> of(List<TemplateField> fields, Map<String, Object> values) {
        List<FieldInput> inputs = of(fields);
        inputs.forEach(i -> i.fill(values.get(i.getKey())));
        return inputs;
    }

    static String label(String norwegian, String english) {
        return Texts.english() && english != null && !english.isBlank() ? english : norwegian;
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}

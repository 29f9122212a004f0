package no.sammen.records;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of field a report template may have, with the JSON value each one takes in a report.
 */
public enum FieldType {
    /** Free text, up to 200 000 characters: a JSON string. */
    TEXT("text"),
    /** A number, in the field's unit, within min and max where given: a JSON number. */
    NUMBER("number"),
    /** A whole number from 0 to 10 (pain, well-being): a JSON number. */
    SCALE("scale"),
    /** One of the field's options: a JSON string, the option's value. */
    SINGLE_CHOICE("single-choice"),
    /** Any number of the field's options, each at most once: a JSON array of option values. */
    MULTIPLE_CHOICE("multiple-choice"),
    /** Yes or no: a JSON boolean. */
    YES_NO("yes-no"),
    /** A time of day, {@code HH:mm} on the 24-hour clock: a JSON string such as {@code "07:30"}. */
    TIME("time"),
    /**
     * A duration in whole minutes (not ISO-8601): a JSON number such as {@code 90}, within min and max where given
     * (never below 0).
     */
    DURATION("duration");

    private final String apiName;

    FieldType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Whether the field chooses among options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether min and max apply. */
    public boolean hasRange() {
        return this == NUMBER || this == DURATION;
    }

    /** The type with this API name, or {@code null}. */
    public static FieldType fromApiName(String name) {
        for (FieldType t : values()) {
            if (t.apiName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The API names, for messages. */
    public static String apiNames() {
        return Arrays.stream(values()).map(FieldType::apiName).collect(Collectors.joining(", "));
    }
}

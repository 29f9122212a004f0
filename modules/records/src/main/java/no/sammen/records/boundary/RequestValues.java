package no.sammen.records.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;

/**
 * Turns values from a request (query and path parameters, fields of a JSON body read as JSON-P) into Java types,
 * naming the field when a value has the wrong type, where JSON-B or JAX-RS would only say "bad request" (or, for a
 * path or query parameter, "not found"). What the values mean is checked by the façade.
 */
final class RequestValues {

    private final List<FieldError> errors = new ArrayList<>();

    String string(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, "must be a text"));
        return null;
    }

    BigDecimal number(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        errors.add(new FieldError(field, "must be a number"));
        return null;
    }

    Instant instant(JsonObject body, String field) {
        return instant(string(body, field), field);
    }

    /** An instant with an offset ({@code 2026-03-01T08:00:00Z}, {@code 2026-03-01T09:00:00+01:00}). */
    Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a time with offset, such as 2026-03-01T08:00:00Z"));
            return null;
        }
    }

    Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    /** A care plan's version number, from a path. */
    int versionNumber(String value, String field) {
        Integer number = integer(value, field);
        if (number != null && number < 1) {
            errors.add(new FieldError(field, "must be a version number (1 or more)"));
        }
        return number == null ? 0 : number;
    }

    /** Refuses the request if any value had the wrong type. */
    void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

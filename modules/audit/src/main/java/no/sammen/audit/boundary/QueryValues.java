package no.sammen.audit.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/** Query parameters parsed with the field named in a refusal. */
final class QueryValues {

    private QueryValues() {
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an instant like 2026-01-31T12:00:00Z");
        }
    }

    static UUID id(String value, String field) {
        return value == null || value.isBlank() ? null : Ids.parse(value.trim(), field);
    }

    static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number");
        }
    }
}

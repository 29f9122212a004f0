package no.sammen.records.control;

import java.util.ArrayList;
import java.util.List;

import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;

/**
 * Collects what is wrong with an input, field by field, and refuses it whole: a request with any error changes
 * nothing.
 */
final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    Checks required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    Checks that(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    Checks add(InvalidInputException e, String prefix) {
        e.errors().forEach(err -> errors.add(new FieldError(prefix + err.field(), err.message())));
        return this;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

package no.sammen.platform;

import java.util.List;
import java.util.Map;

/** Input that breaks a rule; names each offending field so that a person can correct it. */
public class InvalidInputException extends SammenException {

    private static final long serialVersionUID = 1L;

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The errors as a field → message map, for problem bodies. */
    public Map<String, String> asMap() {
        var map = new java.util.LinkedHashMap<String, String>();
        errors.forEach(e -> map.putIfAbsent(e.field(), e.message()));
        return map;
    }
}

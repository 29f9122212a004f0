package no.sammen.app.pages;

import jakarta.faces.context.FacesContext;

import no.sammen.platform.InvalidInputException;

/**
 * What the request names: the query of a page's address, or the hidden fields its forms post back. Pages whose forms
 * are built from what the request names (a template's fields, a report's) read it here, before the view is built.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    /** The parameter's value, or {@code null} when the request has none. */
    static String get(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A whole number the request names, or {@code null}; anything else is bad input naming {@code field}. */
    static Integer number(String name, String field) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[0-9]{1,9}")) {
            throw new InvalidInputException(field, "must be a whole number");
        }
        return Integer.valueOf(value);
    }
}

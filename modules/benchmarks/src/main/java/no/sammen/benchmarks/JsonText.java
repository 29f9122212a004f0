package no.sammen.benchmarks;

/**
 * Writes the small JSON documents of the synthetic records (report values, care-plan sections, contacts) as text,
 * ready for a {@code jsonb} column: quick, and without a binding layer for documents whose shape is fixed here.
 * Members with a {@code null} value are left out, as the application's JSON-B writes them.
 */
final class JsonText {

    private final StringBuilder json = new StringBuilder(256);
    /** Whether the container just opened (no comma before the next member or element). */
    private boolean first = true;

    static JsonText object() {
        return new JsonText().open('{');
    }

    static JsonText array() {
        return new JsonText().open('[');
    }

    private JsonText open(char bracket) {
        json.append(bracket);
        first = true;
        return this;
    }

    JsonText put(String name, String value) {
        if (value == null) {
            return this;
        }
        name(name);
        quote(value, json);
        return this;
    }

    JsonText put(String name, long value) {
        name(name);
        json.append(value);
        return this;
    }

    /** A decimal as written ({@code "9.5"} becomes the number 9.5). */
    JsonText putDecimal(String name, String value) {
        name(name);
        json.append(value);
        return this;
    }

    JsonText put(String name, boolean value) {
        name(name);
        json.append(value);
        return this;
    }

    /** A member whose value is a finished document ({@link #end()} of another {@code JsonText}). */
    JsonText putJson(String name, String document) {
        name(name);
        json.append(document);
        return this;
    }

    /** An element of an array: a finished document. */
    JsonText addJson(String document) {
        comma();
        json.append(document);
        return this;
    }

    JsonText add(String value) {
        comma();
        quote(value, json);
        return this;
    }

    /** Closes the object or array and returns the document. */
    String end() {
        json.append(json.charAt(0) == '{' ? '}' : ']');
        return json.toString();
    }

    private void name(String name) {
        comma();
        quote(name, json);
        json.append(':');
    }

    private void comma() {
        if (!first) {
            json.append(',');
        }
        first = false;
    }

    static void quote(String value, StringBuilder to) {
        to.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> to.append("\\\"");
                case '\\' -> to.append("\\\\");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                case '\t' -> to.append("\\t");
                default -> {
                    if (c < 0x20) {
                        to.append(String.format("\\u%04x", (int) c));
                    } else {
                        to.append(c);
                    }
                }
            }
        }
        to.append('"');
    }
}

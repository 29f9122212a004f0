package no.sammen.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Rows of one table in PostgreSQL's {@code COPY ... FROM STDIN} text format: one line per row, columns separated by
 * tabs, {@code \N} for null, and backslash, tab, newline and carriage return escaped with a backslash.
 */
final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();

    private final String table;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;
    private int column;

    CopyRows(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** {@code COPY schema.table (a, b, ...) FROM STDIN}: the statement that reads these rows. */
    String copyStatement() {
        return "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    }

    String table() {
        return table;
    }

    int rows() {
        return rows;
    }

    /** The rows as COPY text. */
    String text() {
        return text.toString();
    }

    int length() {
        return text.length();
    }

    CopyRows text(String value) {
        if (value == null) {
            return nothing();
        }
        separate();
        escape(value, text);
        return this;
    }

    CopyRows uuid(UUID value) {
        return value == null ? nothing() : plain(value.toString());
    }

    CopyRows number(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** A decimal written as it reads ({@code 7.5}, {@code 96}). */
    CopyRows decimal(String value) {
        return value == null ? nothing() : plain(value);
    }

    CopyRows bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    /** A {@code timestamptz}: ISO-8601 in UTC, which PostgreSQL reads exactly. */
    CopyRows instant(Instant value) {
        return value == null ? nothing() : plain(value.toString());
    }

    CopyRows date(LocalDate value) {
        return value == null ? nothing() : plain(value.toString());
    }

    /** A {@code bytea} in hex form ({@code \x0a1b...}; the backslash itself escaped for COPY). */
    CopyRows bytes(byte[] value) {
        if (value == null) {
            return nothing();
        }
        separate();
        text.append("\\\\x");
        HEX.formatHex(text, value);
        return this;
    }

    CopyRows nothing() {
        separate();
        text.append("\\N");
        return this;
    }

    /** Ends the row; it must have had exactly one value per column. */
    CopyRows end() {
        if (column != columns.size()) {
            throw new IllegalStateException(table + ": row has " + column + " values for " + columns.size() + " columns");
        }
        text.append('\n');
        column = 0;
        rows++;
        return this;
    }

    private CopyRows plain(String value) {
        separate();
        text.append(value);
        return this;
    }

    private void separate() {
        if (column > 0) {
            text.append('\t');
        }
        column++;
    }

    /** Appends {@code value} with COPY's text-format escapes. */
    static void escape(String value, StringBuilder to) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> to.append("\\\\");
                case '\t' -> to.append("\\t");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                default -> to.append(c);
            }
        }
    }
}

package no.sammen.records.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads the columns of native query rows, whose Java types depend on the driver, into the types the API uses. */
final class SqlValues {

    /** A {@code timestamptz} literal PostgreSQL reads exactly: UTC, to the microsecond. */
    private static final java.time.format.DateTimeFormatter LITERAL =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private SqlValues() {
    }

    /** The instant as a {@code timestamptz} literal (for {@code cast(? as timestamptz)}), to the microsecond. */
    static String literal(Instant instant) {
        return LITERAL.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A {@code timestamptz} as an instant in UTC. */
    static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamptz: " + value.getClass().getName());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
    }
}

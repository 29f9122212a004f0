package no.sammen.media.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import no.sammen.platform.InvalidInputException;

/** Values between native queries and Java: instants travel as ISO text cast in SQL, ids as UUIDs. */
final class Sql {

    private Sql() {
    }

    static String literal(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    static OffsetDateTime utc(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** A person's date-time: an instant or an offset date-time, not in the future. */
    static OffsetDateTime parseTime(String value, String field, OffsetDateTime now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date-time such as 2026-03-01T14:30:00+01:00");
        }
        if (t.isAfter(now.plusMinutes(5))) {
            throw new InvalidInputException(field, "must not be in the future");
        }
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}

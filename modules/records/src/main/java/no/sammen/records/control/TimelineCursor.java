package no.sammen.records.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/**
 * Where the next page of a timeline starts: just after the last event of the page before, in the timeline's order
 * ({@code occurred_at} descending, then {@code id} descending). A keyset, not an offset: the next page is one index
 * range however deep the reader goes, and events written meanwhile neither repeat nor skip an event.
 *
 * <p>Clients see an opaque token (base64url of a versioned text); they may not build one, and a token that was not
 * made here is bad input named {@code cursor}. Times are kept to the microsecond, PostgreSQL's precision, so the
 * position is exact.
 */
record TimelineCursor(Instant occurredAt, UUID id) {

    private static final String VERSION = "t1";
    private static final Pattern FORMAT = Pattern.compile(VERSION + ":(-?[0-9]{1,19}):([0-9a-f-]{36})");
    private static final int MAX_LENGTH = 120;

    TimelineCursor {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(id, "id");
    }

    /** The cursor after an event that occurred at {@code occurredAt}. */
    static TimelineCursor after(OffsetDateTime occurredAt, UUID id) {
        return new TimelineCursor(occurredAt.toInstant(), id);
    }

    String encode() {
        long micros = Math.addExact(Math.multiplyExact(occurredAt.getEpochSecond(), 1_000_000L),
                occurredAt.getNano() / 1_000L);
        String text = VERSION + ":" + micros + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client passed back; {@code null} for none (the first page). */
    static TimelineCursor decode(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw invalid();
        }
        try {
            long micros = Long.parseLong(m.group(1));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new TimelineCursor(at, Ids.parse(m.group(2), "cursor"));
        } catch (NumberFormatException | InvalidInputException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    /** The time as a literal PostgreSQL reads exactly ({@code timestamptz}, UTC, microseconds). */
    String occurredAtLiteral() {
        return SqlValues.literal(occurredAt);
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor this timeline gave out; start again without one");
    }
}

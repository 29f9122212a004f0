package no.sammen.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Sammen's identifiers: random, non-sequential UUIDs (version 7, RFC 9562) so that an id in a URL reveals neither
 * volumes nor neighbours, while still sorting by creation time for index locality.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The one spelling of an id that is accepted, so that an id cannot be written several ways. */
    private static final java.util.regex.Pattern CANONICAL =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** A new time-ordered random id. */
    public static UUID newId() {
        return newId(Clock.systemUTC());
    }

    static UUID newId(Clock clock) {
        long millis = clock.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L; // version 7
        msb |= ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L; // IETF variant
        lsb |= (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            lsb |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }

    /**
     * Parses an id taken from outside (a URL, a form); a malformed value is bad input named by {@code field}.
     */
    public static UUID parse(String value, String field) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidInputException(field, "must be an id such as 0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
        }
        return UUID.fromString(value);
    }
}

package no.sammen.records.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineCursorTest {

    private static final UUID ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");

    @Test
    void aCursorComesBackExactlyToTheMicrosecond() {
        Instant at = Instant.parse("2026-03-01T07:15:42.123456Z");
        TimelineCursor cursor = new TimelineCursor(at, ID);
        TimelineCursor back = TimelineCursor.decode(cursor.encode());
        assertThat(back).isEqualTo(cursor);
        assertThat(back.occurredAt()).isEqualTo(at);
        assertThat(back.id()).isEqualTo(ID);
    }

    @Test
    void theCursorAfterAnEventIsTheEventsPositionWhateverItsOffset() {
        OffsetDateTime oslo = OffsetDateTime.parse("2026-03-01T08:15:42.5+01:00");
        TimelineCursor cursor = TimelineCursor.after(oslo, ID);
        assertThat(cursor.occurredAt()).isEqualTo(Instant.parse("2026-03-01T07:15:42.5Z"));
        assertThat(TimelineCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void timesBeforeTheEpochAndWholeSecondsSurviveToo() {
        for (String time : new String[]{"1969-12-31T23:59:59.999999Z", "2000-01-01T00:00:00Z", "2040-06-30T12:00:00.000001Z"}) {
            TimelineCursor cursor = new TimelineCursor(Instant.parse(time), Ids.newId());
            assertThat(TimelineCursor.decode(cursor.encode())).as(time).isEqualTo(cursor);
        }
    }

    @Test
    void theTokenIsOpaqueAndSafeInAUrl() {
        String token = new TimelineCursor(Instant.parse("2026-03-01T07:15:42.123456Z"), ID).encode();
        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain(ID.toString()).doesNotContain("2026");
    }

    @Test
    void theLiteralIsExactUtcWithMicroseconds() {
        assertThat(new TimelineCursor(Instant.parse("2026-03-01T07:15:00Z"), ID).occurredAtLiteral())
                .isEqualTo("2026-03-01T07:15:00.000000Z");
        assertThat(new TimelineCursor(Instant.parse("2026-03-01T07:15:42.123456Z"), ID).occurredAtLiteral())
                .isEqualTo("2026-03-01T07:15:42.123456Z");
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertThat(TimelineCursor.decode(null)).isNull();
        assertThat(TimelineCursor.decode("")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "%%%", "dDE6MTIz", "abc", "t1:1:0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"})
    void aTokenThatWasNotMadeHereIsBadInputNamingTheCursor(String token) {
        assertInvalid(token);
    }

    @Test
    void forgedOrTamperedTokensAreRefused() {
        assertInvalid(b64("t2:1000:" + ID));
        assertInvalid(b64("t1:1000:" + ID.toString().toUpperCase(java.util.Locale.ROOT)));
        assertInvalid(b64("t1:abc:" + ID));
        assertInvalid(b64("t1:1000:" + ID + ":extra"));
        assertInvalid(b64("t1:99999999999999999999:" + ID));
        assertInvalid(b64("t1:1000:0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2"));
        assertInvalid("A".repeat(500));
        String good = new TimelineCursor(Instant.parse("2026-03-01T07:15:42Z"), ID).encode();
        assertInvalid(good + "x");
    }

    @Test
    void aHandMadeTokenInTheRightFormIsJustAPosition() {
        TimelineCursor cursor = TimelineCursor.decode(b64("t1:0:" + ID));
        assertThat(cursor.occurredAt()).isEqualTo(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertInvalid(String token) {
        assertThatThrownBy(() -> TimelineCursor.decode(token)).as(token)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                                .containsExactly("cursor"));
    }
}

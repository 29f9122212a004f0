package no.sammen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    private static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** The 48-bit Unix-millisecond prefix of a version 7 id, read from its text form. */
    private static long timestampOf(UUID id) {
        String text = id.toString();
        return Long.parseLong(text.substring(0, 8) + text.substring(9, 13), 16);
    }

    @Test
    void versionNibbleIsSeven() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.toString().charAt(14)).isEqualTo('7');
        }
    }

    @Test
    void variantBitsAreIetf() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.newId();
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getLeastSignificantBits() >>> 62).isEqualTo(0b10L);
            assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
        }
    }

    @Test
    void tenThousandIdsAreUnique() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.newId());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void tenThousandIdsInTheSameMillisecondAreStillUnique() {
        Clock frozen = at(T0);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Ids.newId(frozen));
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void prefixIsTheClockMillis() {
        UUID id = Ids.newId(at(T0));
        assertThat(timestampOf(id)).isEqualTo(T0.toEpochMilli());
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(T0.toEpochMilli());
    }

    @Test
    void idsMadeLaterSortAfterEarlierOnes() {
        List<Instant> times = List.of(T0, T0.plusMillis(1), T0.plusSeconds(1), T0.plus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(3650)));
        List<UUID> ids = new ArrayList<>();
        for (Instant time : times) {
            // several ids per instant, so the random part cannot make the order look right by accident
            for (int i = 0; i < 50; i++) {
                ids.add(Ids.newId(at(time)));
            }
        }
        for (int i = 50; i < ids.size(); i++) {
            UUID later = ids.get(i);
            for (int j = 0; j < (i / 50) * 50; j++) {
                UUID earlier = ids.get(j);
                assertThat(timestampOf(later)).isGreaterThan(timestampOf(earlier));
                // text order (what a database index on the text or the 16 bytes sees) follows creation order
                assertThat(later.toString()).isGreaterThan(earlier.toString());
                assertThat(later).isGreaterThan(earlier);
            }
        }
    }

    @Test
    void idsOfTheSameMillisecondShareTheirPrefix() {
        Clock frozen = at(T0);
        UUID a = Ids.newId(frozen);
        UUID b = Ids.newId(frozen);
        assertThat(a.toString().substring(0, 13)).isEqualTo(b.toString().substring(0, 13));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void parseAcceptsAValidId() {
        String text = "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";
        assertThat(Ids.parse(text, "childId")).isEqualTo(new UUID(0x0190a1b2c3d47e5fL, 0x8a6b7c8d9e0f1a2bL));
    }

    @Test
    void parseRoundTripsNewIds() {
        for (int i = 0; i < 100; i++) {
            UUID id = Ids.newId();
            assertThat(Ids.parse(id.toString(), "id")).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "not-an-id",
            "42",
            "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2",      // 35 characters
            "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b0",    // 37 characters
            "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2g",     // not hex
            "0190a1b2-c3d4-7e5f-8a6b_7c8d9e0f1a2b",     // no dash
            "0190a1b2c3d47e5f8a6b7c8d9e0f1a2b",         // no dashes at all
            " 190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",     // leading blank
            "{190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2}",
            "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b\n",
            "../../../../../../etc/passwd/0000000"
    })
    void parseRefusesMalformedIdsNamingTheField(String value) {
        assertThatThrownBy(() -> Ids.parse(value, "childId"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("childId");
                    assertThat(e.errors().get(0).message()).isNotBlank();
                    assertThat(e.getMessage()).startsWith("childId");
                });
    }

    /**
     * {@code UUID.fromString} accepts signs, misplaced dashes and non-ASCII digits, so these 36-character strings are
     * taken as aliases of real ids (none of them round-trips to its own text).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "0190a1b2-c3d4-7e5f-8a6b-+c8d9e0f1a2b",     // sign inside a group
            "+0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2",     // sign, dashes shifted
            "0190a1b2c-3d4-7e5f-8a6b-7c8d9e0f1a2b",     // misplaced dash
            "0190a1b2-c3d4-7e5f-8a6b7-c8d9e0f1a2b",     // misplaced dash
            "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2\u0662" // ARABIC-INDIC DIGIT TWO
    })
    void parseRefusesNonCanonicalIds(String value) {
        assertThatThrownBy(() -> Ids.parse(value, "childId"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("childId"));
    }
}

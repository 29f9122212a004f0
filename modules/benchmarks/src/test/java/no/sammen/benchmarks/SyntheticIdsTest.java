package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class SyntheticIdsTest {

    @Test
    void versionSevenAscendingWithinAndAcrossMilliseconds() {
        SyntheticIds ids = new SyntheticIds(1);
        UUID previous = ids.next(1_000);
        for (int i = 0; i < 10_000; i++) {
            UUID next = ids.next(i < 5_000 ? 1_000 : 1_001);
            assertThat(next.version()).isEqualTo(7);
            assertThat(next.variant()).isEqualTo(2);
            assertThat(Long.compareUnsigned(next.getMostSignificantBits(), previous.getMostSignificantBits()))
                    .isPositive();
            previous = next;
        }
    }

    @Test
    void carriesTheMillisecondsInItsFirst48Bits() {
        UUID id = new SyntheticIds(1).next(0x0123_4567_89abL);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(0x0123_4567_89abL);
    }
}

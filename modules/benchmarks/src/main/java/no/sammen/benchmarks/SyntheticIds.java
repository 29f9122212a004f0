package no.sammen.benchmarks;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Time-ordered ids (UUID version 7, like the application's own) for the synthetic rows: the time is when the row is
 * written, as in the application, so that every index on an id grows at its right end. Within one millisecond a
 * counter keeps them ascending. One instance per thread.
 */
final class SyntheticIds {

    private final SplittableRandom random;
    private long lastMillis;
    private int counter;

    SyntheticIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    UUID next() {
        return next(System.currentTimeMillis());
    }

    UUID next(long millis) {
        if (millis <= lastMillis) {
            counter++;
            if (counter > 0xFFF) {
                lastMillis++;
                counter = 0;
            }
        } else {
            lastMillis = millis;
            counter = 0;
        }
        long high = (lastMillis << 16) | 0x7000L | counter;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}

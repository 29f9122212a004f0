package no.sammen.records.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.sammen.records.ObservationSeries.Point;
import no.sammen.records.ObservationSeries.Trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendsTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    private static final BigDecimal ONE_POINT = BigDecimal.ONE;

    /** One point a day (or every {@code hours}), with these values. */
    private static List<Point> every(int hours, double... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Point(START.plus(Duration.ofHours((long) hours * i)), BigDecimal.valueOf(values[i])));
        }
        return points;
    }

    @Test
    void aLineRisingOnePointADayHasSlopeOneAndRises() {
        Trend trend = Trends.fit(every(24, 1, 2, 3, 4, 5), 30, ONE_POINT);
        assertThat(trend.slopePerDay()).isCloseTo(1.0, within(1e-9));
        assertThat(trend.changeOverWindow()).isCloseTo(30.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo("rising");
        assertThat(trend.threshold()).isEqualByComparingTo("1");
    }

    @Test
    void theSlopeIsPerDayWhateverTheSpacingOfThePoints() {
        Trend trend = Trends.fit(every(12, 90, 89, 88, 87), 7, new BigDecimal("2"));
        assertThat(trend.slopePerDay()).isCloseTo(-2.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo("falling");
    }

    @Test
    void noiseAroundAFlatLineIsStable() {
        Trend trend = Trends.fit(every(24, 2, 1, 3, 1, 1, 3, 1, 2), 30, ONE_POINT);
        assertThat(Math.abs(trend.changeOverWindow())).isLessThan(1.0);
        assertThat(trend.direction()).isEqualTo("stable");
    }

    @Test
    void aSmallChangeOverTheWindowIsBelowTheThreshold() {
        // 0.01 points a day over 30 days is 0.3 points: less than one point of pain
        Trend trend = Trends.fit(every(24, 2.00, 2.01, 2.02, 2.03), 30, ONE_POINT);
        assertThat(trend.slopePerDay()).isCloseTo(0.01, within(1e-9));
        assertThat(trend.direction()).isEqualTo("stable");
        // the same slope over a year is 3.66 points: rising
        assertThat(Trends.fit(every(24, 2.00, 2.01, 2.02, 2.03), 366, ONE_POINT).direction()).isEqualTo("rising");
    }

    @Test
    void leastSquaresNotFirstAndLast() {
        // first and last are equal, but the fitted line rises: 0, 2, 4, 6, 0 → slope 0.4 per day
        Trend trend = Trends.fit(every(24, 0, 2, 4, 6, 0), 10, ONE_POINT);
        assertThat(trend.slopePerDay()).isCloseTo(0.4, within(1e-9));
        assertThat(trend.direction()).isEqualTo("rising");
    }

    @Test
    void tooFewPointsGiveNoTrend() {
        assertThat(Trends.fit(List.of(), 30, ONE_POINT).direction()).isEqualTo("unknown");
        assertThat(Trends.fit(every(24, 5), 30, ONE_POINT).direction()).isEqualTo("unknown");
        Trend sameTime = Trends.fit(List.of(new Point(START, BigDecimal.ONE), new Point(START, BigDecimal.TEN)), 30,
                ONE_POINT);
        assertThat(sameTime.direction()).isEqualTo("unknown");
        assertThat(sameTime.slopePerDay()).isNull();
    }
}

package no.sammen.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One kind's values over a window of days, oldest first, for a trend chart.
 *
 * @param kind           the kind's API name
 * @param unit           the kind's unit
 * @param referenceRange the kind's reference range, {@code null} if it has none
 * @param from           the window's start
 * @param to             the window's end (now)
 * @param days           the window's length in days
 * @param points         the values the caller may see, oldest first
 * @param trend          the least-squares trend of those points
 */
public record ObservationSeries(String kind, String unit, ObservationKind.ReferenceRange referenceRange, Instant from,
                                Instant to, int days, List<Point> points, Trend trend) {

    /** One value at one time. */
    public record Point(Instant time, BigDecimal value) {
    }

    /**
     * A straight line fitted to the points by least squares.
     *
     * @param slopePerDay      the line's slope in the kind's unit per day; {@code null} with fewer than two points
     *                         at different times
     * @param changeOverWindow the slope times the window's length in days
     * @param threshold        the kind's meaningful change: smaller changes over the window are {@code stable}
     * @param direction        {@code rising}, {@code falling}, {@code stable}, or {@code unknown} without enough
     *                         points
     */
    public record Trend(Double slopePerDay, Double changeOverWindow, BigDecimal threshold, String direction) {
    }
}

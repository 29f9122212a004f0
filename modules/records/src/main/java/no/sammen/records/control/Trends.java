package no.sammen.records.control;

import java.math.BigDecimal;
import java.util.List;

import no.sammen.records.ObservationSeries.Point;
import no.sammen.records.ObservationSeries.Trend;

/**
 * The trend of a series: a straight line fitted by least squares (time in days, value in the kind's unit). Its
 * slope times the window's length is the change the line shows over the window; the trend is {@code rising} or
 * {@code falling} when that change is at least the kind's meaningful change ({@link
 * no.sammen.records.ObservationKind#meaningfulChange()}, e.g. one point of pain, 2 % SpO2), {@code stable} when it
 * is smaller, and {@code unknown} with fewer than two points at different times.
 */
final class Trends {

    private static final double MILLIS_PER_DAY = 86_400_000d;

    private Trends() {
    }

    static Trend fit(List<Point> points, int windowDays, BigDecimal threshold) {
        int n = points.size();
        if (n < 2) {
            return unknown(threshold);
        }
        long origin = points.get(0).time().toEpochMilli();
        double meanX = 0;
        double meanY = 0;
        for (Point p : points) {
            meanX += (p.time().toEpochMilli() - origin) / MILLIS_PER_DAY;
            meanY += p.value().doubleValue();
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (Point p : points) {
            double dx = (p.time().toEpochMilli() - origin) / MILLIS_PER_DAY - meanX;
            sxx += dx * dx;
            sxy += dx * (p.value().doubleValue() - meanY);
        }
        if (sxx == 0) {
            return unknown(threshold);
        }
        double slope = sxy / sxx;
        double change = slope * windowDays;
        String direction = Math.abs(change) < threshold.doubleValue() ? "stable" : change > 0 ? "rising" : "falling";
        return new Trend(round(slope), round(change), threshold, direction);
    }

    private static Trend unknown(BigDecimal threshold) {
        return new Trend(null, null, threshold, "unknown");
    }

    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}

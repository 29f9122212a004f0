package no.sammen.app.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.sammen.records.ObservationKind;
import no.sammen.records.ObservationSeries;

/**
 * A line chart of one kind's series, drawn on the server as the numbers of an inline SVG (the pages load nothing
 * from elsewhere): the line through the values, a dot per value (marked when out of range), the reference range as
 * a shaded band, a few labelled values on the vertical axis, and the window's first and last day below.
 */
public final class TrendChart {

    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    static final int LEFT = 34;
    static final int RIGHT = 8;
    static final int TOP = 8;
    static final int BOTTOM = 22;

    private final ObservationSeries series;
    private final double low;
    private final double high;
    private final long start;
    private final long end;
    private final boolean decimalComma;

    /**
     * @param series the values to draw
     * @param kind   the kind's physical bounds keep the axis from going below its minimum; may be {@code null}
     * @param locale the page's language, for the decimal sign of the axis labels
     */
    public TrendChart(ObservationSeries series, ObservationKind kind, Locale locale) {
        this.series = series;
        this.decimalComma = !"en".equals(locale.getLanguage());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ObservationSeries.Point p : series.points()) {
            lo = Math.min(lo, p.value().doubleValue());
            hi = Math.max(hi, p.value().doubleValue());
        }
        if (series.referenceRange() != null) {
            lo = Math.min(lo, series.referenceRange().low().doubleValue());
            hi = Math.max(hi, series.referenceRange().high().doubleValue());
        }
        if (lo == Double.POSITIVE_INFINITY) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
        if (kind != null && lo < kind.minimum().doubleValue()) {
            lo = kind.minimum().doubleValue();
        }
        if (kind != null && hi > kind.maximum().doubleValue()) {
            hi = kind.maximum().doubleValue();
        }
        this.low = lo;
        this.high = hi;
        this.start = series.from().toEpochMilli();
        this.end = Math.max(series.to().toEpochMilli(), start + 1);
    }

    /** A value drawn as a dot: where, and whether it lies outside the reference range. */
    public record Dot(String x, String y, boolean outOfRange) {
    }

    /** A labelled value on the vertical axis. */
    public record Tick(String y, String label) {
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Whether there is nothing to draw but the axis and the range ({@code empty} is a word of EL itself). */
    public boolean isNoValues() {
        return series.points().isEmpty();
    }

    /** The SVG path through the values, oldest first; empty when there are none. */
    public String getPath() {
        StringBuilder d = new StringBuilder();
        for (ObservationSeries.Point p : series.points()) {
            d.append(d.length() == 0 ? "M" : " L").append(fmt(x(p.time()))).append(',').append(fmt(y(p.value())));
        }
        return d.toString();
    }

    public List<Dot> getDots() {
        List<Dot> dots = new ArrayList<>();
        for (ObservationSeries.Point p : series.points()) {
            dots.add(new Dot(fmt(x(p.time())), fmt(y(p.value())), outOfRange(p.value())));
        }
        return dots;
    }

    boolean outOfRange(BigDecimal value) {
        var range = series.referenceRange();
        return range != null && (value.compareTo(range.low()) < 0 || value.compareTo(range.high()) > 0);
    }

    public boolean isRange() {
        return series.referenceRange() != null;
    }

    /** The top of the shaded reference range. */
    public String getRangeY() {
        return isRange() ? fmt(y(series.referenceRange().high())) : "0";
    }

    public String getRangeHeight() {
        if (!isRange()) {
            return "0";
        }
        return fmt(Math.max(0.5, y(series.referenceRange().low()) - y(series.referenceRange().high())));
    }

    public String getPlotLeft() {
        return String.valueOf(LEFT);
    }

    public String getPlotWidth() {
        return String.valueOf(WIDTH - LEFT - RIGHT);
    }

    public String getPlotBottom() {
        return String.valueOf(HEIGHT - BOTTOM);
    }

    public String getPlotRight() {
        return String.valueOf(WIDTH - RIGHT);
    }

    /** Where the day labels go, just below the plot. */
    public String getLabelY() {
        return String.valueOf(HEIGHT - 6);
    }

    /** A few round values on the vertical axis. */
    public List<Tick> getTicks() {
        double span = high - low;
        double step = niceStep(span / 4);
        List<Tick> ticks = new ArrayList<>();
        for (double v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) {
            ticks.add(new Tick(fmt(y(v)), label(v, step)));
        }
        return ticks;
    }

    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private String label(double v, double step) {
        BigDecimal value = BigDecimal.valueOf(Math.round(v / step) * step);
        String plain = FieldInput.plain(value.setScale(step < 1 ? 2 : 0, RoundingMode.HALF_UP));
        return decimalComma ? plain.replace('.', ',') : plain;
    }

    double x(Instant time) {
        double share = (time.toEpochMilli() - start) / (double) (end - start);
        return LEFT + Math.max(0, Math.min(1, share)) * (WIDTH - LEFT - RIGHT);
    }

    double y(BigDecimal value) {
        return y(value.doubleValue());
    }

    double y(double value) {
        double share = (value - low) / (high - low);
        double clamped = Math.max(0, Math.min(1, share));
        return TOP + (1 - clamped) * (HEIGHT - TOP - BOTTOM);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

package no.sammen.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import no.sammen.records.ObservationKind;
import no.sammen.records.ObservationKind.ReferenceRange;
import no.sammen.records.ObservationSeries;
import no.sammen.records.ObservationSeries.Point;
import no.sammen.records.ObservationSeries.Trend;

class TrendChartTest {

    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofDays(30));
    private static final ObservationKind PAIN = new ObservationKind("pain-score", "Pain score", "/10", BigDecimal.ZERO,
            BigDecimal.TEN, 0, new ReferenceRange(BigDecimal.ZERO, new BigDecimal("3")), BigDecimal.ONE);

    private static ObservationSeries pain(List<Point> points) {
        return new ObservationSeries("pain-score", "/10", PAIN.referenceRange(), FROM, TO, 30, points,
                new Trend(null, null, BigDecimal.ONE, "unknown"));
    }

    private static Point at(int day, int value) {
        return new Point(FROM.plus(Duration.ofDays(day)), BigDecimal.valueOf(value));
    }

    @Test
    void theLineRunsFromTheFirstValueToTheLastAcrossThePlot() {
        TrendChart chart = new TrendChart(pain(List.of(at(0, 1), at(15, 2), at(30, 6))), PAIN, Locale.ENGLISH);

        assertThat(chart.getPath()).startsWith("M" + TrendChart.LEFT + ".0,").contains(" L")
                .endsWith("," + chart.getDots().get(2).y());
        assertThat(chart.getDots()).hasSize(3);
        assertThat(chart.getDots().get(2).x()).isEqualTo((TrendChart.WIDTH - TrendChart.RIGHT) + ".0");
        assertThat(chart.getDots()).extracting(TrendChart.Dot::outOfRange).containsExactly(false, false, true);
        double lowest = Double.parseDouble(chart.getDots().get(0).y());
        double highest = Double.parseDouble(chart.getDots().get(2).y());
        assertThat(highest).as("higher values are drawn higher up").isLessThan(lowest);
    }

    @Test
    void theReferenceRangeIsABandFromItsHighToItsLowValue() {
        TrendChart chart = new TrendChart(pain(List.of(at(1, 2), at(2, 8))), PAIN, Locale.ENGLISH);

        assertThat(chart.isRange()).isTrue();
        double top = Double.parseDouble(chart.getRangeY());
        double height = Double.parseDouble(chart.getRangeHeight());
        assertThat(top).isCloseTo(chart.y(3), offset(0.06));
        assertThat(top + height).isCloseTo(chart.y(0), offset(0.11));
        assertThat(top + height).isLessThanOrEqualTo(TrendChart.HEIGHT - TrendChart.BOTTOM);
    }

    @Test
    void theAxisStaysWithinWhatIsPossibleAndHasRoundTicks() {
        TrendChart chart = new TrendChart(pain(List.of(at(1, 0), at(2, 10))), PAIN, Locale.ENGLISH);

        assertThat(chart.y(0)).isEqualTo(TrendChart.HEIGHT - TrendChart.BOTTOM);
        assertThat(chart.y(10)).isEqualTo(TrendChart.TOP);
        assertThat(chart.getTicks()).extracting(TrendChart.Tick::label).containsExactly("0", "5", "10");
    }

    @Test
    void anEmptySeriesDrawsNoLineButStillTheRange() {
        TrendChart chart = new TrendChart(pain(List.of()), PAIN, Locale.ENGLISH);

        assertThat(chart.isNoValues()).isTrue();
        assertThat(chart.getPath()).isEmpty();
        assertThat(chart.getDots()).isEmpty();
        assertThat(chart.isRange()).isTrue();
    }

    @Test
    void aKindWithoutRangeAndOneValueStillHasAnAxis() {
        ObservationSeries weight = new ObservationSeries("weight", "kg", null, FROM, TO, 30,
                List.of(new Point(FROM.plus(Duration.ofDays(3)), new BigDecimal("31.4"))),
                new Trend(null, null, new BigDecimal("0.5"), "unknown"));

        TrendChart chart = new TrendChart(weight, null, Locale.ENGLISH);

        assertThat(chart.isRange()).isFalse();
        assertThat(chart.getTicks()).isNotEmpty();
        double y = Double.parseDouble(chart.getDots().get(0).y());
        assertThat(y).isBetween((double) TrendChart.TOP, (double) (TrendChart.HEIGHT - TrendChart.BOTTOM));
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TrendChart.niceStep(0.7)).isEqualTo(1);
        assertThat(TrendChart.niceStep(1.6)).isEqualTo(2);
        assertThat(TrendChart.niceStep(3)).isEqualTo(5);
        assertThat(TrendChart.niceStep(0.04)).isEqualTo(0.05, offset(1e-12));
        assertThat(TrendChart.niceStep(70)).isEqualTo(100);
    }
}

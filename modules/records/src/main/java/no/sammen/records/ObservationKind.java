package no.sammen.records;

import java.math.BigDecimal;

/**
 * A kind of observation and the numbers that make its values meaningful.
 *
 * @param name             the API name ({@code pain-score}, {@code spo2}, ...)
 * @param label            what people read
 * @param unit             the unit values are recorded in
 * @param minimum          the smallest physically possible value
 * @param maximum          the largest physically possible value
 * @param decimals         how many decimals a value may have (0: whole numbers only)
 * @param referenceRange   the range a value is expected in; {@code null} when there is no fixed one (weight)
 * @param meaningfulChange how much the fitted trend line must change over a series' window before the trend counts
 *                         as rising or falling rather than stable
 */
public record ObservationKind(String name, String label, String unit, BigDecimal minimum, BigDecimal maximum,
                              int decimals, ReferenceRange referenceRange, BigDecimal meaningfulChange) {

    /** An inclusive range of expected values. */
    public record ReferenceRange(BigDecimal low, BigDecimal high) {
    }
}

package no.sammen.records.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import no.sammen.records.ObservationKind;
import no.sammen.records.ObservationKind.ReferenceRange;

/**
 * The kinds of observation Sammen knows, defined here in code until administrators get to edit them. Each has
 * physically possible bounds (a value outside them is a typing error, refused) and, where there is one, a reference
 * range for a child (a value outside it is recorded and flagged). Reference ranges are for children of school age;
 * the team reads them as a prompt to look, not as a diagnosis.
 */
final class ObservationKinds {

    static final List<ObservationKind> ALL = List.of(
            kind("pain-score", "Pain score", "/10", "0", "10", 0, "0", "3", "1"),
            kind("seizure-count", "Seizures", "count", "0", "200", 0, "0", "0", "1"),
            kind("sleep-hours", "Sleep", "h", "0", "24", 2, "8", "12", "1"),
            kind("weight", "Weight", "kg", "0.2", "250", 3, null, null, "0.5"),
            kind("spo2", "Oxygen saturation (SpO2)", "%", "0", "100", 1, "94", "100", "2"),
            kind("heart-rate", "Heart rate", "/min", "0", "300", 0, "70", "120", "10"),
            kind("temperature", "Temperature", "°C", "25", "45", 2, "36.0", "38.0", "0.5"),
            kind("respiratory-rate", "Respiratory rate", "/min", "0", "150", 0, "15", "30", "4"));

    private ObservationKinds() {
    }

    static Optional<ObservationKind> find(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** Adds to {@code checks} what is wrong with {@code value} for this kind, under {@code field}. */
    static void checkValue(ObservationKind kind, BigDecimal value, Checks checks, String field) {
        if (value == null) {
            checks.required(field, null);
            return;
        }
        if (value.compareTo(kind.minimum()) < 0 || value.compareTo(kind.maximum()) > 0) {
            checks.that(false, field, "must be between " + plain(kind.minimum()) + " and " + plain(kind.maximum())
                    + " for " + kind.name());
            return;
        }
        int scale = value.stripTrailingZeros().scale();
        if (scale > kind.decimals()) {
            checks.that(false, field, kind.decimals() == 0
                    ? "must be a whole number for " + kind.name()
                    : "must have at most " + kind.decimals() + " decimals for " + kind.name());
        }
    }

    /** Whether a (possible) value lies outside the kind's reference range; never for a kind without one. */
    static boolean outOfRange(ObservationKind kind, BigDecimal value) {
        ReferenceRange range = kind.referenceRange();
        return range != null && (value.compareTo(range.low()) < 0 || value.compareTo(range.high()) > 0);
    }

    /** The value without trailing zeros, and never in exponent notation. */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String plain(BigDecimal value) {
        return normalised(value).toPlainString();
    }

    private static ObservationKind kind(String name, String label, String unit, String minimum, String maximum,
                                        int decimals, String low, String high, String meaningfulChange) {
        return new ObservationKind(name, label, unit, new BigDecimal(minimum), new BigDecimal(maximum), decimals,
                low == null ? null : new ReferenceRange(new BigDecimal(low), new BigDecimal(high)),
                new BigDecimal(meaningfulChange));
    }
}

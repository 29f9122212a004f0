package no.sammen.records.control;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.ObservationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObservationKindsTest {

    private static ObservationKind kind(String name) {
        return ObservationKinds.find(name).orElseThrow();
    }

    private static void valid(String kind, String value) {
        Checks checks = new Checks();
        ObservationKinds.checkValue(kind(kind), new BigDecimal(value), checks, "value");
        checks.orThrow();
    }

    private static String refusal(String kind, String value) {
        Checks checks = new Checks();
        ObservationKinds.checkValue(kind(kind), value == null ? null : new BigDecimal(value), checks, "value");
        try {
            checks.orThrow();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.field()).isEqualTo("value"));
            return e.errors().get(0).message();
        }
        throw new AssertionError(kind + " " + value + " was accepted");
    }

    @Test
    void everyKindOfTheBriefIsDefinedWithItsReferenceRange() {
        assertThat(ObservationKinds.ALL).extracting(ObservationKind::name).containsExactly("pain-score",
                "seizure-count", "sleep-hours", "weight", "spo2", "heart-rate", "temperature", "respiratory-rate");
        assertThat(kind("pain-score").referenceRange().high()).isEqualByComparingTo("3");
        assertThat(kind("spo2").referenceRange().low()).isEqualByComparingTo("94");
        assertThat(kind("temperature").referenceRange().high()).isEqualByComparingTo("38.0");
        assertThat(kind("weight").referenceRange()).isNull();
        assertThat(ObservationKinds.find("blood-sugar")).isEmpty();
        for (ObservationKind k : ObservationKinds.ALL) {
            assertThat(k.minimum()).isLessThan(k.maximum());
            assertThat(k.meaningfulChange()).isPositive();
            if (k.referenceRange() != null) {
                assertThat(k.referenceRange().low()).isBetween(k.minimum(), k.maximum());
                assertThat(k.referenceRange().high()).isBetween(k.referenceRange().low(), k.maximum());
            }
        }
    }

    @Test
    void valuesOutsideWhatIsPhysicallyPossibleAreRefusedNamingTheValue() {
        valid("pain-score", "0");
        valid("pain-score", "10");
        valid("pain-score", "7.0");
        valid("spo2", "100");
        valid("spo2", "97.5");
        valid("temperature", "37.25");
        assertThat(refusal("pain-score", "11")).contains("between 0 and 10");
        assertThat(refusal("pain-score", "-1")).contains("between 0 and 10");
        assertThat(refusal("pain-score", "2.5")).contains("whole number");
        assertThat(refusal("spo2", "100.1")).contains("between 0 and 100");
        assertThat(refusal("spo2", "97.55")).contains("at most 1 decimals");
        assertThat(refusal("heart-rate", "1e9")).contains("between 0 and 300");
        assertThat(refusal("seizure-count", null)).isEqualTo("is required");
    }

    @Test
    void theReferenceRangeIsInclusiveAndAKindWithoutOneIsNeverOutOfRange() {
        ObservationKind pain = kind("pain-score");
        assertThat(ObservationKinds.outOfRange(pain, new BigDecimal("0"))).isFalse();
        assertThat(ObservationKinds.outOfRange(pain, new BigDecimal("3"))).isFalse();
        assertThat(ObservationKinds.outOfRange(pain, new BigDecimal("4"))).isTrue();
        ObservationKind spo2 = kind("spo2");
        assertThat(ObservationKinds.outOfRange(spo2, new BigDecimal("93.9"))).isTrue();
        assertThat(ObservationKinds.outOfRange(spo2, new BigDecimal("94"))).isFalse();
        assertThat(ObservationKinds.outOfRange(kind("seizure-count"), BigDecimal.ONE)).isTrue();
        assertThat(ObservationKinds.outOfRange(kind("seizure-count"), BigDecimal.ZERO)).isFalse();
        assertThat(ObservationKinds.outOfRange(kind("temperature"), new BigDecimal("38.1"))).isTrue();
        assertThat(ObservationKinds.outOfRange(kind("weight"), new BigDecimal("250"))).isFalse();
    }

    @Test
    void valuesAreKeptWithoutTrailingZerosOrExponents() {
        assertThat(ObservationKinds.normalised(new BigDecimal("100")).toString()).isEqualTo("100");
        assertThat(ObservationKinds.normalised(new BigDecimal("36.50")).toString()).isEqualTo("36.5");
        assertThat(ObservationKinds.normalised(new BigDecimal("7.000")).toString()).isEqualTo("7");
    }

    @Test
    void aRefusedValueNamesTheFieldInTheProblem() {
        assertThatThrownBy(() -> valid("respiratory-rate", "200")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("value:");
    }
}

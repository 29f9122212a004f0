package no.sammen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import no.sammen.platform.InvalidInputException;

/** Synthetic test numbers only; no real person's number appears here. */
class NationalIdTest {

    private static final String FIELD = "nationalId";

    @ParameterizedTest
    @ValueSource(strings = {"15831250086", "11828410018", "01877010186"})
    void validSyntheticNumbersParse(String digits) {
        NationalId id = NationalId.parse(digits, FIELD);

        assertThat(id.digits()).isEqualTo(digits);
        assertThat(id.synthetic()).isTrue();
        assertThat(NationalId.isValid(digits)).isTrue();
    }

    @Test
    void birthDatesAreDecoded() {
        assertThat(NationalId.parse("15831250086", FIELD).birthDate()).isEqualTo(LocalDate.of(2012, 3, 15));
        assertThat(NationalId.parse("11828410018", FIELD).birthDate()).isEqualTo(LocalDate.of(1984, 2, 11));
        assertThat(NationalId.parse("01877010186", FIELD).birthDate()).isEqualTo(LocalDate.of(1970, 7, 1));
    }

    @Test
    void dNumberParses() {
        // Day + 40: D-number for 15 March 2012 (synthetic), with valid check digits.
        assertThat(NationalId.parse("55831250150", FIELD).birthDate()).isEqualTo(LocalDate.of(2012, 3, 15));
    }

    @Test
    void spacesAreTolerated() {
        assertThat(NationalId.parse("158312 50086", FIELD).digits()).isEqualTo("15831250086");
    }

    @Test
    void equalityIsByDigits() {
        assertThat(NationalId.parse("15831250086", FIELD)).isEqualTo(NationalId.parse("158312 50086", "other"))
                .hasSameHashCodeAs(NationalId.parse("15831250086", FIELD))
                .isNotEqualTo(NationalId.parse("11828410018", FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "15831250087", // second check digit wrong
            "15831250096", // first check digit wrong
            "15831250186", // an individual digit changed
            "25831250086", // a date digit changed
            "1583125008", // 10 digits
            "158312500860", // 12 digits
            "1583125008A", // a letter
            "ABCDEFGHIJK",
            "15831-50086",
            "+5831250086",
            "-1583125008",
            "١٥٨٣١٢٥٠٠٨٦", // Arabic-Indic digits
            "32831250010", // check digits valid, day 32
            "30029250002", // check digits valid, 30 February
            "00000000000"})
    void invalidNumbersAreRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> NationalId.parse(value, FIELD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(FIELD);
                    assertThat(e.getMessage()).doesNotContain(value);
                });
        assertThat(NationalId.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "           "})
    void missingNumberIsRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> NationalId.parse(value, "child.nationalId"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("child.nationalId"));
        assertThat(NationalId.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15831250086", "11828410018", "01877010186", "55831250150"})
    void toStringNeverRevealsThePersonalDigits(String digits) {
        String shown = NationalId.parse(digits, FIELD).toString();

        assertThat(shown).doesNotContain(digits.substring(6)).doesNotContain(digits);
        assertThat(shown.replaceAll("\\D", "")).hasSizeLessThanOrEqualTo(6);
        assertThat(String.valueOf(NationalId.parse(digits, FIELD))).isEqualTo(shown);
    }
}

package no.sammen.records.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.TemplateField;
import no.sammen.records.TemplateField.FieldOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportValuesTest {

    static final TemplateField NOTES = field("notes", "text", false, null, null, null);
    static final TemplateField SLEEP = field("sleepHours", "number", false, "h", new BigDecimal("0"), new BigDecimal("24"));
    static final TemplateField PAIN = field("pain", "scale", true, null, null, null);
    static final TemplateField MOOD = new TemplateField("mood", "Humør", "Mood", "single-choice", false, null,
            List.of(option("happy"), option("tired"), option("sad")), null, null);
    static final TemplateField ACTIVITIES = new TemplateField("activities", "Innhold", "Activities",
            "multiple-choice", false, null, List.of(option("stretching"), option("breathing"), option("standing")),
            null, null);
    static final TemplateField SEIZURES = field("seizures", "yes-no", false, null, null, null);
    static final TemplateField ARRIVED = field("arrivedAt", "time", false, null, null, null);
    static final TemplateField REST = field("rest", "duration", false, null, BigDecimal.ZERO, new BigDecimal("600"));
    static final List<TemplateField> FIELDS = List.of(NOTES, SLEEP, PAIN, MOOD, ACTIVITIES, SEIZURES, ARRIVED, REST);

    static TemplateField field(String key, String type, boolean required, String unit, BigDecimal min, BigDecimal max) {
        return new TemplateField(key, key, key, type, required, unit, List.of(), min, max);
    }

    static FieldOption option(String value) {
        return new FieldOption(value, value, value);
    }

    /** The values as stored, or the problems by field. */
    static Map<String, Object> check(Map<String, Object> values) {
        Checks checks = new Checks();
        Map<String, Object> checked = ReportValues.check(FIELDS, values, "values", checks);
        checks.orThrow();
        return checked;
    }

    static Map<String, String> problems(Map<String, Object> values) {
        Checks checks = new Checks();
        ReportValues.check(FIELDS, values, "values", checks);
        try {
            checks.orThrow();
        } catch (InvalidInputException e) {
            return e.asMap();
        }
        return Map.of();
    }

    static Map<String, Object> with(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        values.put("pain", 3);
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    @Test
    void aCompleteReportComesBackInFieldOrderNormalised() {
        Map<String, Object> checked = check(with("notes", "Rolig dag", "sleepHours", new BigDecimal("7.50"),
                "mood", "happy", "activities", List.of("standing", "stretching"), "seizures", false,
                "arrivedAt", "08:30", "rest", new BigDecimal("45")));
        assertThat(checked).containsExactly(Map.entry("notes", "Rolig dag"), Map.entry("sleepHours", new BigDecimal("7.50")),
                Map.entry("pain", 3), Map.entry("mood", "happy"), Map.entry("activities", List.of("stretching", "standing")),
                Map.entry("seizures", false), Map.entry("arrivedAt", "08:30"), Map.entry("rest", 45));
    }

    @Test
    void requiredFieldsMustHaveAValueAndUnknownFieldsAreRefused() {
        Map<String, Object> values = new HashMap<>();
        values.put("pian", 3);
        assertThat(problems(values)).containsOnlyKeys("values.pain", "values.pian")
                .containsEntry("values.pain", "is required")
                .containsEntry("values.pian", "is not a field of this template");
        assertThat(problems(with("pain", null))).containsKey("values.pain");
        assertThat(check(Map.of("pain", 0))).containsOnlyKeys("pain");
    }

    @Nested
    class Text {
        @Test
        void takesLongTextsUpTo200000Characters() {
            String notes = "æ".repeat(200_000);
            assertThat(check(with("notes", notes))).containsEntry("notes", notes);
            assertThat(problems(with("notes", notes + "ø"))).containsEntry("values.notes",
                    "must be at most 200000 characters");
        }

        @Test
        void countsCharactersNotCodeUnits() {
            String emoji = "\uD83D\uDE00".repeat(150_000);
            assertThat(check(with("notes", emoji))).containsEntry("notes", emoji);
        }

        @Test
        void blankIsNoValueAndOtherTypesAreRefused() {
            assertThat(check(with("notes", "   "))).doesNotContainKey("notes");
            assertThat(problems(with("notes", 5))).containsEntry("values.notes", "must be text");
        }
    }

    @Nested
    class Number {
        @Test
        void takesNumbersInRange() {
            assertThat(check(with("sleepHours", new BigDecimal("24")))).containsEntry("sleepHours", BigInteger.valueOf(24));
            assertThat(check(with("sleepHours", 0))).containsEntry("sleepHours", BigInteger.ZERO);
            assertThat(check(with("sleepHours", 6.5d))).containsEntry("sleepHours", new BigDecimal("6.5"));
        }

        @Test
        void refusesOutOfRangeAndNonNumbersNamingTheUnit() {
            assertThat(problems(with("sleepHours", new BigDecimal("24.5")))).containsEntry("values.sleepHours",
                    "must be at most 24 h");
            assertThat(problems(with("sleepHours", -1))).containsEntry("values.sleepHours", "must be at least 0 h");
            assertThat(problems(with("sleepHours", "7"))).containsEntry("values.sleepHours", "must be a number");
            assertThat(problems(with("sleepHours", new BigDecimal("1e20")))).containsKey("values.sleepHours");
            assertThat(problems(with("sleepHours", new BigDecimal("1.1234567")))).containsEntry("values.sleepHours",
                    "must have at most 6 decimals");
        }
    }

    @Nested
    class Scale {
        @Test
        void takesWholeNumbersFrom0To10() {
            assertThat(check(with("pain", new BigDecimal("10")))).containsEntry("pain", 10);
            assertThat(check(with("pain", new BigDecimal("4.0")))).containsEntry("pain", 4);
        }

        @Test
        void refusesAnythingElse() {
            for (Object bad : new Object[]{11, -1, new BigDecimal("2.5"), "3", true, List.of(3)}) {
                assertThat(problems(with("pain", bad))).as(String.valueOf(bad))
                        .containsEntry("values.pain", "must be a whole number from 0 to 10");
            }
        }
    }

    @Nested
    class Choices {
        @Test
        void singleChoiceTakesOneOption() {
            assertThat(check(with("mood", "sad"))).containsEntry("mood", "sad");
            assertThat(problems(with("mood", "grumpy"))).containsEntry("values.mood", "must be one of: happy, tired, sad");
            assertThat(problems(with("mood", List.of("sad")))).containsKey("values.mood");
        }

        @Test
        void multipleChoiceTakesOptionsOnceEachInTheTemplatesOrder() {
            assertThat(check(with("activities", List.of("standing", "breathing"))))
                    .containsEntry("activities", List.of("breathing", "standing"));
            assertThat(check(with("activities", List.of()))).doesNotContainKey("activities");
            assertThat(problems(with("activities", List.of("flying")))).containsKey("values.activities");
            assertThat(problems(with("activities", "standing"))).containsKey("values.activities");
            assertThat(problems(with("activities", List.of("standing", "standing"))))
                    .containsEntry("values.activities", "must name each option at most once (standing is repeated)");
        }
    }

    @Nested
    class YesNoTimeAndDuration {
        @Test
        void yesNoTakesBooleansOnly() {
            assertThat(check(with("seizures", true))).containsEntry("seizures", true);
            assertThat(problems(with("seizures", "yes"))).containsEntry("values.seizures", "must be true or false");
        }

        @Test
        void timeTakesHoursAndMinutes() {
            assertThat(check(with("arrivedAt", "23:59"))).containsEntry("arrivedAt", "23:59");
            for (String bad : new String[]{"24:00", "7:30", "07:60", "07:30:00", "noon"}) {
                assertThat(problems(with("arrivedAt", bad))).as(bad).containsKey("values.arrivedAt");
            }
        }

        @Test
        void durationTakesWholeMinutesInRange() {
            assertThat(check(with("rest", 600))).containsEntry("rest", 600);
            assertThat(problems(with("rest", 601))).containsEntry("values.rest", "must be at most 600 minutes");
            assertThat(problems(with("rest", new BigDecimal("1.5")))).containsEntry("values.rest",
                    "must be a whole number of minutes, 0 or more");
            assertThat(problems(with("rest", "PT30M"))).containsKey("values.rest");
        }
    }

    @Nested
    class FromAForm {
        static Map<String, Object> read(Map<String, String> form) {
            return ReportValues.fromForm(FIELDS, form);
        }

        @Test
        void readsEachTypeFromStrings() {
            Map<String, String> form = new HashMap<>();
            form.put("pain", " 4 ");
            form.put("sleepHours", "7,5");
            form.put("mood", "tired");
            form.put("activities", "stretching, standing");
            form.put("seizures", "ja");
            form.put("arrivedAt", "08:15");
            form.put("rest", "30");
            form.put("notes", "  Lang tekst  ");
            Checks checks = new Checks();
            Map<String, Object> checked = ReportValues.check(FIELDS, read(form), "values", checks);
            checks.orThrow();
            assertThat(checked).containsEntry("pain", 4).containsEntry("sleepHours", new BigDecimal("7.5"))
                    .containsEntry("mood", "tired").containsEntry("activities", List.of("stretching", "standing"))
                    .containsEntry("seizures", true).containsEntry("arrivedAt", "08:15").containsEntry("rest", 30)
                    .containsEntry("notes", "  Lang tekst  ");
        }

        @Test
        void blankIsNoValueAndUnreadableStringsGetTheSameProblemsAsTheApi() {
            Map<String, String> form = new HashMap<>();
            form.put("pain", "");
            form.put("sleepHours", "lots");
            form.put("seizures", "maybe");
            form.put("rest", "half an hour");
            Checks checks = new Checks();
            ReportValues.check(FIELDS, read(form), "values", checks);
            assertThatThrownBy(checks::orThrow).isInstanceOfSatisfying(InvalidInputException.class, e ->
                    assertThat(e.asMap()).containsEntry("values.pain", "is required")
                            .containsEntry("values.sleepHours", "must be a number")
                            .containsEntry("values.seizures", "must be true or false")
                            .containsEntry("values.rest", "must be a whole number of minutes, 0 or more"));
        }
    }
}

package no.sammen.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The report's records hash only what identifies them (JSON-B hashes every object it writes; ADR 0030), and still keep
 * the contract: equal records hash equal.
 */
class ShallowHashCodesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-24T08:00:00Z");
    private static final UUID ID = UUID.fromString("01a20ef2-f470-78f9-beaf-20f317726bd8");
    private static final UUID AUTHOR = UUID.fromString("01a20ef2-f469-7d25-96a6-e3e61aa3d71f");

    /** A value whose hash code must never be asked for. */
    private static final class Untouchable {
        @Override
        public int hashCode() {
            throw new AssertionError("hashed a value beneath the record");
        }
    }

    private static ReportTemplate template(List<TemplateField.FieldOption> options) {
        return new ReportTemplate("daily-report", 3, "Dagsrapport", "Daily report", true,
                List.of(new TemplateField("pain", "Smerte", "Pain", "scale", true, null, List.of(), null, null),
                        new TemplateField("mood", "Humør", "Mood", "single-choice", false, null, options, null, null)),
                AT);
    }

    private static Report report(Object value, List<TemplateField.FieldOption> options) {
        Map<String, Object> values = Map.of("pain", value);
        return new Report(ID, template(options), LocalDate.of(2026, 11, 24), "team", 2, values, AUTHOR, "Kari",
                AT, AT, List.of(new Report.Version(1, values, null, AUTHOR, "Kari", AT),
                        new Report.Version(2, values, "corrected", AUTHOR, "Kari", AT)));
    }

    @Test
    void equalReportsHashEqual() {
        List<TemplateField.FieldOption> options = List.of(new TemplateField.FieldOption("good", "God", "Good"));
        Report one = report(4, options);
        Report other = report(4, List.of(new TemplateField.FieldOption("good", "God", "Good")));

        assertThat(one).isEqualTo(other);
        assertThat(one.hashCode()).isEqualTo(other.hashCode());
        assertThat(one.template().hashCode()).isEqualTo(other.template().hashCode());
        assertThat(one.template().fields().get(1).hashCode()).isEqualTo(other.template().fields().get(1).hashCode());
        assertThat(one.history().get(1).hashCode()).isEqualTo(other.history().get(1).hashCode());
    }

    @Test
    void hashingAReportDoesNotWalkIntoItsValuesHistoryOrTemplateFields() {
        Report report = report(new Untouchable(), List.of());

        assertThatCode(report::hashCode).doesNotThrowAnyException();
        assertThatCode(() -> report.history().get(0).hashCode()).doesNotThrowAnyException();
    }
}

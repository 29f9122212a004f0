package no.sammen.records.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.NewTemplate;
import no.sammen.records.TemplateField;
import no.sammen.records.TemplateField.FieldOption;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateDefinitionsTest {

    static TemplateField text(String key) {
        return new TemplateField(key, "Etikett", "Label", "text", false, null, null, null, null);
    }

    static Map<String, String> problems(NewTemplate template) {
        Checks checks = new Checks();
        TemplateDefinitions.check(template, checks);
        try {
            checks.orThrow();
        } catch (InvalidInputException e) {
            return e.asMap();
        }
        return Map.of();
    }

    static NewTemplate template(TemplateField... fields) {
        return new NewTemplate("home-visit", "Hjemmebesøk", "Home visit", null, new ArrayList<>(List.of(fields)), null);
    }

    @Test
    void aGoodDefinitionPassesWithOptionsNeverNull() {
        Checks checks = new Checks();
        List<TemplateField> saved = TemplateDefinitions.check(template(text("notes"),
                new TemplateField("weight", "Vekt", "Weight", "number", true, "kg", null, BigDecimal.ONE,
                        new BigDecimal("150"))), checks);
        checks.orThrow();
        assertThat(saved).extracting(TemplateField::options).containsOnly(List.of());
    }

    @Test
    void namesTheTemplatesOwnProblems() {
        assertThat(problems(new NewTemplate("Daily Report", null, "x", null, List.of(), 0)))
                .containsOnlyKeys("key", "title", "fields", "basedOnVersion");
    }

    @Test
    void fieldKeysAreUnique() {
        assertThat(problems(template(text("notes"), text("mood"), text("notes"))))
                .containsOnlyKeys("fields[2].key")
                .containsEntry("fields[2].key", "must be unique: fields[0] has the same key");
    }

    @Test
    void typesMustBeKnown() {
        assertThat(problems(template(new TemplateField("x", "X", "X", "colour", false, null, null, null, null))))
                .containsOnlyKeys("fields[0].type");
    }

    @Test
    void choiceFieldsNeedOptionsAndOthersHaveNone() {
        var noOptions = new TemplateField("mood", "Humør", "Mood", "single-choice", true, null, List.of(), null, null);
        var optionsOnText = new TemplateField("notes", "Notater", "Notes", "text", false, null,
                List.of(new FieldOption("a", "A", "A"), new FieldOption("b", "B", "B")), null, null);
        var badOptions = new TemplateField("focus", "Tema", "Focus", "multiple-choice", false, null,
                List.of(new FieldOption("a", "A", "A"), new FieldOption("a", "B", null)), null, null);
        assertThat(problems(template(text("x"), text("y"), noOptions, optionsOnText, badOptions)))
                .containsOnlyKeys("fields[2].options", "fields[3].options", "fields[4].options[1].value",
                        "fields[4].options[1].labelEn");
    }

    @Test
    void aRangeOnlyOnNumbersAndDurationsWithMinNotAboveMax() {
        var upsideDown = new TemplateField("weight", "Vekt", "Weight", "number", false, "kg", null, BigDecimal.TEN,
                BigDecimal.ONE);
        var scaleRange = new TemplateField("pain", "Smerte", "Pain", "scale", false, null, null, null, BigDecimal.TEN);
        var fractionalMinutes = new TemplateField("rest", "Hvile", "Rest", "duration", false, null, null,
                new BigDecimal("0.5"), null);
        var unitOnScale = new TemplateField("energy", "Energi", "Energy", "scale", false, "kg", null, null, null);
        assertThat(problems(template(upsideDown, scaleRange, fractionalMinutes, unitOnScale)))
                .containsOnlyKeys("fields[0].max", "fields[1].max", "fields[2].min", "fields[3].unit");
    }

    @Test
    void everyFieldNeedsBothLabels() {
        assertThat(problems(template(new TemplateField("notes", " ", null, "text", false, null, null, null, null))))
                .containsOnlyKeys("fields[0].label", "fields[0].labelEn");
    }
}

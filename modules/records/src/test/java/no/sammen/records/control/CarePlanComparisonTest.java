package no.sammen.records.control;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.CarePlanDiff;
import no.sammen.records.CarePlanDiff.Line;
import no.sammen.records.CarePlanSections;
import no.sammen.records.CarePlanSections.Resuscitation;
import no.sammen.records.CarePlanSections.SymptomPlan;
import no.sammen.records.CarePlanSections.WhoToCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarePlanComparisonTest {

    private static final WhoToCall NURSE = new WhoToCall("Daytime", "Nina", "Nurse", "+47 900 00 010");
    private static final WhoToCall ON_CALL = new WhoToCall("Nights", "On call", "Hospital", "+47 22 00 00 00");
    private static final SymptomPlan PAIN = new SymptomPlan("Pain", "Paracetamol");
    private static final SymptomPlan SEIZURES = new SymptomPlan("Seizures", "Midazolam after 5 minutes");

    @Test
    void aChangedLineIsRemovedAndAddedBetweenUnchangedLines() {
        CarePlanDiff.TextDiff diff = CarePlanComparison.lines("Home\nSchool\nFriends", "Home\nSchool when able\nFriends");
        assertThat(diff.changed()).isTrue();
        assertThat(diff.lines()).containsExactly(new Line("unchanged", "Home"), new Line("removed", "School"),
                new Line("added", "School when able"), new Line("unchanged", "Friends"));
    }

    @Test
    void linesAreMatchedByLongestCommonSubsequence() {
        CarePlanDiff.TextDiff diff = CarePlanComparison.lines("a\nb\nc\nd", "b\nx\nd\ne");
        assertThat(diff.lines()).containsExactly(new Line("removed", "a"), new Line("unchanged", "b"),
                new Line("removed", "c"), new Line("added", "x"), new Line("unchanged", "d"), new Line("added", "e"));
    }

    @Test
    void equalTextsAndAFinalLineBreakAreNoChange() {
        assertThat(CarePlanComparison.lines("One\nTwo", "One\nTwo\n").changed()).isFalse();
        assertThat(CarePlanComparison.lines(null, "").changed()).isFalse();
        assertThat(CarePlanComparison.lines(null, "").lines()).isEmpty();
        assertThat(CarePlanComparison.lines("a\r\nb", "a\nb").changed()).isFalse();
    }

    @Test
    void aNewTextIsAllAddedAndARemovedTextAllRemoved() {
        assertThat(CarePlanComparison.lines(null, "At home").lines()).containsExactly(new Line("added", "At home"));
        assertThat(CarePlanComparison.lines("At home\nWith music", null).lines())
                .containsExactly(new Line("removed", "At home"), new Line("removed", "With music"));
    }

    @Test
    void aHugeMiddleIsShownAsRemovedThenAdded() {
        String a = "same\n" + "x\n".repeat(3000) + "end";
        String b = "same\n" + "y\n".repeat(3000) + "end";
        CarePlanDiff.TextDiff diff = CarePlanComparison.lines(a, b);
        assertThat(diff.lines()).hasSize(6002);
        assertThat(diff.lines().get(0)).isEqualTo(new Line("unchanged", "same"));
        assertThat(diff.lines().get(1).change()).isEqualTo("removed");
        assertThat(diff.lines().get(3001).change()).isEqualTo("added");
        assertThat(diff.lines().get(6001)).isEqualTo(new Line("unchanged", "end"));
    }

    @Test
    void listsShowItemsAddedAndRemovedAndAnEditedItemAsBoth() {
        SymptomPlan editedPain = new SymptomPlan("Pain", "Paracetamol; call the nurse above 3");
        CarePlanDiff.ListDiff<SymptomPlan> diff = CarePlanComparison.items(List.of(PAIN, SEIZURES),
                List.of(editedPain, SEIZURES));
        assertThat(diff.changed()).isTrue();
        assertThat(diff.added()).containsExactly(editedPain);
        assertThat(diff.removed()).containsExactly(PAIN);
        assertThat(diff.unchanged()).containsExactly(SEIZURES);
        assertThat(CarePlanComparison.items(List.of(NURSE, ON_CALL), List.of(ON_CALL, NURSE)).changed())
                .as("order alone is no change").isFalse();
        assertThat(CarePlanComparison.items(List.of(NURSE), List.of(NURSE, NURSE)).added())
                .as("duplicates count").containsExactly(NURSE);
        assertThat(CarePlanComparison.items(null, List.of(NURSE)).added()).containsExactly(NURSE);
    }

    @Test
    void theWholePlanIsComparedSectionBySection() {
        var v1 = new CarePlanSections("Comfort\nSchool", new Resuscitation("no-intubation", "Agreed"), "Home", null,
                List.of(PAIN), List.of(NURSE, ON_CALL));
        var v2 = new CarePlanSections("Comfort\nSchool when able", new Resuscitation("no-cpr", "Agreed"), "Home",
                "At home", List.of(PAIN, SEIZURES), List.of(NURSE, ON_CALL));
        CarePlanDiff diff = CarePlanComparison.compare(1, v1, 2, v2);
        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.changedSections()).containsExactly("goalsOfCare", "resuscitation", "preferredPlaceOfDeath",
                "symptomPlans");
        assertThat(diff.resuscitation().decision().from()).isEqualTo("no-intubation");
        assertThat(diff.resuscitation().decision().to()).isEqualTo("no-cpr");
        assertThat(diff.resuscitation().text().changed()).isFalse();
        assertThat(diff.preferredPlaceOfCare().changed()).isFalse();
        assertThat(diff.preferredPlaceOfCare().lines()).containsExactly(new Line("unchanged", "Home"));
        assertThat(diff.preferredPlaceOfDeath().lines()).containsExactly(new Line("added", "At home"));
        assertThat(diff.symptomPlans().added()).containsExactly(SEIZURES);
        assertThat(diff.whoToCall().changed()).isFalse();

        CarePlanDiff back = CarePlanComparison.compare(2, v2, 1, v1);
        assertThat(back.resuscitation().decision().from()).isEqualTo("no-cpr");
        assertThat(back.symptomPlans().removed()).containsExactly(SEIZURES);
        assertThat(CarePlanComparison.compare(1, v1, 1, v1).changedSections()).isEmpty();
    }

    @Test
    void aMissingResuscitationSectionComparesAsNoDecision() {
        var without = new CarePlanSections("Comfort", null, null, null, List.of(), List.of());
        var with = new CarePlanSections("Comfort", new Resuscitation("comfort-only", null), null, null, List.of(),
                List.of());
        CarePlanDiff diff = CarePlanComparison.compare(1, without, 2, with);
        assertThat(diff.changedSections()).containsExactly("resuscitation");
        assertThat(diff.resuscitation().decision().from()).isNull();
        assertThat(diff.resuscitation().decision().to()).isEqualTo("comfort-only");
    }

    @Test
    void sectionsAreValidatedFieldByField() {
        var bad = new CarePlanSections(" ", new Resuscitation("maybe", null), null, null,
                List.of(new SymptomPlan("Pain", null)), List.of(new WhoToCall("Nights", "On call", null, "call me")));
        Checks checks = new Checks();
        CarePlanRecords.validate(checks, bad);
        assertThatThrownBy(checks::orThrow).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.asMap()).containsOnlyKeys("sections.goalsOfCare", "sections.resuscitation.decision",
                        "sections.symptomPlans[0].plan", "sections.whoToCall[0].phone"));
        Checks none = new Checks();
        CarePlanRecords.validate(none, null);
        assertThat(none.ok()).isFalse();
        Checks good = new Checks();
        CarePlanRecords.validate(good, new CarePlanSections("Comfort", new Resuscitation("no-cpr", "x"), null, null,
                null, List.of(NURSE)));
        assertThat(good.ok()).isTrue();
    }
}

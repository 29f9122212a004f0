package no.sammen.access.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessDecision.Outcome;
import no.sammen.platform.Action;
import no.sammen.platform.Category;
import no.sammen.records.Relation;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRuleTest {

    private final AccessRule rule = new AccessRule(12, 16);

    private static CallerContext teacher(Set<Category> consented, boolean emergency) {
        return new CallerContext(Relation.MEMBER, 14,
                Map.of(Category.IDENTITY, Set.of("name"), Category.DAILY_REPORTS, Set.of("mood", "notes"),
                        Category.CHAT, Set.of("*")),
                Map.of(Category.DAILY_REPORTS, Set.of("mood")), consented, emergency);
    }

    private static CallerContext family(Relation relation, int age) {
        return new CallerContext(relation, age, Map.of(), Map.of(), Set.of(), false);
    }

    @Test
    void noRelationHidesTheChildWhateverIsAsked() {
        for (Category c : Category.values()) {
            for (Action a : Action.values()) {
                assertThat(rule.decide(CallerContext.none(), c, a).outcome()).isEqualTo(Outcome.HIDDEN);
            }
        }
    }

    @Test
    void aMemberNeedsScopeAndConsentAndGetsTheScopesFieldsOnly() {
        AccessDecision reports = rule.decide(teacher(EnumSet.of(Category.DAILY_REPORTS), false),
                Category.DAILY_REPORTS, Action.READ);
        assertThat(reports.permitted()).isTrue();
        assertThat(reports.basis()).isEqualTo("consent");
        assertThat(reports.releases("mood")).isTrue();
        assertThat(reports.releases("pain")).isFalse();

        assertThat(rule.decide(teacher(Set.of(), false), Category.DAILY_REPORTS, Action.READ).outcome())
                .as("no consent").isEqualTo(Outcome.FORBIDDEN);
        assertThat(rule.decide(teacher(EnumSet.allOf(Category.class), false), Category.MEDICATIONS, Action.READ)
                .outcome()).as("consent but outside the scope").isEqualTo(Outcome.FORBIDDEN);
        assertThat(rule.decide(teacher(EnumSet.of(Category.CHAT), false), Category.CHAT, Action.WRITE).outcome())
                .as("read scope only").isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void membershipAloneGivesTheTeamTheConsentsAndTheNameWithinScope() {
        CallerContext none = teacher(Set.of(), false);
        assertThat(rule.decide(none, Category.CARE_TEAM, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(none, Category.CARE_TEAM, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(none, Category.CONSENTS, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(none, Category.CONSENTS, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(none, Category.ACCESS_LOG, Action.READ).permitted()).isFalse();
        AccessDecision identity = rule.decide(none, Category.IDENTITY, Action.READ);
        assertThat(identity.releases("name")).isTrue();
        assertThat(identity.releases("birth-date")).isFalse();
    }

    @Test
    void theCoordinatorChangesTheTeam() {
        var coordinator = new CallerContext(Relation.COORDINATOR, 14, Map.of(), Map.of(), Set.of(), false);
        assertThat(rule.decide(coordinator, Category.CARE_TEAM, Action.WRITE).permitted()).isTrue();
    }

    @Test
    void emergencyAccessReleasesEveryDataFieldForReadingOnly() {
        CallerContext glass = teacher(Set.of(), true);
        AccessDecision medications = rule.decide(glass, Category.MEDICATIONS, Action.READ);
        assertThat(medications.basis()).isEqualTo("emergency");
        assertThat(medications.releasesAll()).isTrue();
        assertThat(rule.decide(glass, Category.MEDICATIONS, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(glass, Category.ACCESS_LOG, Action.READ).permitted()).isFalse();
    }

    @Test
    void guardiansConsentUntilTheOwnConsentAgeThenTheChildDoes() {
        assertThat(rule.decide(family(Relation.GUARDIAN, 15), Category.CONSENTS, Action.WRITE).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.GUARDIAN, 16), Category.CONSENTS, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(family(Relation.GUARDIAN, 16), Category.CONSENTS, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.CHILD, 15), Category.CONSENTS, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(family(Relation.CHILD, 16), Category.CONSENTS, Action.WRITE).permitted()).isTrue();
    }

    @Test
    void theChildTakesPartFromTheConfidentialAge() {
        assertThat(rule.decide(family(Relation.CHILD, 11), Category.DAILY_REPORTS, Action.READ).permitted())
                .isFalse();
        assertThat(rule.decide(family(Relation.CHILD, 12), Category.DAILY_REPORTS, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.CHILD, 12), Category.OBSERVATIONS, Action.WRITE).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.CHILD, 12), Category.DAILY_REPORTS, Action.WRITE).permitted())
                .isFalse();
    }

    @Test
    void guardiansReadWhatIsSharedAndWriteReportsAndObservations() {
        CallerContext guardian = family(Relation.GUARDIAN, 14);
        assertThat(rule.decide(guardian, Category.MEDICATIONS, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(guardian, Category.ACCESS_LOG, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(guardian, Category.DAILY_REPORTS, Action.WRITE).permitted()).isTrue();
        assertThat(rule.decide(guardian, Category.CARE_PLAN, Action.WRITE).permitted()).isFalse();
        assertThat(rule.decide(guardian, Category.CARE_TEAM, Action.WRITE).permitted()).isFalse();
    }

    @Test
    void aFamilyThatWantsLessIsShownLess() {
        var guardian = new CallerContext(Relation.GUARDIAN, 14, Map.of(), Map.of(), Set.of(), false,
                EnumSet.of(Category.IDENTITY, Category.CARE_PLAN));
        assertThat(rule.decide(guardian, Category.DAILY_REPORTS, Action.READ).outcome()).isEqualTo(Outcome.FORBIDDEN);
        assertThat(rule.decide(guardian, Category.DAILY_REPORTS, Action.WRITE).outcome()).isEqualTo(Outcome.FORBIDDEN);
        assertThat(rule.decide(guardian, Category.CARE_PLAN, Action.READ).permitted()).isTrue();
        assertThat(rule.decide(guardian, Category.CONSENTS, Action.WRITE).permitted()).as("still decides on consents")
                .isTrue();
        assertThat(rule.decide(guardian, Category.CARE_TEAM, Action.READ).permitted()).isTrue();
    }

    @Test
    void theFamilyAndTheAdolescentTakePartInTheChat() {
        assertThat(rule.decide(family(Relation.GUARDIAN, 14), Category.CHAT, Action.WRITE).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.CHILD, 14), Category.CHAT, Action.WRITE).permitted()).isTrue();
        assertThat(rule.decide(family(Relation.CHILD, 11), Category.CHAT, Action.READ).permitted())
                .as("younger children are represented by their guardians").isFalse();
        var notShown = new CallerContext(Relation.GUARDIAN, 14, Map.of(), Map.of(), Set.of(), false,
                EnumSet.of(Category.DAILY_REPORTS));
        assertThat(rule.decide(notShown, Category.CHAT, Action.WRITE).permitted())
                .as("the family chose not to be shown the chat").isFalse();
    }
}

package no.sammen.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.sammen.records.Relation;

class ParticipationTest {

    @Test
    void theTeamThreadIsTheTeamsAndTheGuardiansOnlyWhenTheFamilyTakesPart() {
        assertThat(Participation.takesPart(Relation.MEMBER, "team", false, false)).isTrue();
        assertThat(Participation.takesPart(Relation.COORDINATOR, "team", false, false)).isTrue();
        assertThat(Participation.takesPart(Relation.GUARDIAN, "team", false, false)).isFalse();
        assertThat(Participation.takesPart(Relation.GUARDIAN, "team", true, false)).isTrue();
        assertThat(Participation.takesPart(Relation.CHILD, "team", true, false)).isFalse();
    }

    @Test
    void theFamilyThreadIsTheGuardiansAndTheTeams() {
        assertThat(Participation.takesPart(Relation.GUARDIAN, "family", false, false)).isTrue();
        assertThat(Participation.takesPart(Relation.MEMBER, "family", false, false)).isTrue();
        assertThat(Participation.takesPart(Relation.CHILD, "family", false, false)).isFalse();
        assertThat(Participation.takesPart(Relation.NONE, "family", false, false)).isFalse();
    }

    @Test
    void chosenThreadsAreTheChosenWhileTheyStandWhereTheyStood() {
        assertThat(Participation.takesPart(Relation.MEMBER, "group", false, true)).isTrue();
        assertThat(Participation.takesPart(Relation.MEMBER, "group", false, false)).as("not chosen").isFalse();
        assertThat(Participation.takesPart(Relation.NONE, "group", false, true)).as("left the team").isFalse();
        assertThat(Participation.takesPart(Relation.CHILD, "confidential", false, true)).isTrue();
        assertThat(Participation.takesPart(Relation.MEMBER, "confidential", false, true)).isTrue();
        assertThat(Participation.takesPart(Relation.GUARDIAN, "confidential", false, true))
                .as("never the guardians, even if a row said so").isFalse();
        assertThat(Participation.takesPart(Relation.MEMBER, "confidential", false, false)).isFalse();
    }
}

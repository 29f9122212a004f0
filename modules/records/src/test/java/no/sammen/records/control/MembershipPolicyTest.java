package no.sammen.records.control;

import org.junit.jupiter.api.Test;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.Action;
import no.sammen.platform.Category;
import no.sammen.records.Relation;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipPolicyTest {

    @Test
    void theAccessLogIsTheFamilysToReadAndNobodysToWrite() {
        assertThat(MembershipPolicy.decide(Relation.GUARDIAN, Category.ACCESS_LOG, Action.READ))
                .isEqualTo(AccessDecision.permit("guardian"));
        assertThat(MembershipPolicy.decide(Relation.CHILD, Category.ACCESS_LOG, Action.READ))
                .isEqualTo(AccessDecision.permit("child"));
        for (Relation team : new Relation[]{Relation.MEMBER, Relation.COORDINATOR}) {
            assertThat(MembershipPolicy.decide(team, Category.ACCESS_LOG, Action.READ).outcome())
                    .isEqualTo(AccessDecision.Outcome.FORBIDDEN);
        }
        assertThat(MembershipPolicy.decide(Relation.GUARDIAN, Category.ACCESS_LOG, Action.WRITE).outcome())
                .isEqualTo(AccessDecision.Outcome.FORBIDDEN);
        assertThat(MembershipPolicy.decide(Relation.NONE, Category.ACCESS_LOG, Action.READ).outcome())
                .isEqualTo(AccessDecision.Outcome.HIDDEN);
    }
}

package no.sammen.access.control;

import java.util.Set;

import org.junit.jupiter.api.Test;

import no.sammen.platform.AccessDecision;

import static org.assertj.core.api.Assertions.assertThat;

class CallerContextsTest {

    @Test
    void theOrganisationIsThatOfTheMembershipsSortedOrNone() {
        assertThat(CallerContexts.organisation(Set.of("Physiotherapy, Bergen municipality")))
                .isEqualTo("Physiotherapy, Bergen municipality");
        assertThat(CallerContexts.organisation(Set.of("Home care", "Fjell school"))).isEqualTo("Fjell school; Home care");
        assertThat(CallerContexts.organisation(Set.of(" "))).isNull();
        assertThat(CallerContexts.organisation(Set.of())).isNull();
    }

    @Test
    void aDecisionNamesTheOrganisationWithoutChangingWhatItDecides() {
        AccessDecision refused = AccessDecision.forbidden("outside the profession's scope").withOrganisation("Home care");
        assertThat(refused.permitted()).isFalse();
        assertThat(refused.fields()).isEmpty();
        assertThat(refused.organisation()).isEqualTo("Home care");
        AccessDecision permitted = AccessDecision.permit("consent", Set.of("pain")).withOrganisation("Home care");
        assertThat(permitted.releases("pain")).isTrue();
        assertThat(permitted.basis()).isEqualTo("consent");
        assertThat(AccessDecision.permit("guardian").organisation()).isNull();
    }
}

package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberedParametersTest {

    @Test
    void turnsEachNumberedParameterIntoAPlaceholderAndRemembersWhichItWas() {
        NumberedParameters p = NumberedParameters.of(FacadeQueries.RELATION);
        assertThat(p.sql()).doesNotContain("?1").doesNotContain("?2").doesNotContain("?3");
        assertThat(p.sql().chars().filter(c -> c == '?').count()).isEqualTo(7);
        assertThat(p.order()).containsExactly(1, 2, 3, 3, 1, 2, 1);
    }

    @Test
    void readsNumbersOfMoreThanOneDigitAndLeavesLiteralsAlone() {
        NumberedParameters p = NumberedParameters.of("select '?1' from t where a = ?12 and b = ?2");
        assertThat(p.sql()).isEqualTo("select '?1' from t where a = ? and b = ?");
        assertThat(p.order()).containsExactly(12, 2);
    }

    @Test
    void theHandoverQueryTakesTheChildThenTheWindow() {
        assertThat(NumberedParameters.of(FacadeQueries.HANDOVER).order()).containsExactly(1, 2);
        assertThat(NumberedParameters.of(FacadeQueries.OPEN_TASKS).order()).containsExactly(1, 2);
        assertThat(NumberedParameters.of(FacadeQueries.TIMELINE_PAGE).order()).containsExactly(1);
        assertThat(NumberedParameters.of(FacadeQueries.UNREAD_MESSAGES).order()).containsExactly(2, 2, 1, 2);
    }
}

package no.sammen.access.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.sammen.access.CategoryScope;
import no.sammen.platform.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopesInForceTest {

    private static final Map<String, Map<String, CategoryScope>> SCOPES = Map.of(
            "teacher", Map.of("daily-reports", new CategoryScope(List.of("mood", "notes"), List.of("mood"))),
            "FT", Map.of("daily-reports", new CategoryScope(List.of("pain"), List.of()),
                    "observations", new CategoryScope(List.of("*"), List.of("*"))),
            "LE", Map.of("daily-reports", new CategoryScope(List.of("*"), List.of("*"))));

    @Test
    void theProfessionsScopesAreUnitedCategoryByCategory() {
        ScopesInForce.Merged merged = ScopesInForce.merge(SCOPES, Set.of("teacher", "FT"));
        assertThat(merged.readable()).containsOnlyKeys(Category.DAILY_REPORTS, Category.OBSERVATIONS);
        assertThat(merged.readable().get(Category.DAILY_REPORTS)).containsExactlyInAnyOrder("mood", "notes", "pain");
        assertThat(merged.writable().get(Category.DAILY_REPORTS)).containsExactly("mood");
        assertThat(merged.writable().get(Category.OBSERVATIONS)).containsExactly("*");
    }

    @Test
    void everyFieldOfOneProfessionOutweighsTheNamedFieldsOfAnother() {
        ScopesInForce.Merged merged = ScopesInForce.merge(SCOPES, Set.of("teacher", "LE"));
        assertThat(merged.readable().get(Category.DAILY_REPORTS)).containsExactly("*");
        assertThat(merged.writable().get(Category.DAILY_REPORTS)).containsExactly("*");
    }

    @Test
    void aProfessionWithoutAScopeAddsNothing() {
        assertThat(ScopesInForce.merge(SCOPES, Set.of("astronaut")).readable()).isEmpty();
        assertThat(ScopesInForce.merge(SCOPES, Set.of()).writable()).isEmpty();
    }

    @Test
    void whatIsKeptForEveryoneCannotBeChangedByOneRequest() {
        ScopesInForce.Merged merged = ScopesInForce.merge(SCOPES, Set.of("teacher"));
        assertThatThrownBy(() -> merged.readable().put(Category.MEDICATIONS, Set.of("*")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> merged.readable().get(Category.DAILY_REPORTS).add("pain"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

package no.sammen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EdgeFilterTest {

    /** The policy as directive name → its source list; fails on a repeated directive. */
    private static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> tokens = Arrays.asList(directive.trim().split("\\s+"));
            assertThat(parsed).as("repeated directive %s", tokens.get(0)).doesNotContainKey(tokens.get(0));
            parsed.put(tokens.get(0), tokens.subList(1, tokens.size()));
        }
        return parsed;
    }

    @Test
    void lockedDownDefaults() {
        var csp = directives(EdgeFilter.contentSecurityPolicy(List.of("https://login.example")));

        assertThat(csp.get("default-src")).containsExactly("'self'");
        assertThat(csp.get("object-src")).containsExactly("'none'");
        assertThat(csp.get("frame-ancestors")).containsExactly("'none'");
        assertThat(csp.get("base-uri")).containsExactly("'self'");
        assertThat(csp.values()).allSatisfy(sources -> assertThat(sources).doesNotContain("*", "http:", "https:"));
    }

    @Test
    void formActionListsSelfAndExactlyTheProviders() {
        var csp = directives(EdgeFilter.contentSecurityPolicy(
                List.of("https://login.idporten.no", "https://helseid-sts.nhn.no:8443")));

        assertThat(csp.get("form-action"))
                .containsExactly("'self'", "https://login.idporten.no", "https://helseid-sts.nhn.no:8443");
    }

    @Test
    void withoutProvidersFormsMayOnlyGoToSammen() {
        var csp = directives(EdgeFilter.contentSecurityPolicy(List.of()));
        assertThat(csp.get("form-action")).containsExactly("'self'");
        assertThat(csp.get("default-src")).containsExactly("'self'");
    }

    @Test
    void providersAppearNowhereButFormAction() {
        var csp = directives(EdgeFilter.contentSecurityPolicy(List.of("https://idp.example")));
        csp.forEach((name, sources) -> {
            if (!name.equals("form-action")) {
                assertThat(sources).as(name).doesNotContain("https://idp.example");
            }
        });
    }
}

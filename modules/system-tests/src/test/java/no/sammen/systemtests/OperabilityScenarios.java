package no.sammen.systemtests;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and API users rely on before anyone signs in. */
abstract class OperabilityScenarios extends Scenario {

    private final HttpBrowser browser = new HttpBrowser();

    @Test
    void readinessChecksTheDatabase() {
        HttpResponse<String> ready = browser.get(base() + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready.body()).getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("database");
        assertThat(browser.get(base() + "/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        HttpResponse<String> openapi = browser.get(base() + "/openapi", java.util.Map.of("Accept", "*/*"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/me").contains("bearer");
    }

    @Test
    void everyAnswerCarriesARequestIdAndSecurityHeaders() {
        HttpResponse<String> start = browser.get(base() + "/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(start.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'")
                        .contains("object-src 'none'"));
        assertThat(start.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(start.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theStartPageOffersBothLoginsInBothLanguages() {
        HttpResponse<String> norwegian = browser.get(base() + "/?lang=nb");
        assertThat(norwegian.body()).contains("Helsepersonell").contains("/login/start/health")
                .contains("/login/start/citizen").contains("name=\"viewport\"");
        HttpResponse<String> english = browser.get(base() + "/?lang=en");
        assertThat(english.body()).contains("Health personnel").contains("Sign in with ID-porten");
    }

    @Test
    void anUnknownApiPathAnswersAProblemNotAStackTrace() {
        HttpResponse<String> missing = api(browser, "GET", "/api/no-such-thing", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(missing.body()).getInt("status")).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at no.sammen");
    }
}

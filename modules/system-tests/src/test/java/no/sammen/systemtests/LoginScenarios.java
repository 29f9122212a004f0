package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through the development national-ID provider, and every flow defect from the security baseline: each
 * answers 401 with a body that explains nothing, and leaves no person and no session behind.
 */
abstract class LoginScenarios extends Scenario {

    @ParameterizedTest(name = "{0} signs in and sees the {1} home page")
    @CsvSource({
            "kari, professional, Kari Fysio, FT",
            "lars, professional, Lars Lege, LE",
            "nina, professional, Nina Sykepleier, coordinator",
            "mor, guardian, Marit Mor, ",
            "emma, child, Emma, ",
            "admin, admin, Ada Admin, ",
            "tone, professional, Tone Lærer, teacher"})
    void personasSignInAndSeeTheirHomePage(String username, String kind, String name, String profession) {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = signIn(browser, persona(username));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/app/home.xhtml");
        assertThat(home.body()).contains(name).contains("data-kind=\"" + kind + "\"");
        if (profession != null) {
            assertThat(home.body()).contains(profession);
        }
    }

    @Test
    void theAuthorizationRequestUsesPkceS256StateAndNonce() {
        HttpBrowser browser = new HttpBrowser();
        String authorizeUrl = startLogin(browser, "citizen", null);
        assertThat(authorizeUrl).startsWith(env().identityProvider().issuerUrl("idporten") + "/authorize");
        assertThat(queryParameter(authorizeUrl, "code_challenge_method")).isEqualTo("S256");
        assertThat(queryParameter(authorizeUrl, "code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(queryParameter(authorizeUrl, "state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(queryParameter(authorizeUrl, "nonce")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(queryParameter(authorizeUrl, "acr_values")).isEqualTo("idporten-loa-high");
        assertThat(queryParameter(authorizeUrl, "redirect_uri")).isEqualTo(base() + "/login/callback/citizen");
        String second = startLogin(browser, "citizen", null);
        assertThat(queryParameter(second, "state")).isNotEqualTo(queryParameter(authorizeUrl, "state"));
        assertThat(queryParameter(second, "code_challenge")).isNotEqualTo(queryParameter(authorizeUrl, "code_challenge"));
    }

    @Test
    void theSessionIdIsRotatedAtLogin() {
        HttpBrowser browser = new HttpBrowser();
        Persona mor = persona("mor");
        String authorizeUrl = startLogin(browser, "citizen", null);
        String before = sessionCookie(browser);
        assertThat(before).as("a session holds the login attempt").isNotNull();
        HttpResponse<String> callback = browser.get(authorize(browser, authorizeUrl, mor.username(), mor.claims()));
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(sessionCookie(browser)).isNotNull().isNotEqualTo(before);
        assertThat(browser.setCookieHeaders).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("__Host-SAMMEN=")
                .contains("Path=/").contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Domain="));
    }

    @Test
    void aReturnToOutsideSammenIsIgnored() {
        HttpBrowser browser = new HttpBrowser();
        Persona mor = persona("mor");
        for (String evil : new String[]{"https://evil.example/", "//evil.example/x", "/\\evil.example"}) {
            String authorizeUrl = startLogin(browser, "citizen", evil);
            HttpResponse<String> callback = browser.get(authorize(browser, authorizeUrl, mor.username(), mor.claims()));
            assertThat(HttpBrowser.location(callback)).isEqualTo(base() + "/app/home.xhtml");
        }
    }

    @Test
    void aCallbackWithoutStateIsRefused() {
        assertRefusedWithoutTrace(browser -> base() + "/login/callback/citizen?code=abc");
    }

    @Test
    void aCallbackWithAForeignStateIsRefused() {
        assertRefusedWithoutTrace(browser -> {
            String authorizeUrl = startLogin(browser, "citizen", null);
            String callback = authorize(browser, authorizeUrl, "mor", persona("mor").claims());
            return callback.replaceFirst("state=[^&]+", "state=" + randomUrlSafe(32));
        });
    }

    @Test
    void aReplayedCallbackIsRefused() {
        HttpBrowser browser = new HttpBrowser();
        String authorizeUrl = startLogin(browser, "citizen", null);
        String callback = authorize(browser, authorizeUrl, "mor", persona("mor").claims());
        assertThat(browser.get(callback).statusCode()).isEqualTo(302);
        long sessions = count("select count(*) from identity.login_session");
        HttpResponse<String> replay = browser.get(callback);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from identity.login_session")).isEqualTo(sessions);
    }

    @Test
    void aCodeInjectedIntoAnotherBrowserIsRefused() {
        HttpBrowser victim = new HttpBrowser();
        HttpBrowser attacker = new HttpBrowser();
        String attackerAuthorize = startLogin(attacker, "citizen", null);
        String attackerCallback = authorize(attacker, attackerAuthorize, "far", persona("far").claims());
        startLogin(victim, "citizen", null);
        long sessions = count("select count(*) from identity.login_session");
        HttpResponse<String> injected = victim.get(attackerCallback);
        assertThat(injected.statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from identity.login_session")).isEqualTo(sessions);
    }

    @Test
    void anAnswerArrivingAtTheOtherProvidersCallbackIsRefused() {
        assertRefusedWithoutTrace(browser -> {
            String authorizeUrl = startLogin(browser, "citizen", null);
            String callback = authorize(browser, authorizeUrl, "mor", persona("mor").claims());
            return callback.replace("/login/callback/citizen", "/login/callback/health");
        });
    }

    @Test
    void anIssParameterNamingAnotherIssuerIsRefused() {
        assertRefusedWithoutTrace(browser -> {
            String authorizeUrl = startLogin(browser, "citizen", null);
            String callback = authorize(browser, authorizeUrl, "mor", persona("mor").claims());
            return callback + "&iss=" + java.net.URLEncoder.encode(env().identityProvider().issuerUrl("helseid"),
                    java.nio.charset.StandardCharsets.UTF_8);
        });
    }

    @Test
    void aProviderErrorIsRefused() {
        assertRefusedWithoutTrace(browser -> {
            String authorizeUrl = startLogin(browser, "citizen", null);
            return base() + "/login/callback/citizen?error=access_denied&state=" + queryParameter(authorizeUrl, "state");
        });
    }

    @Test
    void aLowerCitizenLevelIsRefused() {
        Persona mor = persona("mor");
        assertLoginRefused(mor, claimsWith(mor, Map.of("acr", "idporten-loa-substantial")));
    }

    @Test
    void aMissingCitizenLevelIsRefused() {
        Persona mor = persona("mor");
        java.util.Map<String, Object> remove = new java.util.HashMap<>();
        remove.put("acr", null);
        assertLoginRefused(mor, claimsWith(mor, remove));
    }

    @Test
    void healthPersonnelBelowSecurityLevelFourAreRefused() {
        Persona kari = persona("kari");
        assertLoginRefused(kari, claimsWith(kari, Map.of("helseid://claims/identity/security_level", "3")));
    }

    @Test
    void aLoginWithoutNationalIdIsRefused() {
        Persona mor = persona("mor");
        java.util.Map<String, Object> remove = new java.util.HashMap<>();
        remove.put("pid", null);
        assertLoginRefused(mor, claimsWith(mor, remove));
    }

    @Test
    void aLoginWithAnInvalidNationalIdIsRefused() {
        Persona mor = persona("mor");
        assertLoginRefused(mor, claimsWith(mor, Map.of("pid", "21858310049")));
    }

    private void assertLoginRefused(Persona persona, String claims) {
        long people = count("select count(*) from identity.person");
        long sessions = count("select count(*) from identity.login_session");
        HttpBrowser browser = new HttpBrowser();
        String authorizeUrl = startLogin(browser, providerOf(persona), null);
        // A fresh username, so that nothing about an existing persona could satisfy the assertion by accident.
        HttpResponse<String> answer = browser.get(authorize(browser, authorizeUrl, "refused-" + randomUrlSafe(4), claims));
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("acr").doesNotContain("pid");
        assertThat(count("select count(*) from identity.person")).as("no person created").isEqualTo(people);
        assertThat(count("select count(*) from identity.login_session")).as("no session").isEqualTo(sessions);
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).as("still signed out").isEqualTo(302);
    }

    private void assertRefusedWithoutTrace(java.util.function.Function<HttpBrowser, String> callbackUrl) {
        HttpBrowser browser = new HttpBrowser();
        String url = callbackUrl.apply(browser);
        long sessions = count("select count(*) from identity.login_session");
        HttpResponse<String> answer = browser.get(url);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("state");
        assertThat(count("select count(*) from identity.login_session")).isEqualTo(sessions);
        HttpResponse<String> problem = browser.get(url, Map.of("Accept", "application/json"));
        assertThat(problem.statusCode()).isEqualTo(401);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    static String sessionCookie(HttpBrowser browser) {
        var cookies = browser.cookies(hostPort());
        return cookies.entrySet().stream().filter(e -> e.getKey().contains("SAMMEN"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}

package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/** A login session's life: logout, front-channel logout from the provider, timeouts, and its CSRF guard. */
abstract class SessionScenarios extends Scenario {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void logoutNeedsTheSessionsTokenAndEndsBothSessions() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = signIn(browser, persona("ola"));
        String token = csrfToken(home);

        HttpResponse<String> forged = browser.postForm(base() + "/logout", Map.of("csrf", "not-the-token"),
                Map.of("Origin", base()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).as("still signed in").isEqualTo(200);

        HttpResponse<String> logout = browser.postForm(base() + "/logout", Map.of("csrf", token), Map.of("Origin", base()));
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = HttpBrowser.location(logout);
        assertThat(endSession).startsWith(env().identityProvider().issuerUrl("helseid") + "/endsession");
        assertThat(queryParameter(endSession, "post_logout_redirect_uri")).isEqualTo(base() + "/signed-out.xhtml");
        assertThat(queryParameter(endSession, "id_token_hint")).isNotBlank();

        HttpResponse<String> after = browser.get(base() + "/app/home.xhtml");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(after)).startsWith(base() + "/?returnTo=");
        assertThat(count("select count(*) from identity.login_session where end_reason = 'logout'")).isPositive();
    }

    @Test
    void logoutCannotBeTurnedIntoAnOpenRedirect() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = signIn(browser, persona("per"));
        HttpResponse<String> logout = browser.postForm(base() + "/logout?post_logout_redirect_uri=https://evil.example",
                Map.of("csrf", csrfToken(home), "post_logout_redirect_uri", "https://evil.example",
                        "returnTo", "https://evil.example"), Map.of("Origin", base()));
        assertThat(queryParameter(HttpBrowser.location(logout), "post_logout_redirect_uri"))
                .isEqualTo(base() + "/signed-out.xhtml");
    }

    @Test
    void frontChannelLogoutEndsTheSessionWithThatSidOnly() {
        Persona kari = persona("kari");
        String sid = "sid-" + randomUrlSafe(8);
        HttpBrowser browser = new HttpBrowser();
        assertThat(signIn(browser, kari, claimsWith(kari, Map.of("sid", sid))).statusCode()).isEqualTo(200);
        String issuer = env().identityProvider().issuerUrl("helseid");

        HttpBrowser provider = new HttpBrowser();
        assertThat(provider.get(base() + "/logout/frontchannel/health?iss=" + issuer + "&sid=forged-" + sid)
                .statusCode()).isEqualTo(200);
        assertThat(provider.get(base() + "/logout/frontchannel/health?iss=https://evil.example&sid=" + sid)
                .statusCode()).isEqualTo(200);
        assertThat(provider.get(base() + "/logout/frontchannel/citizen?iss="
                + env().identityProvider().issuerUrl("idporten") + "&sid=" + sid).statusCode()).isEqualTo(200);
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).as("forged logouts end nothing").isEqualTo(200);

        HttpResponse<String> real = provider.get(base() + "/logout/frontchannel/health?iss=" + issuer + "&sid=" + sid);
        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(real.headers().firstValue("X-Frame-Options")).as("the provider frames this page").isEmpty();
        assertThat(real.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors").contains(java.net.URI.create(issuer).getAuthority()));
        assertThat(real.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).as("the real one does").isEqualTo(302);
    }

    @Test
    void anIdleSessionEnds() {
        HttpBrowser browser = new HttpBrowser();
        Persona far = persona("far");
        String sid = "idle-" + randomUrlSafe(8);
        assertThat(signIn(browser, far, claimsWith(far, Map.of("sid", sid))).statusCode()).isEqualTo(200);
        execute("update identity.login_session set last_seen_at = now() - interval '31 minutes' where sid = '" + sid + "'");
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from identity.login_session where sid = '" + sid
                + "' and end_reason = 'idle_timeout'")).isEqualTo(1);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLimitHoweverActive() {
        HttpBrowser browser = new HttpBrowser();
        Persona far = persona("far");
        String sid = "absolute-" + randomUrlSafe(8);
        assertThat(signIn(browser, far, claimsWith(far, Map.of("sid", sid))).statusCode()).isEqualTo(200);
        execute("update identity.login_session set started_at = now() - interval '12 hours 1 minute' where sid = '" + sid + "'");
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from identity.login_session where sid = '" + sid
                + "' and end_reason = 'absolute_timeout'")).isEqualTo(1);
    }

    @Test
    void sessionsOverForADayAreForgottenAtTheNextLogin() {
        String mark = "forget-" + randomUrlSafe(8);
        String insert = "insert into identity.login_session (id, person_id, provider, sid, started_at, last_seen_at, "
                + "ended_at, end_reason) select gen_random_uuid(), id, 'health', '" + mark + "-%s', now() - interval "
                + "'%s', now() - interval '%s', %s, %s from identity.person order by id limit 1";
        execute(String.format(insert, "ended-long-ago", "26 hours", "25 hours", "now() - interval '25 hours'", "'logout'"));
        execute(String.format(insert, "abandoned", "30 hours", "25 hours", "null", "null"));
        execute(String.format(insert, "ended-lately", "3 hours", "2 hours", "now() - interval '2 hours'", "'logout'"));
        execute(String.format(insert, "idle-lately", "3 hours", "2 hours", "null", "null"));
        assertThat(count("select count(*) from identity.login_session where sid like '" + mark + "-%'")).isEqualTo(4);

        HttpBrowser browser = new HttpBrowser();
        assertThat(signIn(browser, persona("lars")).statusCode()).isEqualTo(200);

        assertThat(count("select count(*) from identity.login_session where sid like '" + mark + "-%'"))
                .as("the two over for more than a day are gone").isEqualTo(2);
        assertThat(count("select count(*) from identity.login_session where sid in ('" + mark + "-ended-lately', '"
                + mark + "-idle-lately')")).isEqualTo(2);
        assertThat(browser.get(base() + "/app/home.xhtml").statusCode()).as("the new session works").isEqualTo(200);
    }

    @Test
    void stateChangingApiCallsWithTheSessionCookieNeedTheCsrfToken() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = signIn(browser, persona("siri"));
        HttpResponse<String> withoutToken = api(browser, "POST", "/api/me", null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        var withToken = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/me"))
                .header("X-CSRF-Token", csrfToken(home)).header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(browser.send(withToken, base() + "/api/me").statusCode()).as("past the guard: no such method")
                .isEqualTo(405);
        assertThat(api(browser, "GET", "/api/me", null).statusCode()).as("reads need no token").isEqualTo(200);
    }

    @Test
    void aCrossSiteFormPostIsRefused() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> home = signIn(browser, persona("siri"));
        HttpResponse<String> crossSite = browser.postForm(base() + "/app/home.xhtml", Map.of("x", "y"),
                Map.of("Origin", "https://evil.example"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(home.statusCode()).isEqualTo(200);
    }

    static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the page carries the logout form's token").isTrue();
        return m.group(1);
    }
}

package no.sammen.systemtests;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login against a provider that refuses what the production providers refuse: an authorization request that was
 * not pushed (PAR), a missing PKCE challenge, and any client authentication but {@code private_key_jwt}. That Sammen
 * gets through proves it pushes the request, sends PKCE and signs a valid client assertion; the refusals below prove
 * the provider would have caught it otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EnforcingProviderScenarios extends Scenario {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @BeforeAll
    void keycloakIsReady() {
        env().keycloak().awaitReady(Duration.ofMinutes(4));
    }

    @Test
    void signsInWithPushedRequestAndPrivateKeyJwt() {
        HttpBrowser browser = new HttpBrowser();
        String authorizeUrl = startLogin(browser, "enforcing", "/app/home.xhtml");
        String issuer = env().keycloak().issuer();
        assertThat(authorizeUrl).startsWith(issuer + "/protocol/openid-connect/auth");
        assertThat(queryParameter(authorizeUrl, "request_uri")).startsWith("urn:ietf:params:oauth:request_uri:");
        assertThat(queryParameter(authorizeUrl, "code_challenge")).as("pushed, not in the URL").isNull();
        assertThat(queryParameter(authorizeUrl, "state")).as("pushed, not in the URL").isNull();

        HttpResponse<String> loginPage = browser.follow(browser.get(authorizeUrl));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        HttpResponse<String> answer = browser.postForm(action.group(1).replace("&amp;", "&"),
                Map.of("username", Keycloak.USERNAME, "password", Keycloak.PASSWORD, "credentialId", ""));
        assertThat(answer.statusCode()).isEqualTo(302);
        String callback = HttpBrowser.location(answer);
        assertThat(callback).startsWith(base() + "/login/callback/enforcing");
        assertThat(queryParameter(callback, "iss")).as("RFC 9207").isEqualTo(issuer);

        HttpResponse<String> home = browser.follow(browser.get(callback));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/app/home.xhtml");
        assertThat(home.body()).contains("Marit Mor").contains("data-kind=\"guardian\"");

        String viaKeycloak = json(api(browser, "GET", "/api/me", null).body()).getString("id");
        String viaDevelopmentProvider = json(api(new HttpBrowser(), "GET", "/api/me", accessToken(persona("mor")))
                .body()).getString("id");
        assertThat(viaKeycloak).as("matched on the national id").isEqualTo(viaDevelopmentProvider);
    }

    @Test
    void theProviderRefusesARequestThatWasNotPushed() {
        String issuer = env().keycloak().issuer();
        HttpResponse<String> answer = new HttpBrowser().get(issuer + "/protocol/openid-connect/auth?client_id=sammen"
                + "&response_type=code&scope=openid&state=s&redirect_uri="
                + URLEncoder.encode(base() + "/login/callback/enforcing", StandardCharsets.UTF_8)
                + "&code_challenge=" + s256(randomUrlSafe(32)) + "&code_challenge_method=S256");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(queryParameter(HttpBrowser.location(answer), "error")).isEqualTo("invalid_request");
        assertThat(queryParameter(HttpBrowser.location(answer), "error_description")).containsIgnoringCase("pushed");
    }

    @Test
    void theProviderRefusesAnythingButPrivateKeyJwt() {
        String issuer = env().keycloak().issuer();
        HttpResponse<String> secret = new HttpBrowser().postForm(issuer + "/protocol/openid-connect/ext/par/request",
                Map.of("client_id", "sammen", "client_secret", "guess", "response_type", "code", "scope", "openid",
                        "redirect_uri", base() + "/login/callback/enforcing"),
                Map.of("Accept", "application/json"));
        assertThat(secret.statusCode()).isEqualTo(401);
        assertThat(json(secret.body()).containsKey("request_uri")).isFalse();
    }
}

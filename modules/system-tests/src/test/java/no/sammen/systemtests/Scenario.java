package no.sammen.systemtests;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every scenario needs: the running Sammen, people to act as, and a look into the database to prove that a
 * refused request changed nothing.
 */
abstract class Scenario {

    static SammenTestEnvironment.Environment env() {
        return SammenTestEnvironment.current();
    }

    static String base() {
        return env().baseUrl();
    }

    static Persona persona(String username) {
        return env().personas().get(username);
    }

    static String providerOf(Persona persona) {
        return persona.isHealthPersonnel() ? "health" : "citizen";
    }

    static String issuerOf(Persona persona) {
        return env().identityProvider().issuerUrl(persona.issuerId());
    }

    static String hostPort() {
        return HttpBrowser.key(URI.create(base()));
    }

    /** Starts a login at Sammen; returns the provider's authorization URL Sammen redirected to. */
    static String startLogin(HttpBrowser browser, String provider, String returnTo) {
        String url = base() + "/login/start/" + provider
                + (returnTo == null ? "" : "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        HttpResponse<String> response = browser.get(url);
        assertThat(response.statusCode()).as("login start redirects to the provider").isEqualTo(302);
        return HttpBrowser.location(response);
    }

    /** Signs in at the provider's login page with these claims; returns the callback URL the provider sends back. */
    static String authorize(HttpBrowser browser, String authorizeUrl, String username, String claims) {
        HttpResponse<String> page = browser.get(authorizeUrl);
        assertThat(page.statusCode()).as("provider's login page").isEqualTo(200);
        HttpResponse<String> answer = browser.postForm(authorizeUrl, Map.of("username", username, "claims", claims));
        assertThat(answer.statusCode()).as("provider answers the login with a redirect").isEqualTo(302);
        return HttpBrowser.location(answer);
    }

    /** A complete browser login as the persona; returns the page the browser lands on. */
    static HttpResponse<String> signIn(HttpBrowser browser, Persona persona) {
        return signIn(browser, persona, persona.claims());
    }

    static HttpResponse<String> signIn(HttpBrowser browser, Persona persona, String claims) {
        String authorizeUrl = startLogin(browser, providerOf(persona), "/app/home.xhtml");
        String callback = authorize(browser, authorizeUrl, persona.username(), claims);
        HttpResponse<String> afterCallback = browser.get(callback);
        assertThat(afterCallback.statusCode()).as("callback for " + persona.username()).isEqualTo(302);
        return browser.follow(afterCallback);
    }

    /** An access token for the persona, straight from the development provider (as `deployment/dev/token` does). */
    static String accessToken(Persona persona) {
        return accessToken(persona.issuerId(), persona.username(), persona.claims());
    }

    static String accessToken(String issuerId, String username, String claims) {
        String issuer = env().identityProvider().issuerUrl(issuerId);
        HttpBrowser browser = new HttpBrowser();
        String verifier = randomUrlSafe(48);
        String redirect = "http://localhost/token-callback";
        String authorizeUrl = issuer + "/authorize?client_id=sammen&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&state=s&nonce=n&code_challenge=" + s256(verifier) + "&code_challenge_method=S256";
        String callback = authorize(browser, authorizeUrl, username, claims);
        String code = queryParameter(callback, "code");
        HttpResponse<String> token = browser.postForm(issuer + "/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", redirect,
                "code_verifier", verifier, "client_id", "sammen"),
                Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "sammen:dev-only-secret".getBytes(StandardCharsets.UTF_8)), "Accept", "application/json"));
        assertThat(token.statusCode()).as("token endpoint").isEqualTo(200);
        return json(token.body()).getString("access_token");
    }

    static HttpResponse<String> api(HttpBrowser browser, String method, String path, String bearer) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        builder.method(method, HttpRequest.BodyPublishers.noBody());
        return browser.send(builder, base() + path);
    }

    /** An API call with a JSON body. */
    static HttpResponse<String> api(HttpBrowser browser, String method, String path, String bearer, String jsonBody) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        builder.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        return browser.send(builder, base() + path);
    }

    /** The id of the child with this name among those the bearer's person is related to. */
    static String childNamed(HttpBrowser client, String bearer, String name) {
        return jsonArray(api(client, "GET", "/api/children", bearer).body()).stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(c -> c.getString("name").equals(name))
                .findFirst().orElseThrow().getString("id");
    }

    static jakarta.json.JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    static String queryParameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static Connection database() throws SQLException {
        var db = env().database();
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
    }

    static long count(String sql) {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int execute(String sql) {
        try (Connection c = database(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The professions a test child's care team can have (HPR codes and assigned roles). */
    static final java.util.List<String> PROFESSIONS = java.util.List.of("SP", "LE", "FT", "ET", "teacher",
            "personal-assistant", "social-worker", "assistant");

    /**
     * A guardian of a test child consents, for every profession, to every category: without the family's consent the
     * team sees only the child's name and the team (the access rule).
     */
    static void consentToTheWholeTeam(HttpBrowser client, String child, String guardianToken) {
        for (String profession : PROFESSIONS) {
            HttpResponse<String> granted = api(client, "POST", "/api/children/" + child + "/consents", guardianToken, """
                    {"recipient": {"kind": "profession", "value": "%s"}, "categories": ["identity", "contacts",
                     "diagnoses", "medications", "daily-reports", "observations", "care-plan", "media", "know-me",
                     "chat", "tasks"], "purpose": "Test child's care"}
                    """.formatted(profession));
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        }
    }

    /** Signs a Chromium in as the persona through the development provider's persona buttons; lands on home. */
    static org.openqa.selenium.WebDriver signInAs(Chromium chromium, String username) {
        Persona persona = persona(username);
        var browser = chromium.driver();
        browser.get(base() + "/?lang=nb");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?lang=nb");
        browser.findElement(org.openqa.selenium.By.id(persona.isHealthPersonnel() ? "login-health" : "login-citizen"))
                .click();
        chromium.awaitUrl(issuerOf(persona));
        browser.findElement(org.openqa.selenium.By.xpath("//form[input[@name='username' and @value='" + username
                + "']]//button")).click();
        chromium.awaitUrl(base() + "/app/home.xhtml");
        return browser;
    }

    /** Claims of a persona with some claims replaced or removed ({@code null} removes). */
    static String claimsWith(Persona persona, Map<String, Object> changes) {
        var builder = Json.createObjectBuilder(persona.claimsObject());
        changes.forEach((k, v) -> {
            if (v == null) {
                builder.remove(k);
            } else if (v instanceof String s) {
                builder.add(k, s);
            } else {
                builder.add(k, v.toString());
            }
        });
        return builder.build().toString();
    }
}

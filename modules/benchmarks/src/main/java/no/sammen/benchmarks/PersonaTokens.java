package no.sammen.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A persona's bearer token from the development ID provider, obtained as {@code deployment/dev/token} does (the
 * authorization code flow with PKCE against the mock, client {@code sammen}), and renewed a minute before it
 * expires (health personnel's tokens live 300 s) on a background thread, so that no measured request waits for it.
 */
final class PersonaTokens implements AutoCloseable {

    private static final String CLIENT_ID = "sammen";
    private static final String CLIENT_SECRET = "dev-only-secret";
    private static final String REDIRECT_URI = "http://localhost:8080/login/callback/x";

    private final HttpClient http;
    private final String issuer;
    private final String username;
    private final String claims;
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-renewal");
        t.setDaemon(true);
        return t;
    });
    private volatile String token;
    private volatile int renewals;

    PersonaTokens(DevStackFiles files, String username, HttpClient http) {
        this.http = http;
        this.username = username;
        this.issuer = files.issuerOf(username);
        this.claims = files.claimsOf(username);
    }

    /** Gets the first token and keeps it fresh from now on. */
    PersonaTokens start() throws IOException, InterruptedException {
        renew();
        return this;
    }

    String current() {
        return token;
    }

    int renewals() {
        return renewals;
    }

    private void renew() throws IOException, InterruptedException {
        JsonObject answer = fetch();
        token = answer.getString("access_token");
        long lifetime = answer.getJsonNumber("expires_in") == null ? 300 : answer.getJsonNumber("expires_in").longValue();
        long next = Math.max(10, lifetime - 60);
        renewal.schedule(() -> {
            try {
                renew();
                renewals++;
            } catch (IOException | RuntimeException e) {
                // Try again shortly; the old token is valid for another minute.
                renewal.schedule(this::renewQuietly, 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, next, TimeUnit.SECONDS);
    }

    private void renewQuietly() {
        try {
            renew();
            renewals++;
        } catch (IOException | RuntimeException e) {
            renewal.schedule(this::renewQuietly, 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonObject fetch() throws IOException, InterruptedException {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String verifier = base64Url(secret);
        String challenge = base64Url(sha256(verifier));
        String authorize = issuer + "/authorize?client_id=" + CLIENT_ID + "&response_type=code&redirect_uri="
                + encode(REDIRECT_URI) + "&scope=openid&state=s&nonce=n&code_challenge=" + challenge
                + "&code_challenge_method=S256";

        // 1. The login page (proves the provider is up).
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(authorize)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() != 200) {
            throw new IOException("the development ID provider at " + issuer + " answered " + page.statusCode());
        }
        // 2. "Click" the persona: the provider redirects to the callback with a code.
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(authorize))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&claims=" + encode(claims)))
                .build(), HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        String code = parameter(location, "code");
        if (code == null) {
            throw new IOException("logging in as " + username + " gave no authorization code (HTTP "
                    + login.statusCode() + ")");
        }
        // 3. The code for tokens.
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + encode(code)
                        + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_verifier=" + verifier + "&client_id="
                        + CLIENT_ID))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (tokens.statusCode() != 200) {
            throw new IOException("the token endpoint answered " + tokens.statusCode());
        }
        try (JsonReader json = Json.createReader(new StringReader(tokens.body()))) {
            JsonObject answer = json.readObject();
            if (!answer.containsKey("access_token")) {
                throw new IOException("the token endpoint answered without an access token");
            }
            return answer;
        }
    }

    /** The value of a query parameter of a URL, or null. */
    static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public void close() {
        renewal.shutdownNow();
    }
}

package no.sammen.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import jakarta.json.Json;

/**
 * Keycloak's server distribution as an identity provider that enforces what the development provider does not:
 * pushed authorization requests (PAR), PKCE S256 and {@code private_key_jwt} client authentication, as the
 * production providers do. Started in the background when the test run opens; a scenario waits for it.
 *
 * <p>Realm {@code sammen}, client {@code sammen} (the client's public key is registered, its private key written for
 * Sammen to sign its client assertions), and one user, {@code marit}, with Marit Mor's synthetic national id.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "sammen";
    static final String USERNAME = "marit";
    static final String PASSWORD = "marit-password-1";
    static final String NATIONAL_ID = "21858310048";

    private final Process process;
    private final int port;
    private final Path log;

    private Keycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Writes the realm (with the client's public key) and the client's private key, and starts Keycloak.
     *
     * @param home         the unpacked distribution
     * @param port         the HTTP port
     * @param sammenUrl    where Sammen runs, for the registered redirect URI
     * @param privateKey   where to write Sammen's private client key (JWK)
     */
    static Keycloak start(Path home, int port, String sammenUrl, Path privateKey) throws IOException {
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID("sammen-client-1").keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.PS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        Files.writeString(privateKey, key.toJSONString(), StandardCharsets.UTF_8);
        deleteRecursively(home.resolve("data")); // a realm left from an earlier run would keep an old client key
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.writeString(imports.resolve("sammen-realm.json"), realm(sammenUrl, new JWKSet(key.toPublicJWK()).toString()),
                StandardCharsets.UTF_8);
        Path log = home.resolve("keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=http://localhost:" + port,
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new Keycloak(builder.start(), port, log);
    }

    private static String realm(String sammenUrl, String publicJwks) {
        var client = Json.createObjectBuilder()
                .add("clientId", "sammen")
                .add("protocol", "openid-connect")
                .add("enabled", true)
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-jwt")
                .add("standardFlowEnabled", true)
                .add("directAccessGrantsEnabled", false)
                .add("redirectUris", Json.createArrayBuilder().add(sammenUrl + "/login/callback/enforcing"))
                .add("attributes", Json.createObjectBuilder()
                        .add("require.pushed.authorization.requests", "true")
                        .add("pkce.code.challenge.method", "S256")
                        .add("use.jwks.string", "true")
                        .add("jwks.string", publicJwks)
                        .add("token.endpoint.auth.signing.alg", "PS256")
                        .add("post.logout.redirect.uris", sammenUrl + "/signed-out.xhtml"))
                .add("protocolMappers", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("name", "national id")
                                .add("protocol", "openid-connect")
                                .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                                .add("config", Json.createObjectBuilder()
                                        .add("claim.name", "pid").add("claim.value", NATIONAL_ID)
                                        .add("jsonType.label", "String").add("id.token.claim", "true")
                                        .add("access.token.claim", "true").add("userinfo.token.claim", "true")))
                        .add(Json.createObjectBuilder()
                                .add("name", "sammen api audience")
                                .add("protocol", "openid-connect")
                                .add("protocolMapper", "oidc-audience-mapper")
                                .add("config", Json.createObjectBuilder()
                                        .add("included.custom.audience", "sammen-api")
                                        .add("access.token.claim", "true").add("id.token.claim", "false"))));
        var user = Json.createObjectBuilder()
                .add("username", USERNAME).add("enabled", true).add("email", "marit@example.test")
                .add("emailVerified", true).add("firstName", "Marit").add("lastName", "Mor")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", PASSWORD).add("temporary", false)));
        return Json.createObjectBuilder()
                .add("realm", REALM)
                .add("enabled", true)
                .add("sslRequired", "none")
                .add("users", Json.createArrayBuilder().add(user))
                .add("clients", Json.createArrayBuilder().add(client))
                .build().toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** Waits until the realm's discovery document answers (first start builds Keycloak: up to a few minutes). */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + tail());
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not ready in " + timeout + ": " + tail());
    }

    private String tail() {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

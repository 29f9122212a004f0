package no.sammen.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevIdentityProviderTest {

    private static final String REDIRECT_URI = "http://localhost:8080/login/callback/x";

    @TempDir
    static Path work;

    private static DevIdentityProvider idp;
    private static final Personas PERSONAS = Personas.load();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        idp = DevIdentityProvider.start(0, work);
    }

    @AfterAll
    static void stop() {
        idp.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kari", "mor"})
    void a_persona_logs_in_with_the_authorization_code_flow_and_pkce(String username) throws Exception {
        Persona persona = PERSONAS.get(username);
        String issuer = idp.issuerUrl(persona.issuerId());
        assertThat(issuer).isEqualTo("http://localhost:" + idp.port() + "/" + persona.issuerId());

        String verifier = base64Url(random(32));
        String challenge = base64Url(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        URI authorize = URI.create(issuer + "/authorize?" + form(Map.of(
                "client_id", "sammen", "response_type", "code", "redirect_uri", REDIRECT_URI, "scope", "openid",
                "state", "s", "nonce", "n", "code_challenge", challenge, "code_challenge_method", "S256")));

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(authorize).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Development ID provider</title>")
                .contains("Health personnel (HelseID)", "Citizens (ID-porten)")
                .contains("name=\"username\" value=\"kari\"", "name=\"username\" value=\"mor\"")
                .contains("value=\"" + LoginPage.escape(persona.claims()) + "\"");

        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "claims", persona.claims()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT_URI + "?").contains("state=s");
        String code = queryParameter(location, "code");

        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("sammen:dev-only-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", REDIRECT_URI, "code_verifier", verifier, "client_id", "sammen"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonObject tokens = parse(token.body());
        assertThat(tokens.containsKey("id_token")).isTrue();

        JsonObject access = payload(tokens.getString("access_token"));
        assertThat(audiences(access)).contains("sammen-api");
        assertThat(access.getString("iss")).isEqualTo(issuer);
        assertThat(access.getString("sub")).isEqualTo(username);
        assertThat(access.getString(persona.nationalIdClaim())).isEqualTo(persona.nationalId());
        assertThat(access.getString("acr")).isEqualTo(persona.isHealthPersonnel() ? "helseid-loa-high" : "idporten-loa-high");
        long lifetime = access.getJsonNumber("exp").longValue() - access.getJsonNumber("iat").longValue();
        assertThat(lifetime).isEqualTo(persona.isHealthPersonnel() ? 300 : 120);

        JsonObject id = payload(tokens.getString("id_token"));
        assertThat(audiences(id)).containsExactly("sammen");
        assertThat(id.getString("nonce")).isEqualTo("n");
        assertThat(id.getString(persona.nationalIdClaim())).isEqualTo(persona.nationalId());
        if (persona.isHealthPersonnel()) {
            assertThat(id.getJsonObject("helseid://claims/hpr/hpr_details").getJsonArray("approvals")
                    .getJsonObject(0).getString("profession")).isEqualTo(persona.professionCode());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"idporten", "helseid"})
    void both_issuers_publish_discovery_at_their_issuer_url(String issuerId) throws Exception {
        String issuer = idp.issuerUrl(issuerId);
        HttpResponse<String> discovery = HTTP.send(HttpRequest.newBuilder(
                URI.create(issuer + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(parse(discovery.body()).getString("issuer")).isEqualTo(issuer);
    }

    private static JsonObject payload(String jwt) {
        String[] parts = jwt.split("\\.");
        return parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static java.util.List<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud.getValueType() == JsonValue.ValueType.STRING) {
            return java.util.List.of(claims.getString("aud"));
        }
        return aud.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toList());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String queryParameter(String uri, String name) {
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + uri);
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API with bearer access tokens. The full list of forged tokens is in the identity module's unit tests; here a
 * representative few travel the whole way through the server, and each proves that nothing was created.
 */
abstract class ApiScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();

    @Test
    void meDescribesHealthPersonnel() {
        HttpResponse<String> me = api(client, "GET", "/api/me", accessToken(persona("lars")));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonObject body = json(me.body());
        assertThat(body.getString("name")).isEqualTo("Lars Lege");
        assertThat(body.getString("kind")).isEqualTo("professional");
        assertThat(body.getJsonArray("professions").getString(0)).isEqualTo("LE");
        assertThat(body.getString("hprNumber")).isEqualTo(persona("lars").hpr().orElseThrow());
        assertThat(body.getString("acr")).isEqualTo("4");
        assertThat(body.getString("issuer")).isEqualTo(env().identityProvider().issuerUrl("helseid"));
        assertThat(body.getString("id")).matches("[0-9a-f-]{36}");
        assertThat(me.body()).doesNotContain(persona("lars").nationalId());
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void meDescribesCitizens() {
        JsonObject emma = json(api(client, "GET", "/api/me", accessToken(persona("emma"))).body());
        assertThat(emma.getString("kind")).isEqualTo("child");
        assertThat(emma.containsKey("hprNumber")).isFalse();
        assertThat(emma.getString("acr")).isEqualTo("idporten-loa-high");
        JsonObject far = json(api(client, "GET", "/api/me", accessToken(persona("far"))).body());
        assertThat(far.getString("kind")).isEqualTo("guardian");
    }

    @Test
    void theSamePersonIsFoundWhicheverWayTheySignIn() {
        String viaToken = json(api(client, "GET", "/api/me", accessToken(persona("nina"))).body()).getString("id");
        HttpBrowser browser = new HttpBrowser();
        signIn(browser, persona("nina"));
        String viaSession = json(api(browser, "GET", "/api/me", null).body()).getString("id");
        assertThat(viaSession).isEqualTo(viaToken);
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAProblem() {
        HttpResponse<String> me = api(client, "GET", "/api/me", null);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(json(me.body()).getInt("status")).isEqualTo(401);
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(me.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void forgedTokensAreRefusedAndCreateNobody() throws Exception {
        Persona ute = persona("ute");
        String issuer = issuerOf(ute);
        RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject("forged").audience("sammen-api")
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 300_000))
                .claim("helseid://claims/identity/pid", "01877010186")
                .claim("helseid://claims/identity/security_level", "4")
                .build();
        SignedJWT selfSigned = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker")
                .jwk(attacker.toPublicJWK()).type(JOSEObjectType.JWT).build(), claims);
        selfSigned.sign(new RSASSASigner(attacker));
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner("dev-only-secret-padded-to-32-bytes!!".getBytes()));
        String unsigned = new PlainJWT(claims).serialize();
        String genuine = accessToken("helseid", "ute", ute.claims());
        String tampered = genuine.substring(0, genuine.indexOf('.') + 1)
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes())
                + genuine.substring(genuine.lastIndexOf('.'));

        long people = count("select count(*) from identity.person");
        for (String token : List.of(selfSigned.serialize(), hmac.serialize(), unsigned, tampered, "not-a-jwt",
                "eyJhbGciOiJub25lIn0.e30.")) {
            HttpResponse<String> answer = api(client, "GET", "/api/me", token);
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    h -> assertThat(h).contains("invalid_token"));
            assertThat(answer.body()).doesNotContain("signature").doesNotContain("Exception");
        }
        assertThat(count("select count(*) from identity.person")).isEqualTo(people);
    }

    @Test
    void aTokenFromAnUntrustedIssuerIsRefused() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        var claims = new JWTClaimsSet.Builder().issuer("https://evil.example").audience("sammen-api").subject("x")
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .claim("pid", "01877010186").claim("acr", "idporten-loa-high").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims);
        jwt.sign(new RSASSASigner(key));
        assertThat(api(client, "GET", "/api/me", jwt.serialize()).statusCode()).isEqualTo(401);
    }

    @Test
    void aCitizenTokenBelowTheRequiredLevelIsRefused() {
        Persona mor = persona("mor");
        String token = accessToken("idporten", "mor", claimsWith(mor, java.util.Map.of("acr", "idporten-loa-substantial")));
        assertThat(api(client, "GET", "/api/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionCookieDoesNotTravelToOtherSitesAndTokensNeedNoCookie() {
        HttpResponse<String> me = api(new HttpBrowser(), "GET", "/api/me", accessToken(persona("ola")));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).as("bearer calls create no session").isEmpty();
    }
}

package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.Nonce;

/**
 * Forged and tampered tokens must be refused; genuine ones accepted. Every refusal test starts from the same claims
 * a valid token carries and changes exactly one thing, so a refusal can only come from that one change.
 */
class TokenVerifierTest {

    static final String ISSUER = "https://idp.test/idporten";
    static final String CLIENT_ID = "sammen";
    static final String API_AUDIENCE = "sammen-api";
    static final String CLIENT_SECRET = "the-client-secret-shared-with-the-provider-0123456789";
    static final String HIGH = "idporten-loa-high";
    static final String PID = "15831250086";
    static final String NAME = "Kari Nordmann";
    static final Nonce NONCE = new Nonce("nonce-of-this-login-3f9a0c");

    static final String HEALTH_ISSUER = "https://idp.test/helseid";
    static final String HEALTH_LEVEL = "helseid://claims/identity/security_level";
    static final String HEALTH_PID = "helseid://claims/identity/pid";
    static final String HPR_NUMBER = "helseid://claims/hpr/hpr_number";
    static final String HPR_DETAILS = "helseid://claims/hpr/hpr_details";

    /** The provider's signing key; only its public half is in the key set the verifier trusts. */
    static RSAKey providerKey;
    /** A key the provider does not publish. */
    static RSAKey otherKey;
    /** The attacker's own key, under the provider's kid. */
    static RSAKey attackerKeyAsK1;

    static ImmutableJWKSet<SecurityContext> published;
    static ProviderSettings citizenSettings;
    static ProviderSettings healthSettings;

    /*
     * Built per test rather than once, so that a verifier that cannot even be constructed makes every test fail
     * on its own (and constructsFromProviderSettings says why) instead of one opaque class-level error.
     */
    TokenVerifier verifier;
    TokenVerifier healthVerifier;

    @BeforeAll
    static void keysAndVerifiers() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("k2").generate();
        attackerKeyAsK1 = new RSAKeyGenerator(2048).keyID("k1").generate();
        published = new ImmutableJWKSet<SecurityContext>(new JWKSet(providerKey.toPublicJWK()));

        citizenSettings = new ProviderSettings("citizen", "citizen", ISSUER, CLIENT_ID, Optional.of(CLIENT_SECRET),
                "client_secret_basic", Optional.empty(), false, "openid profile", Optional.of(HIGH), "acr",
                Set.of(HIGH), "pid", "name", Optional.empty(), Optional.empty(), API_AUDIENCE,
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256));
        healthSettings = new ProviderSettings("health", "health", HEALTH_ISSUER, CLIENT_ID, Optional.of(CLIENT_SECRET),
                "client_secret_basic", Optional.empty(), false, "openid profile", Optional.empty(), HEALTH_LEVEL,
                Set.of("4"), HEALTH_PID, "name", Optional.of(HPR_NUMBER), Optional.of(HPR_DETAILS), API_AUDIENCE,
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256));
    }

    @BeforeEach
    void verifiers() {
        verifier = new TokenVerifier(citizenSettings, published);
        healthVerifier = new TokenVerifier(healthSettings, published);
    }

    // ---------------------------------------------------------------- forging helpers

    static Date secondsFromNow(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    /** The claims of a valid ID token for this login. */
    static JWTClaimsSet.Builder idClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("subject-123")
                .audience(CLIENT_ID)
                .expirationTime(secondsFromNow(300))
                .issueTime(secondsFromNow(0))
                .claim("nonce", NONCE.getValue())
                .claim("acr", HIGH)
                .claim("pid", PID)
                .claim("name", NAME)
                .claim("sid", "provider-session-1");
    }

    /** The claims of a valid access token for Sammen's API. */
    static JWTClaimsSet.Builder accessClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("subject-123")
                .audience(API_AUDIENCE)
                .expirationTime(secondsFromNow(300))
                .issueTime(secondsFromNow(0))
                .claim("client_id", CLIENT_ID)
                .claim("acr", HIGH)
                .claim("pid", PID)
                .claim("name", NAME);
    }

    static JWTClaimsSet.Builder healthClaims(Object securityLevel) {
        return new JWTClaimsSet.Builder()
                .issuer(HEALTH_ISSUER)
                .subject("subject-hp")
                .audience(CLIENT_ID)
                .expirationTime(secondsFromNow(300))
                .issueTime(secondsFromNow(0))
                .claim("nonce", NONCE.getValue())
                .claim(HEALTH_LEVEL, securityLevel)
                .claim(HEALTH_PID, "11828410018")
                .claim(HPR_NUMBER, "565501872")
                .claim(HPR_DETAILS, Map.of("approvals", List.of(
                        Map.of("profession", "LE", "authorization", Map.of("value", "1")),
                        Map.of("profession", Map.of("value", "SP", "description", "Sykepleier")))));
    }

    static JWSHeader.Builder rs256() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1");
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** Signed by the provider's real key: what the provider itself would issue. */
    static String providerSigned(JWTClaimsSet claims) throws Exception {
        return sign(rs256().build(), claims, new RSASSASigner(providerKey));
    }

    static String providerSigned(JWSHeader header, JWTClaimsSet claims) throws Exception {
        return sign(header, claims, new RSASSASigner(providerKey));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    AbstractThrowableAssert<?, ? extends Throwable> assertIdTokenRefused(String token, Nonce expected) {
        return assertThatThrownBy(() -> verifier.verifyIdToken(token, expected))
                .isInstanceOf(AuthenticationFailure.class);
    }

    AbstractThrowableAssert<?, ? extends Throwable> assertIdTokenRefused(String token) {
        return assertIdTokenRefused(token, NONCE);
    }

    AbstractThrowableAssert<?, ? extends Throwable> assertAccessTokenRefused(String token) {
        return assertThatThrownBy(() -> verifier.verifyAccessToken(token)).isInstanceOf(AuthenticationFailure.class);
    }

    static String reason(Throwable t) {
        return ((AuthenticationFailure) t).reason();
    }

    // ---------------------------------------------------------------- the genuine tokens pass

    @Test
    void constructsFromProviderSettings() {
        // The production wiring: ProviderSettings as configured, the provider's published key set.
        assertThatCode(() -> new TokenVerifier(citizenSettings, published)).doesNotThrowAnyException();
        assertThatCode(() -> new TokenVerifier(healthSettings, published)).doesNotThrowAnyException();
    }

    @Nested
    class VerifiedOnce {

        /** The published key set, counting how often the verifier asks it for keys. */
        final java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        final com.nimbusds.jose.jwk.source.JWKSource<SecurityContext> counted = (selector, context) -> {
            lookups.incrementAndGet();
            return published.get(selector, context);
        };

        @Test
        void theSameTokenAgainIsNotVerifiedAgainButAnyOtherBytesAre() throws Exception {
            TokenVerifier remembering = new TokenVerifier(citizenSettings, counted);
            String token = providerSigned(accessClaims().build());

            assertThat(remembering.verifyAccessToken(token).nationalId().digits()).isEqualTo(PID);
            assertThat(remembering.verifyAccessToken(token).nationalId().digits()).isEqualTo(PID);
            assertThat(lookups).hasValue(1);

            String[] parts = token.split("\\.");
            String otherPayload = b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace(PID, "01010012356"));
            assertThatThrownBy(() -> remembering.verifyAccessToken(parts[0] + "." + otherPayload + "." + parts[2]))
                    .isInstanceOf(AuthenticationFailure.class);
            assertThatThrownBy(() -> remembering.verifyAccessToken(token + "x"))
                    .isInstanceOf(AuthenticationFailure.class);
            assertThat(lookups).hasValue(3);
        }

        @Test
        void aRefusedTokenIsRefusedEveryTime() throws Exception {
            TokenVerifier remembering = new TokenVerifier(citizenSettings, counted);
            String lowLevel = providerSigned(accessClaims().claim("acr", "idporten-loa-substantial").build());

            assertThatThrownBy(() -> remembering.verifyAccessToken(lowLevel)).isInstanceOf(AuthenticationFailure.class);
            assertThatThrownBy(() -> remembering.verifyAccessToken(lowLevel)).isInstanceOf(AuthenticationFailure.class);
            assertThat(lookups).hasValue(2);
        }
    }

    @Nested
    class GenuineTokens {

        @Test
        void validIdTokenIsAccepted() throws Exception {
            VerifiedIdentity identity = verifier.verifyIdToken(providerSigned(idClaims().build()), NONCE);

            assertThat(identity.provider()).isEqualTo("citizen");
            assertThat(identity.nationalId().digits()).isEqualTo(PID);
            assertThat(identity.level()).isEqualTo(HIGH);
            assertThat(identity.name()).isEqualTo(NAME);
            assertThat(identity.sid()).isEqualTo("provider-session-1");
            assertThat(identity.hprNumber()).isNull();
            assertThat(identity.professions()).isEmpty();
        }

        @Test
        void validAccessTokenIsAccepted() throws Exception {
            VerifiedIdentity identity = verifier.verifyAccessToken(providerSigned(accessClaims().build()));

            assertThat(identity.nationalId().digits()).isEqualTo(PID);
            assertThat(identity.level()).isEqualTo(HIGH);
            assertThat(identity.name()).isEqualTo(NAME);
        }

        @Test
        void accessTokenWithTypAtJwtIsAccepted() throws Exception {
            String token = providerSigned(rs256().type(new JOSEObjectType("at+jwt")).build(), accessClaims().build());

            assertThat(verifier.verifyAccessToken(token).nationalId().digits()).isEqualTo(PID);
        }

        @Test
        void accessTokenWithTypJwtIsAccepted() throws Exception {
            String token = providerSigned(rs256().type(JOSEObjectType.JWT).build(), accessClaims().build());

            assertThat(verifier.verifyAccessToken(token).nationalId().digits()).isEqualTo(PID);
        }

        @Test
        void ps256SignedByTheProviderKeyIsAccepted() throws Exception {
            String token = providerSigned(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("k1").build(),
                    idClaims().build());

            assertThat(verifier.verifyIdToken(token, NONCE).nationalId().digits()).isEqualTo(PID);
        }

        @Test
        void severalAudiencesWithAzpOfThisClientAreAccepted() throws Exception {
            String token = providerSigned(idClaims().audience(List.of(CLIENT_ID, "other-client"))
                    .claim("azp", CLIENT_ID).build());

            assertThat(verifier.verifyIdToken(token, NONCE).nationalId().digits()).isEqualTo(PID);
        }

        @Test
        void expiryWithinTheClockSkewIsTolerated() throws Exception {
            String token = providerSigned(idClaims().expirationTime(secondsFromNow(-20)).build());

            assertThatCode(() -> verifier.verifyIdToken(token, NONCE)).doesNotThrowAnyException();
        }
    }

    // ---------------------------------------------------------------- unsigned tokens

    @Nested
    class AlgNone {

        @Test
        void plainJwtIdTokenIsRefused() {
            String token = new PlainJWT(idClaims().build()).serialize();

            assertIdTokenRefused(token).satisfies(t -> assertThat(reason(t)).isEqualTo("unsigned_token"));
        }

        @Test
        void plainJwtAccessTokenIsRefused() {
            String token = new PlainJWT(accessClaims().build()).serialize();

            assertAccessTokenRefused(token).satisfies(t -> assertThat(reason(t)).isEqualTo("unsigned_token"));
        }

        @Test
        void handBuiltAlgNoneIsRefused() {
            String token = "eyJhbGciOiJub25lIn0." + b64(idClaims().build().toString()) + ".";

            assertIdTokenRefused(token).satisfies(t -> assertThat(reason(t)).isEqualTo("unsigned_token"));
            assertAccessTokenRefused("eyJhbGciOiJub25lIn0." + b64(accessClaims().build().toString()) + ".")
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("unsigned_token"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"None", "NONE", "nOnE"})
        void otherSpellingsOfNoneAreRefused(String alg) {
            String header = b64("{\"alg\":\"" + alg + "\",\"kid\":\"k1\"}");
            assertIdTokenRefused(header + "." + b64(idClaims().build().toString()) + ".");
            assertAccessTokenRefused(header + "." + b64(accessClaims().build().toString()) + ".");
        }

        @Test
        void genuineTokenWithSignatureStrippedIsRefused() throws Exception {
            String genuine = providerSigned(idClaims().build());
            String stripped = genuine.substring(0, genuine.lastIndexOf('.') + 1);

            assertIdTokenRefused(stripped);
        }

        @Test
        void genuineHeaderAndSignatureWithAlteredPayloadAreRefused() throws Exception {
            String[] parts = providerSigned(idClaims().build()).split("\\.");
            String altered = parts[0] + "." + b64(idClaims().claim("pid", "11828410018").build().toString()) + "."
                    + parts[2];

            assertIdTokenRefused(altered);
        }
    }

    // ---------------------------------------------------------------- keys and algorithms

    @Nested
    class Keys {

        @Test
        void hs256SignedWithTheClientSecretIsRefused() throws Exception {
            var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build();
            var signer = new MACSigner(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8));

            assertIdTokenRefused(sign(header, idClaims().build(), signer));
            assertAccessTokenRefused(sign(header, accessClaims().build(), signer));
        }

        @Test
        void hs256SignedWithThePublicKeyAsSecretIsRefused() throws Exception {
            // Key confusion: the provider's public key (which anyone can fetch) used as an HMAC secret.
            var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build();
            byte[] publicKey = providerKey.toPublicKey().getEncoded();

            assertIdTokenRefused(sign(header, idClaims().build(), new MACSigner(publicKey)));
            assertIdTokenRefused(sign(header, idClaims().build(),
                    new MACSigner(providerKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))));
        }

        @Test
        void symmetricAlgorithmsCannotBeConfigured() {
            assertThatThrownBy(() -> new ProviderSettings("citizen", "citizen", ISSUER, CLIENT_ID,
                    Optional.of(CLIENT_SECRET), "client_secret_basic", Optional.empty(), false, "openid",
                    Optional.empty(), "acr", Set.of(HIGH), "pid", "name", Optional.empty(), Optional.empty(),
                    API_AUDIENCE, Set.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void unknownKidIsRefused() throws Exception {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2").build();

            assertIdTokenRefused(sign(header, idClaims().build(), new RSASSASigner(otherKey)));
            assertAccessTokenRefused(sign(header, accessClaims().build(), new RSASSASigner(otherKey)));
        }

        @Test
        void attackerKeyUnderTheProviderKidIsRefused() throws Exception {
            var signer = new RSASSASigner(attackerKeyAsK1);

            assertIdTokenRefused(sign(rs256().build(), idClaims().build(), signer));
            assertAccessTokenRefused(sign(rs256().build(), accessClaims().build(), signer));
        }

        @Test
        void attackerKeyWithoutKidIsRefused() throws Exception {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256).build();

            assertIdTokenRefused(sign(header, idClaims().build(), new RSASSASigner(attackerKeyAsK1)));
        }

        @Test
        void attackerKeyInJwkHeaderIsRefused() throws Exception {
            var header = rs256().jwk(attackerKeyAsK1.toPublicJWK()).build();
            var signer = new RSASSASigner(attackerKeyAsK1);

            assertIdTokenRefused(sign(header, idClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
            assertAccessTokenRefused(sign(header, accessClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
        }

        @Test
        void attackerKeyInJkuHeaderIsRefused() throws Exception {
            var header = rs256().jwkURL(URI.create("https://evil.example/jwks.json")).build();
            var signer = new RSASSASigner(attackerKeyAsK1);

            assertIdTokenRefused(sign(header, idClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
            assertAccessTokenRefused(sign(header, accessClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
        }

        @Test
        void attackerKeyInX5uHeaderIsRefused() throws Exception {
            var header = rs256().x509CertURL(URI.create("https://evil.example/cert.pem")).build();
            var signer = new RSASSASigner(attackerKeyAsK1);

            assertIdTokenRefused(sign(header, idClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
            assertAccessTokenRefused(sign(header, accessClaims().build(), signer))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
        }

        @Test
        void keyHeaderIsRefusedEvenWhenTheSignatureIsGenuine() throws Exception {
            // The check is on the header itself, not only a side effect of a bad signature.
            var header = rs256().jwkURL(URI.create("https://idp.test/jwks.json")).build();

            assertIdTokenRefused(providerSigned(header, idClaims().build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("untrusted_key_header"));
        }
    }

    // ---------------------------------------------------------------- ID token claims

    @Nested
    class IdTokenClaims {

        @ParameterizedTest
        @ValueSource(strings = {"https://evil.example/idporten", "https://idp.test/idporten/",
                "https://idp.test/IDPORTEN", "http://idp.test/idporten", "https://idp.test", ""})
        void wrongIssuerIsRefused(String issuer) throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().issuer(issuer).build()));
        }

        @Test
        void missingIssuerIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().issuer(null).build()));
        }

        @Test
        void wrongAudienceIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().audience("another-client").build()));
        }

        @Test
        void missingAudienceIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().audience((String) null).build()));
        }

        @Test
        void severalAudiencesWithoutAzpAreRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().audience(List.of(CLIENT_ID, "other-client")).build()));
        }

        @Test
        void severalAudiencesWithAzpOfAnotherClientAreRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().audience(List.of(CLIENT_ID, "other-client"))
                    .claim("azp", "other-client").build()));
        }

        @Test
        void expiredTokenIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims()
                    .issueTime(secondsFromNow(-600)).expirationTime(secondsFromNow(-300)).build()));
        }

        @Test
        void missingExpiryIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().expirationTime(null).build()));
        }

        @Test
        void notBeforeInTheFutureIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().notBeforeTime(secondsFromNow(300)).build()));
        }

        @Test
        void missingIssuedAtIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().issueTime(null).build()));
        }

        @Test
        void missingSubjectIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().subject(null).build()));
        }

        @Test
        void wrongNonceIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("nonce", "a-nonce-sammen-never-sent").build()));
        }

        @Test
        void nonceOfAnotherLoginIsRefused() throws Exception {
            // A genuine ID token captured from an earlier login, replayed into a new one.
            String earlier = providerSigned(idClaims().build());

            assertIdTokenRefused(earlier, new Nonce("nonce-of-the-new-login-77b1"));
        }

        @Test
        void missingNonceIsRefusedWhenOneIsExpected() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("nonce", null).build()));
        }

        @Test
        void levelBelowTheRequiredIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("acr", "idporten-loa-substantial").build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void missingLevelIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("acr", null).build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void levelAsListIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("acr", List.of("idporten-loa-substantial")).build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void missingNationalIdIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("pid", null).build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("missing_national_id"));
        }

        @Test
        void blankNationalIdIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("pid", "  ").build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("missing_national_id"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"15831250087", "15831250096", "1583125008", "158312500866", "1583125008x",
                "15831 250086"})
        void nationalIdWithBadCheckDigitsOrFormIsRefused(String pid) throws Exception {
            assertIdTokenRefused(providerSigned(idClaims().claim("pid", pid).build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("invalid_national_id"));
        }

        @Test
        void accessTokenPresentedAsIdTokenIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(accessClaims().claim("nonce", NONCE.getValue()).build()));
        }

        @Test
        void idTokenTypedAsAccessTokenIsRefused() throws Exception {
            assertIdTokenRefused(providerSigned(rs256().type(new JOSEObjectType("at+jwt")).build(), idClaims().build()));
        }
    }

    // ---------------------------------------------------------------- access token claims

    @Nested
    class AccessTokenClaims {

        @Test
        void wrongAudienceIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().audience("another-api").build()));
        }

        @Test
        void missingAudienceIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().audience((String) null).build()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://evil.example/idporten", "https://idp.test/idporten/", ""})
        void wrongIssuerIsRefused(String issuer) throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().issuer(issuer).build()));
        }

        @Test
        void idTokenPresentedAsAccessTokenIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(idClaims().build()));
        }

        @Test
        void expiredTokenIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims()
                    .issueTime(secondsFromNow(-600)).expirationTime(secondsFromNow(-300)).build()));
        }

        @Test
        void missingExpiryIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().expirationTime(null).build()));
        }

        @Test
        void notBeforeInTheFutureIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().notBeforeTime(secondsFromNow(300)).build()));
        }

        @Test
        void missingSubjectIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().subject(null).build()));
        }

        @Test
        void missingIssuedAtIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().issueTime(null).build()));
        }

        @Test
        void otherTokenTypeIsRefused() throws Exception {
            // A logout token is signed by the same provider key; it must not open the API.
            String token = providerSigned(rs256().type(new JOSEObjectType("logout+jwt")).build(),
                    accessClaims().build());

            assertAccessTokenRefused(token);
        }

        @Test
        void levelBelowTheRequiredIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().claim("acr", "idporten-loa-substantial").build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void missingNationalIdIsRefused() throws Exception {
            assertAccessTokenRefused(providerSigned(accessClaims().claim("pid", null).build()))
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("missing_national_id"));
        }
    }

    // ---------------------------------------------------------------- health personnel (HelseID)

    @Nested
    class HealthPersonnel {

        @Test
        void securityLevelFourIsAcceptedWithProfessions() throws Exception {
            VerifiedIdentity identity = healthVerifier.verifyIdToken(providerSigned(healthClaims("4").build()), NONCE);

            assertThat(identity.provider()).isEqualTo("health");
            assertThat(identity.level()).isEqualTo("4");
            assertThat(identity.nationalId().digits()).isEqualTo("11828410018");
            assertThat(identity.hprNumber()).isEqualTo("565501872");
            assertThat(identity.professions()).containsExactly("LE", "SP");
        }

        @Test
        void hprDetailsAsJsonStringAreParsed() throws Exception {
            String details = "{\"approvals\":[{\"profession\":\"FT\"},{\"profession\":{\"value\":\"LE\"}}]}";
            VerifiedIdentity identity = healthVerifier.verifyIdToken(
                    providerSigned(healthClaims("4").claim(HPR_DETAILS, details).build()), NONCE);

            assertThat(identity.professions()).containsExactly("FT", "LE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"3", "2", "1", "0", "", "4 ", " 4", "04", "5"})
        void securityLevelOtherThanFourIsRefused(String level) throws Exception {
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(providerSigned(healthClaims(level).build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class)
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void missingSecurityLevelIsRefused() throws Exception {
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(
                    providerSigned(healthClaims("4").claim(HEALTH_LEVEL, null).build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class)
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void citizenLevelClaimDoesNotSatisfyHealthProvider() throws Exception {
            // acr = 4 in the wrong claim must not count.
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(providerSigned(
                    healthClaims("4").claim(HEALTH_LEVEL, null).claim("acr", "4").build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class)
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("insufficient_level"));
        }

        @Test
        void missingPidIsRefused() throws Exception {
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(
                    providerSigned(healthClaims("4").claim(HEALTH_PID, null).claim("pid", PID).build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class)
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("missing_national_id"));
        }

        @Test
        void pidWithBadCheckDigitsIsRefused() throws Exception {
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(
                    providerSigned(healthClaims("4").claim(HEALTH_PID, "11828410019").build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class)
                    .satisfies(t -> assertThat(reason(t)).isEqualTo("invalid_national_id"));
        }

        @Test
        void citizenTokenIsRefusedByHealthVerifier() throws Exception {
            assertThatThrownBy(() -> healthVerifier.verifyIdToken(providerSigned(idClaims().build()), NONCE))
                    .isInstanceOf(AuthenticationFailure.class);
        }

        @Test
        void healthTokenIsRefusedByCitizenVerifier() throws Exception {
            assertIdTokenRefused(providerSigned(healthClaims("4").build()));
        }
    }

    // ---------------------------------------------------------------- not JWTs at all

    @Nested
    class NotJwts {

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "not-a-jwt", "a.b", "a.b.c", "...", "....", "eyJ9.eyJ9.", "Bearer x.y.z",
                "eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln", "W10.e30.c2ln"})
        void garbageIsRefused(String token) {
            assertIdTokenRefused(token);
            assertAccessTokenRefused(token);
        }

        @Test
        void notAJwtHasReasonMalformed() {
            assertIdTokenRefused("not-a-jwt").satisfies(t -> assertThat(reason(t)).isEqualTo("malformed_token"));
            assertAccessTokenRefused("not-a-jwt").satisfies(t -> assertThat(reason(t)).isEqualTo("malformed_token"));
        }

        @Test
        void jweLookingTokenIsRefused() {
            String jwe = b64("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\",\"kid\":\"k1\"}") + "."
                    + Base64URL.encode("encrypted-key") + "." + Base64URL.encode("iv-of-12-byt") + "."
                    + Base64URL.encode("cipher-text") + "." + Base64URL.encode("tag-of-16-bytes!");

            assertIdTokenRefused(jwe);
            assertAccessTokenRefused(jwe);
        }

        @Test
        void jweWithDirectEncryptionIsRefused() {
            String jwe = b64("{\"alg\":\"dir\",\"enc\":\"A128CBC-HS256\"}") + ".." + Base64URL.encode("iv") + "."
                    + b64(idClaims().build().toString()) + "." + Base64URL.encode("tag");

            assertIdTokenRefused(jwe);
            assertAccessTokenRefused(jwe);
        }
    }
}

package no.sammen.identity.control;

import java.text.ParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import no.sammen.identity.NationalId;

/**
 * Validates one provider's ID tokens and API access tokens. Keys come only from the provider's published key set;
 * algorithms are pinned; the issuer must match exactly; a token that offers its own key ({@code jku}, {@code jwk},
 * {@code x5u}) is refused outright.
 */
public final class TokenVerifier {

    static final int MAX_CLOCK_SKEW_SECONDS = 60;

    private final ProviderSettings settings;
    private final IDTokenValidator idTokens;
    private final DefaultJWTProcessor<SecurityContext> accessTokens;
    private final VerifiedTokens verified;

    public TokenVerifier(ProviderSettings settings, JWKSource<SecurityContext> keys) {
        this(settings, keys, System::currentTimeMillis);
    }

    TokenVerifier(ProviderSettings settings, JWKSource<SecurityContext> keys, LongSupplier clock) {
        this.settings = settings;
        this.verified = new VerifiedTokens(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, clock);
        var keySelector = new JWSVerificationKeySelector<SecurityContext>(settings.algorithms(), keys);
        this.idTokens = new IDTokenValidator(new Issuer(settings.issuer()), new ClientID(settings.clientId()),
                keySelector, null);
        this.idTokens.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);

        this.accessTokens = new DefaultJWTProcessor<>();
        accessTokens.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        accessTokens.setJWSKeySelector(keySelector);
        var claimsVerifier = new DefaultJWTClaimsVerifier<SecurityContext>(
                new HashSet<>(Set.of(settings.apiAudience())), // Nimbus asks contains(null): Set.of would throw
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                Set.of("sub", "iat", "exp"),
                null);
        claimsVerifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        accessTokens.setJWTClaimsSetVerifier(claimsVerifier);
    }

    /** The settings of the provider whose tokens this verifies. */
    public ProviderSettings settings() {
        return settings;
    }

    /**
     * Validates an ID token from the token endpoint against the nonce of the login attempt.
     */
    public VerifiedIdentity verifyIdToken(String idToken, Nonce expectedNonce) throws AuthenticationFailure {
        JWTClaimsSet claims;
        try {
            JWT jwt = parseSigned(idToken);
            claims = idTokens.validate(jwt, expectedNonce).toJWTClaimsSet();
        } catch (BadJOSEException | JOSEException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AuthenticationFailure("invalid_id_token", e.getMessage(), e);
        }
        List<String> audience = claims.getAudience();
        if (audience.size() > 1 && !settings.clientId().equals(stringClaim(claims, "azp"))) {
            throw new AuthenticationFailure("invalid_id_token", "several audiences and azp is not this client");
        }
        requireNotBefore(claims);
        return identityFrom(claims);
    }

    /** The identity of an access token this verifier accepted before and that is still valid, or {@code null}. */
    public VerifiedIdentity knownAccessToken(String accessToken) {
        return verified.known(accessToken);
    }

    /**
     * Validates a bearer access token presented to the API. A token verified before by this instance and not yet
     * expired is not verified again ({@link VerifiedTokens}).
     */
    public VerifiedIdentity verifyAccessToken(String accessToken) throws AuthenticationFailure {
        VerifiedIdentity known = verified.known(accessToken);
        if (known != null) {
            return known;
        }
        JWTClaimsSet claims;
        try {
            claims = accessTokens.process(parseSigned(accessToken), null);
        } catch (BadJOSEException | JOSEException e) {
            throw new AuthenticationFailure("invalid_access_token", e.getMessage(), e);
        }
        Date issued = claims.getIssueTime();
        if (issued.getTime() > System.currentTimeMillis() + MAX_CLOCK_SKEW_SECONDS * 1000L) {
            throw new AuthenticationFailure("invalid_access_token", "iat is in the future");
        }
        VerifiedIdentity identity = identityFrom(claims);
        verified.remember(accessToken, identity, claims.getExpirationTime().getTime() + MAX_CLOCK_SKEW_SECONDS * 1000L);
        return identity;
    }

    private static SignedJWT parseSigned(String token) throws AuthenticationFailure {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new AuthenticationFailure("malformed_token", "not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new AuthenticationFailure("unsigned_token", "token is not signed (alg " + jwt.getHeader().getAlgorithm() + ")");
        }
        JWSHeader header = signed.getHeader();
        if (header.getJWKURL() != null || header.getJWK() != null || header.getX509CertURL() != null) {
            throw new AuthenticationFailure("untrusted_key_header", "token offers its own key (jku/jwk/x5u)");
        }
        return signed;
    }

    private static void requireNotBefore(JWTClaimsSet claims) throws AuthenticationFailure {
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.getTime() > System.currentTimeMillis() + MAX_CLOCK_SKEW_SECONDS * 1000L) {
            throw new AuthenticationFailure("invalid_id_token", "nbf is in the future");
        }
    }

    private VerifiedIdentity identityFrom(JWTClaimsSet claims) throws AuthenticationFailure {
        Object levelValue = claims.getClaim(settings.levelClaim());
        String level = levelValue == null ? null : levelValue.toString();
        if (level == null || !settings.acceptedLevels().contains(level)) {
            throw new AuthenticationFailure("insufficient_level",
                    settings.levelClaim() + " is " + (level == null ? "missing" : "not an accepted level"));
        }
        String pid = stringClaim(claims, settings.nationalIdClaim());
        if (pid == null) {
            throw new AuthenticationFailure("missing_national_id", settings.nationalIdClaim() + " is missing");
        }
        if (!NationalId.isValid(pid)) {
            throw new AuthenticationFailure("invalid_national_id", settings.nationalIdClaim() + " is not a valid number");
        }
        NationalId nationalId = NationalId.parse(pid, settings.nationalIdClaim());
        String hprNumber = settings.hprNumberClaim().map(c -> claimAsString(claims.getClaim(c))).orElse(null);
        List<String> professions = settings.hprDetailsClaim()
                .map(c -> HprDetails.professions(claims.getClaim(c)))
                .orElse(List.of());
        return new VerifiedIdentity(settings.name(), nationalId, stringClaim(claims, settings.nameClaim()), level,
                stringClaim(claims, "sid"), hprNumber, professions);
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claimAsString(claims.getClaim(name));
    }

    private static String claimAsString(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return null;
    }
}

package no.sammen.identity.control;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.PushedAuthorizationRequest;
import com.nimbusds.oauth2.sdk.PushedAuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect authorization code flow, from Sammen's side: build the authorization request (PKCE S256,
 * {@code state}, {@code nonce}, {@code acr_values}; pushed first when PAR is configured), then check the answer that
 * comes back to the callback against the attempt stored in this browser's session, redeem the code with the PKCE
 * verifier and the configured client authentication, and validate the ID token.
 */
@ApplicationScoped
public class LoginFlow {

    /** Where the provider returns the browser after logout: fixed, never taken from a request. */
    static final String SIGNED_OUT = "/signed-out.xhtml";
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
    static final int MAX_OPEN_ATTEMPTS = 5;
    private static final String ATTEMPTS = "no.sammen.identity.loginAttempts";
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    /** The outcome of a successful callback. */
    public record CompletedLogin(VerifiedIdentity identity, String idToken, String returnTo) {
    }

    @Inject
    OidcProviders providers;

    @Inject
    @ConfigProperty(name = "sammen.public-url")
    String publicUrl;

    private final Map<String, JWK> privateKeys = new ConcurrentHashMap<>();

    /** Starts a login with {@code providerName}; returns where to send the browser. */
    public URI begin(String providerName, String returnTo, HttpSession session) throws AuthenticationFailure {
        OidcProviders.Provider p = provider(providerName);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        ClientID clientId = new ClientID(p.settings().clientId());
        var builder = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(p.settings().scope()),
                clientId, OidcProviders.callbackUri(publicUrl, providerName))
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        p.settings().acrValues().ifPresent(v -> builder.acrValues(
                Arrays.stream(v.trim().split("\\s+")).map(ACR::new).toList()));
        AuthenticationRequest request = builder.build();
        remember(session, new LoginAttempt(providerName, state.getValue(), nonce.getValue(), verifier.getValue(),
                ReturnTo.sanitise(returnTo), Instant.now()));
        if (!p.settings().par()) {
            return request.toURI();
        }
        URI parEndpoint = p.metadata().getPushedAuthorizationRequestEndpointURI();
        if (parEndpoint == null) {
            throw new AuthenticationFailure("par_unsupported", "provider has no pushed_authorization_request_endpoint");
        }
        try {
            var par = new PushedAuthorizationRequest(parEndpoint, clientAuthentication(p), request);
            PushedAuthorizationResponse response = PushedAuthorizationResponse.parse(send(par.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new AuthenticationFailure("par_refused",
                        String.valueOf(response.toErrorResponse().getErrorObject().getCode()));
            }
            return new AuthorizationRequest.Builder(response.toSuccessResponse().getRequestURI(), clientId)
                    .endpointURI(p.metadata().getAuthorizationEndpointURI())
                    .build()
                    .toURI();
        } catch (ParseException e) {
            throw new AuthenticationFailure("par_refused", "unparseable PAR response", e);
        }
    }

    /** Checks the provider's answer at the callback and redeems the code. */
    public CompletedLogin complete(String providerName, HttpServletRequest request) throws AuthenticationFailure {
        String stateValue = request.getParameter("state");
        if (stateValue == null || stateValue.isEmpty()) {
            throw new AuthenticationFailure("missing_state", "callback without state");
        }
        HttpSession session = request.getSession(false);
        LoginAttempt attempt = session == null ? null : take(session, stateValue);
        if (attempt == null) {
            throw new AuthenticationFailure("unknown_state", "state does not belong to a login of this browser");
        }
        if (!attempt.provider().equals(providerName)) {
            throw new AuthenticationFailure("issuer_mixup", "answer arrived at another provider's callback");
        }
        if (attempt.startedAt().plus(ATTEMPT_LIFETIME).isBefore(Instant.now())) {
            throw new AuthenticationFailure("expired_attempt", "login attempt is too old");
        }
        OidcProviders.Provider p = provider(providerName);
        String iss = request.getParameter("iss");
        if (iss != null && !iss.equals(p.settings().issuer())) {
            throw new AuthenticationFailure("issuer_mixup", "iss parameter names another issuer");
        }
        if (iss == null && p.metadata().supportsAuthorizationResponseIssuerParam()) {
            throw new AuthenticationFailure("issuer_mixup", "provider promises the iss parameter but sent none");
        }
        String error = request.getParameter("error");
        if (error != null) {
            throw new AuthenticationFailure("provider_error", "provider answered " + error);
        }
        String code = request.getParameter("code");
        if (code == null || code.isEmpty()) {
            throw new AuthenticationFailure("missing_code", "callback without code");
        }
        OIDCTokens tokens = redeem(p, providerName, code, attempt);
        VerifiedIdentity identity = p.verifier().verifyIdToken(tokens.getIDTokenString(), new Nonce(attempt.nonce()));
        if (p.settings().healthPersonnel() && identity.professions().isEmpty()
                && p.settings().hprDetailsClaim().isPresent() && p.metadata().getUserInfoEndpointURI() != null
                && tokens.getAccessToken() != null) {
            identity = withUserInfo(p, identity, tokens);
        }
        return new CompletedLogin(identity, tokens.getIDTokenString(), attempt.returnTo());
    }

    /** Where to send the browser to end the provider's session too. */
    public URI endSession(String providerName, String idToken) {
        try {
            OidcProviders.Provider p = provider(providerName);
            URI endpoint = p.metadata().getEndSessionEndpointURI();
            URI afterwards = URI.create(publicUrl.replaceAll("/+$", "") + SIGNED_OUT);
            if (endpoint == null) {
                return afterwards;
            }
            return new LogoutRequest(endpoint, idToken == null ? null : JWTParser.parse(idToken), afterwards, new State())
                    .toURI();
        } catch (AuthenticationFailure | java.text.ParseException e) {
            return URI.create(publicUrl.replaceAll("/+$", "") + SIGNED_OUT);
        }
    }

    private OIDCTokens redeem(OidcProviders.Provider p, String providerName, String code, LoginAttempt attempt)
            throws AuthenticationFailure {
        try {
            var grant = new AuthorizationCodeGrant(new AuthorizationCode(code),
                    OidcProviders.callbackUri(publicUrl, providerName), new CodeVerifier(attempt.codeVerifier()));
            var tokenRequest = new TokenRequest(p.metadata().getTokenEndpointURI(), clientAuthentication(p), grant);
            TokenResponse response = OIDCTokenResponseParser.parse(send(tokenRequest.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new AuthenticationFailure("token_refused",
                        String.valueOf(response.toErrorResponse().getErrorObject().getCode()));
            }
            OIDCTokens tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
            if (tokens.getIDTokenString() == null) {
                throw new AuthenticationFailure("invalid_id_token", "token response without ID token");
            }
            return tokens;
        } catch (ParseException | ClassCastException e) {
            throw new AuthenticationFailure("token_refused", "unparseable token response", e);
        }
    }

    private VerifiedIdentity withUserInfo(OidcProviders.Provider p, VerifiedIdentity identity, OIDCTokens tokens)
            throws AuthenticationFailure {
        try {
            var request = new UserInfoRequest(p.metadata().getUserInfoEndpointURI(),
                    new BearerAccessToken(tokens.getAccessToken().getValue()));
            UserInfoResponse response = UserInfoResponse.parse(send(request.toHTTPRequest()));
            if (!response.indicatesSuccess() || response.toSuccessResponse().getUserInfo() == null) {
                return identity;
            }
            var info = response.toSuccessResponse().getUserInfo();
            String subject = JWTParser.parse(tokens.getIDTokenString()).getJWTClaimsSet().getSubject();
            if (!info.getSubject().getValue().equals(subject)) {
                throw new AuthenticationFailure("userinfo_mismatch", "userinfo is about another subject");
            }
            List<String> professions = HprDetails.professions(info.getClaim(p.settings().hprDetailsClaim().get()));
            String hpr = identity.hprNumber();
            if (hpr == null && p.settings().hprNumberClaim().isPresent()) {
                hpr = info.getStringClaim(p.settings().hprNumberClaim().get());
            }
            return identity.withProfessions(hpr, professions);
        } catch (ParseException | java.text.ParseException e) {
            return identity;
        }
    }

    private ClientAuthentication clientAuthentication(OidcProviders.Provider p) throws AuthenticationFailure {
        ProviderSettings s = p.settings();
        ClientID clientId = new ClientID(s.clientId());
        switch (s.clientAuth()) {
            case "client_secret_basic":
                return new ClientSecretBasic(clientId, new Secret(secret(s)));
            case "client_secret_post":
                return new ClientSecretPost(clientId, new Secret(secret(s)));
            case "private_key_jwt":
                return privateKeyJwt(s, clientId);
            default:
                throw new AuthenticationFailure("misconfigured", "unknown client-auth " + s.clientAuth());
        }
    }

    private static String secret(ProviderSettings s) throws AuthenticationFailure {
        return s.clientSecret().filter(v -> !v.isBlank()).orElseThrow(() ->
                new AuthenticationFailure("misconfigured", "sammen.oidc." + s.name() + ".client-secret is not set"));
    }

    /**
     * A client assertion as HelseID requires it: {@code iss} = {@code sub} = client id, {@code aud} = the
     * provider's issuer, a unique {@code jti}, and a lifetime of 60 seconds; signed with PS256 (RSA keys) or ES256
     * (EC keys), the algorithms FAPI 2.0 allows.
     */
    private PrivateKeyJWT privateKeyJwt(ProviderSettings s, ClientID clientId) throws AuthenticationFailure {
        JWK key = privateKeys.computeIfAbsent(s.name(), n -> loadKey(s));
        if (key == null) {
            throw new AuthenticationFailure("misconfigured", "sammen.oidc." + s.name() + ".private-key is not a readable private JWK");
        }
        Date now = new Date();
        var claims = new JWTAuthenticationClaimsSet(new Issuer(clientId.getValue()), clientId,
                List.of(new Audience(s.issuer())), new Date(now.getTime() + 60_000), now, now, new JWTID());
        try {
            if (key instanceof RSAKey rsa) {
                return new PrivateKeyJWT(claims, JWSAlgorithm.PS256, rsa.toRSAPrivateKey(), rsa.getKeyID(), null);
            }
            if (key instanceof ECKey ec) {
                return new PrivateKeyJWT(claims, JWSAlgorithm.ES256, ec.toECPrivateKey(), ec.getKeyID(), null);
            }
        } catch (JOSEException e) {
            throw new AuthenticationFailure("misconfigured", "client assertion could not be signed", e);
        }
        throw new AuthenticationFailure("misconfigured", "private key must be an RSA or EC JWK");
    }

    private static JWK loadKey(ProviderSettings s) {
        try {
            String json = Files.readString(Path.of(s.privateKeyFile().orElse("")));
            JWK jwk = JWK.parse(json);
            return jwk.isPrivate() ? jwk : null;
        } catch (IOException | java.text.ParseException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static HTTPResponse send(HTTPRequest request) throws AuthenticationFailure {
        request.setConnectTimeout(CONNECT_TIMEOUT_MS);
        request.setReadTimeout(READ_TIMEOUT_MS);
        try {
            return request.send();
        } catch (IOException e) {
            throw new AuthenticationFailure("provider_unavailable", "provider did not answer", e);
        }
    }

    private OidcProviders.Provider provider(String name) throws AuthenticationFailure {
        return providers.provider(name)
                .orElseThrow(() -> new AuthenticationFailure("unknown_provider", "no provider called that"));
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, LoginAttempt attempt) {
        synchronized (session) {
            var attempts = (LinkedHashMap<String, LoginAttempt>) session.getAttribute(ATTEMPTS);
            attempts = attempts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attempts);
            Instant cutoff = Instant.now().minus(ATTEMPT_LIFETIME);
            attempts.values().removeIf(a -> a.startedAt().isBefore(cutoff));
            while (attempts.size() >= MAX_OPEN_ATTEMPTS) {
                attempts.remove(attempts.keySet().iterator().next());
            }
            attempts.put(attempt.state(), attempt);
            session.setAttribute(ATTEMPTS, attempts);
        }
    }

    @SuppressWarnings("unchecked")
    private static LoginAttempt take(HttpSession session, String state) {
        synchronized (session) {
            var attempts = (LinkedHashMap<String, LoginAttempt>) session.getAttribute(ATTEMPTS);
            if (attempts == null) {
                return null;
            }
            attempts = new LinkedHashMap<>(attempts);
            LoginAttempt attempt = attempts.remove(state);
            session.setAttribute(ATTEMPTS, attempts);
            return attempt;
        }
    }
}

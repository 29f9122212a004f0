package no.sammen.identity.control;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import com.nimbusds.jwt.JWTParser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.identity.entity.LoginSessionEntity;
import no.sammen.identity.entity.PersonEntity;
import no.sammen.platform.Caller;
import no.sammen.platform.LogSafe;
import no.sammen.platform.AccessJournal;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.RequestIds;
import no.sammen.platform.RequestOrigin;

/**
 * Sammen's one authentication mechanism. For every request it establishes who is calling, from (in this order)
 * the login callback, a bearer token on the API, or the browser's login session; it starts logins at
 * {@code /login/start/{provider}}. A refusal answers 401 with a body that says nothing useful to an attacker, and
 * the reason goes to the log.
 */
@ApplicationScoped
public class SammenAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link Caller} once established. */
    public static final String CALLER = "no.sammen.identity.caller";
    /** Request attribute: {@code session} or {@code bearer}. */
    public static final String AUTHENTICATED_BY = "no.sammen.identity.authenticatedBy";

    private static final Logger LOG = Logger.getLogger(SammenAuthenticationMechanism.class.getName());
    private static final String CALLBACK = "/login/callback/";
    private static final String START = "/login/start/";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LoginFlow flow;

    @Inject
    OidcProviders providers;

    @Inject
    JpaPeople people;

    @Inject
    LoginSessions sessions;

    @Inject
    Callers callers;

    @Inject
    SessionPolicy policy;

    @Inject
    AccessJournal journal;

    @Inject
    @ConfigProperty(name = "sammen.public-url")
    String publicUrl;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Bound while the mechanism works, so that its audit entries (login, failed login) name the request.
        RequestIds.bind(RequestIds.of(request));
        RequestOrigin.bind(RequestOrigin.of(request));
        try {
            return authenticate(path, request, response, context);
        } finally {
            RequestIds.unbind();
            RequestOrigin.unbind();
        }
    }

    private AuthenticationStatus authenticate(String path, HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        try {
            if (path.startsWith(CALLBACK)) {
                return callback(path.substring(CALLBACK.length()), request, response, context);
            }
            if (path.startsWith(START)) {
                URI to = flow.begin(path.substring(START.length()), request.getParameter("returnTo"),
                        request.getSession(true));
                return context.redirect(to.toString());
            }
            String authorization = request.getHeader("Authorization");
            if (authorization != null && isApi(path)) {
                return bearer(authorization, request, context);
            }
            Optional<Caller> fromSession = fromSession(request);
            if (fromSession.isPresent()) {
                return establish(fromSession.get(), "session", request, context);
            }
        } catch (AuthenticationFailure failure) {
            return refuse(failure, path, request, response);
        }
        if (context.isProtected()) {
            if (isApi(path)) {
                return refuse(new AuthenticationFailure("no_credentials", "protected resource"), path, request, response);
            }
            String returnTo = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(base() + "/?returnTo=" + URLEncoder.encode(ReturnTo.sanitise(returnTo),
                    StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus callback(String provider, HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) throws AuthenticationFailure {
        LoginFlow.CompletedLogin done = flow.complete(provider, request);
        PersonEntity person = people.signedIn(done.identity());
        UUID loginSession = sessions.start(person.id(), provider, done.identity().sid(), done.identity().level());
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval((int) policy.idle().toSeconds());
        session.setAttribute(LoginState.ATTRIBUTE, new LoginState(loginSession, provider, done.idToken(), newToken()));
        journal.record(signInEvent(AuditEvent.Kind.LOGIN, AuditEvent.Outcome.SUCCESS, provider,
                new AuditEvent.Subject(person.id(), person.displayName())));
        LOG.info(() -> "login person=" + person.id() + " provider=" + provider + " level="
                + LogSafe.value(done.identity().level()) + " requestId=" + RequestIds.of(request));
        return context.redirect(base() + done.returnTo());
    }

    private AuthenticationStatus bearer(String authorization, HttpServletRequest request, HttpMessageContext context)
            throws AuthenticationFailure {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthenticationFailure("unsupported_scheme", "Authorization is not a bearer token");
        }
        String token = authorization.substring(7).trim();
        Optional<OidcProviders.KnownToken> known = providers.verifiedBefore(token);
        OidcProviders.Provider provider;
        VerifiedIdentity identity;
        if (known.isPresent()) {
            provider = known.get().provider();
            identity = known.get().identity();
        } else {
            provider = providers.byIssuer(unverifiedIssuer(token)).orElseThrow(
                    () -> new AuthenticationFailure("unknown_issuer", "token from an issuer Sammen does not trust"));
            identity = provider.verifier().verifyAccessToken(token);
        }
        // Most requests change nothing about the person: read them without a transaction of their own.
        PersonEntity person = people.presentedTokenUnchanged(identity).orElseGet(() -> people.presentedToken(identity));
        return establish(callers.caller(person, provider.settings(), identity.level()), "bearer", request, context);
    }

    /** The issuer a bearer token names, before anything about it is verified: only to pick the verifier. */
    private static String unverifiedIssuer(String token) throws AuthenticationFailure {
        try {
            var claims = JWTParser.parse(token).getJWTClaimsSet();
            if (claims == null) {
                throw new AuthenticationFailure("malformed_token", "bearer token is encrypted or has no claims");
            }
            return claims.getIssuer() == null ? "" : claims.getIssuer();
        } catch (java.text.ParseException e) {
            throw new AuthenticationFailure("malformed_token", "bearer token is not a JWT");
        }
    }

    private Optional<Caller> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(LoginState.ATTRIBUTE) instanceof LoginState state)) {
            return Optional.empty();
        }
        Optional<LoginSessionEntity> active = sessions.active(state.loginSessionId());
        Optional<PersonEntity> person = active.flatMap(s -> people.person(s.personId()));
        Optional<ProviderSettings> settings = providers.settings(state.provider());
        if (person.isEmpty() || settings.isEmpty()) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(callers.caller(person.get(), settings.get(), active.get().acr()));
    }

    private AuthenticationStatus establish(Caller caller, String how, HttpServletRequest request,
                                           HttpMessageContext context) {
        request.setAttribute(CALLER, caller);
        request.setAttribute(AUTHENTICATED_BY, how);
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.personId().toString()),
                new HashSet<>(Callers.groups(caller)));
    }

    private AuthenticationStatus refuse(AuthenticationFailure failure, String path, HttpServletRequest request,
                                        HttpServletResponse response) {
        String requestId = RequestIds.of(request);
        boolean noCredentials = "no_credentials".equals(failure.reason());
        if (!noCredentials) {
            // A credential was presented and refused: a failed login (a request without one is just not signed in).
            journal.record(signInEvent(AuditEvent.Kind.LOGIN_FAILED, AuditEvent.Outcome.MINOR_FAILURE, failure.reason(),
                    new AuditEvent.Subject(null, path.startsWith(CALLBACK) ? "login at " + LogSafe.value(
                            path.substring(CALLBACK.length())) : "bearer token")));
        }
        LOG.warning(() -> "authentication refused reason=" + failure.reason() + " detail="
                + LogSafe.value(failure.getMessage()) + " path=" + LogSafe.value(path) + " requestId=" + requestId);
        boolean unavailable = "provider_unavailable".equals(failure.reason()) || "misconfigured".equals(failure.reason());
        int status = unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_UNAUTHORIZED;
        try {
            response.resetBuffer();
            response.setStatus(status);
            response.setHeader("Cache-Control", "no-store");
            // Filters do not run after a refusal here, so the refusal carries its own security headers.
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
            response.setHeader("X-Request-Id", requestId);
            if (status == HttpServletResponse.SC_UNAUTHORIZED && isApi(path)) {
                response.setHeader("WWW-Authenticate", request.getHeader("Authorization") == null
                        ? "Bearer realm=\"sammen\"" : "Bearer realm=\"sammen\", error=\"invalid_token\"");
            }
            if (!isApi(path) && accepts(request, "text/html")) {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(FailurePage.html(unavailable, base()));
            } else {
                response.setContentType("application/problem+json");
                var body = Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", unavailable ? "Service Unavailable" : "Unauthorized")
                        .add("status", status)
                        .add("detail", unavailable ? "The identity provider cannot be reached right now."
                                : "Authentication is required, or the credentials given were not accepted.")
                        .add("requestId", requestId)
                        .build();
                response.getWriter().write(body.toString());
            }
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine("client went away while refusing authentication");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** A sign-in event for the audit trail: no child, operation EXECUTE (the FHIR login/logout subtypes). */
    private static AuditEvent signInEvent(AuditEvent.Kind kind, AuditEvent.Outcome outcome, String basis,
                                          AuditEvent.Subject subject) {
        return new AuditEvent(kind, AuditEvent.Operation.EXECUTE, null, null, null, null, outcome, basis, null, null,
                subject);
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The synchronizer token of the browser's login, or {@code null} when not signed in with a session. */
    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(LoginState.ATTRIBUTE) instanceof LoginState state
                ? state.csrfToken() : null;
    }

    /** Ends the browser's login here; returns where to send the browser to end the provider's session too. */
    public URI logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(LoginState.ATTRIBUTE) instanceof LoginState state)) {
            return URI.create(base() + "/");
        }
        sessions.end(state.loginSessionId(), "logout");
        session.invalidate();
        journal.record(signInEvent(AuditEvent.Kind.LOGOUT, AuditEvent.Outcome.SUCCESS, "logout", null));
        LOG.info(() -> "logout loginSession=" + state.loginSessionId() + " requestId=" + RequestIds.of(request));
        return flow.endSession(state.provider(), state.idToken());
    }

    /** Front-channel logout from the provider: ends the sessions it knows by {@code sid}. */
    public int frontChannelLogout(String provider, String iss, String sid) {
        Optional<ProviderSettings> settings = providers.settings(provider);
        if (settings.isEmpty() || iss == null || sid == null || !settings.get().issuer().equals(iss)) {
            LOG.warning(() -> "front-channel logout refused provider=" + LogSafe.value(provider));
            return 0;
        }
        int ended = sessions.endBySid(provider, sid);
        if (ended > 0) {
            journal.record(signInEvent(AuditEvent.Kind.LOGOUT, AuditEvent.Outcome.SUCCESS,
                    "front-channel logout from " + provider, new AuditEvent.Subject(null, "sid of " + provider)));
        }
        LOG.info(() -> "front-channel logout provider=" + provider + " sessionsEnded=" + ended);
        return ended;
    }
}

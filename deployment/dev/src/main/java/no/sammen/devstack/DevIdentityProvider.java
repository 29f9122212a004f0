package no.sammen.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * Development stand-ins for ID-porten ({@code /idporten}) and HelseID ({@code /helseid}): NAV's mock-oauth2-server
 * with a login page listing the {@link Personas}.
 *
 * <p>Access tokens carry the audience {@value #API_AUDIENCE}; ID tokens the client id. It listens on the loopback
 * interface only: it hands out tokens for anyone who asks.
 */
public final class DevIdentityProvider implements AutoCloseable {

    /** The audience of access tokens for Sammen's API. */
    public static final String API_AUDIENCE = "sammen-api";
    /** Access token lifetime at ID-porten, seconds. */
    public static final long CITIZEN_TOKEN_SECONDS = 120;
    /** Access token lifetime at HelseID, seconds. */
    public static final long HEALTH_TOKEN_SECONDS = 300;

    private final MockOAuth2Server server;
    private final Path loginPage;
    private final int port;
    private boolean closed;

    private DevIdentityProvider(MockOAuth2Server server, Path loginPage, int port) {
        this.server = server;
        this.loginPage = loginPage;
        this.port = port;
    }

    /** Starts with the standard {@link Personas}. */
    public static DevIdentityProvider start(int port, Path workDirectory) {
        return start(port, workDirectory, Personas.load());
    }

    /**
     * Starts both issuers.
     *
     * @param port          the port, or 0 for a free one
     * @param workDirectory where the generated login page is written (created if missing)
     * @param personas      who appears on the login page
     */
    public static DevIdentityProvider start(int port, Path workDirectory, Personas personas) {
        Path loginPage;
        try {
            Files.createDirectories(workDirectory);
            loginPage = workDirectory.resolve("login.html");
            Files.writeString(loginPage, LoginPage.html(personas), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<OAuth2TokenCallback> callbacks = new LinkedHashSet<>();
        callbacks.add(new DefaultOAuth2TokenCallback(Persona.CITIZEN_ISSUER, "unused-subject", "JWT",
                List.of(API_AUDIENCE), Map.of(), CITIZEN_TOKEN_SECONDS));
        callbacks.add(new DefaultOAuth2TokenCallback(Persona.HEALTH_ISSUER, "unused-subject", "JWT",
                List.of(API_AUDIENCE), Map.of(), HEALTH_TOKEN_SECONDS));
        OAuth2Config config = new OAuth2Config(true, loginPage.toAbsolutePath().toString(), null, false,
                new OAuth2TokenProvider(), callbacks, new NettyWrapper());
        MockOAuth2Server server = new MockOAuth2Server(config);
        server.start(InetAddress.getLoopbackAddress(), port);
        return new DevIdentityProvider(server, loginPage, server.baseUrl().port());
    }

    /**
     * The issuer's address as it appears in tokens and discovery, without a trailing slash.
     *
     * @param issuerId {@code idporten} or {@code helseid}
     */
    public String issuerUrl(String issuerId) {
        if (!Persona.CITIZEN_ISSUER.equals(issuerId) && !Persona.HEALTH_ISSUER.equals(issuerId)) {
            throw new IllegalArgumentException("Unknown issuer " + issuerId);
        }
        return "http://localhost:" + port + "/" + issuerId;
    }

    public int port() {
        return port;
    }

    /** The generated login page (served for both issuers). */
    public Path loginPage() {
        return loginPage;
    }

    /** Stops the server. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.shutdown();
        }
    }

    @Override
    public String toString() {
        return "Development ID provider at http://localhost:" + port + "/{idporten,helseid}";
    }
}

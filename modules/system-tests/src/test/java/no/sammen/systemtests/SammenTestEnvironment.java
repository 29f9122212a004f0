package no.sammen.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import no.sammen.devstack.DevDatabase;
import no.sammen.devstack.DevIdentityProvider;
import no.sammen.devstack.Personas;
import no.sammen.devstack.RepositoryRoot;

/**
 * Starts what Sammen needs around it, once per test run, before any test class is loaded: an embedded PostgreSQL
 * and the development identity provider on free ports, and (in the background) Keycloak as a provider that
 * enforces PAR and {@code private_key_jwt}. It hands their addresses to the Payara Micro that Arquillian
 * starts, through {@code payara.cmdOptions} (JVM options) and {@code payara.extraMicroOptions} (Payara options,
 * among them a system-properties file made from {@code config/test.properties}).
 */
public class SammenTestEnvironment implements LauncherSessionListener {

    private static volatile Environment current;

    /** What the tests can reach. */
    public record Environment(String baseUrl, DevDatabase database, DevIdentityProvider identityProvider,
                              Personas personas, Path serverLog, Keycloak keycloak) {
    }

    /** The running environment; fails if the listener did not start it. */
    public static Environment current() {
        if (current == null) {
            throw new IllegalStateException("SammenTestEnvironment did not start (is the LauncherSessionListener registered?)");
        }
        return current;
    }

    /** The media limits of the test server: small, so that the tests can exceed them with little data. */
    static final long MEDIA_MAX_BYTES = 8_000_000;
    static final long MEDIA_CHILD_QUOTA = 3_000_000;

    /** Where the test server keeps media objects (encrypted), for tests that prove nothing was kept. */
    static Path mediaDirectory() {
        return Path.of(System.getProperty("sammen.target", "target")).toAbsolutePath().resolve("sammen-it/media");
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (current != null) {
            return;
        }
        try {
            Path target = Path.of(System.getProperty("sammen.target", "target")).toAbsolutePath();
            Path work = Files.createDirectories(target.resolve("sammen-it"));
            DevDatabase database = DevDatabase.startTemporary(0);
            DevIdentityProvider idp = DevIdentityProvider.start(0, work.resolve("idp"));
            int port = freePort();
            String baseUrl = "http://localhost:" + port;
            Path root = RepositoryRoot.find();
            Path clientKey = work.resolve("enforcing-client-key.json");
            Keycloak keycloak = Keycloak.start(Path.of(System.getProperty("sammen.keycloak.home")), freePort(), baseUrl,
                    clientKey);
            String properties = Files.readString(root.resolve("config/test.properties"), StandardCharsets.UTF_8)
                    + "\n# Added by SammenTestEnvironment\n"
                    + "db.url=" + database.jdbcUrl() + "\n"
                    + "sammen.public-url=" + baseUrl + "\n"
                    + "sammen.oidc.citizen.issuer=" + idp.issuerUrl("idporten") + "\n"
                    + "sammen.oidc.health.issuer=" + idp.issuerUrl("helseid") + "\n"
                    + "sammen.oidc.enforcing.issuer=" + keycloak.issuer() + "\n"
                    + "sammen.oidc.enforcing.private-key=" + clientKey + "\n"
                    + "sammen.media.directory=" + mediaDirectory() + "\n"
                    + "sammen.media.max-bytes=" + MEDIA_MAX_BYTES + "\n"
                    + "sammen.media.child-quota-bytes=" + MEDIA_CHILD_QUOTA + "\n";
            Path propertiesFile = work.resolve("sammen-test.properties");
            Files.writeString(propertiesFile, properties, StandardCharsets.UTF_8);
            Path serverLog = work.resolve("server.log");
            try (var old = Files.list(work)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("server.log")).toList()) {
                    Files.delete(p);
                }
            }
            Path tmp = Files.createDirectories(work.resolve("tmp"));
            System.setProperty("payara.cmdOptions", "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.io.tmpdir=" + tmp);
            System.setProperty("payara.extraMicroOptions", "--port " + port + " --nohazelcast --systemProperties "
                    + propertiesFile + " --logToFile " + serverLog);
            current = new Environment(baseUrl, database, idp, Personas.load(), serverLog, keycloak);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Environment env = current;
        current = null;
        if (env != null) {
            env.keycloak().close();
            env.identityProvider().close();
            env.database().close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

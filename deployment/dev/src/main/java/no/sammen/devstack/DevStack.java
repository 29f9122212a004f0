package no.sammen.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code mvn -Prun}: starts PostgreSQL, the development ID provider and Sammen, prints where to go, and runs until
 * Ctrl-C. State that should survive a restart (the database, the generated persona files) lives in
 * {@code .sammen-dev/} at the repository root, which git ignores.
 *
 * <p>System properties: {@code sammen.dev.http-port} (8080), {@code sammen.dev.db-port} (54329),
 * {@code sammen.dev.idp-port} (8091), {@code sammen.dev.war} (another WAR than {@code deployment/dev/target/sammen.war}),
 * {@code sammen.dev.jvm} (Payara's JVM options), {@code sammen.dev.db-durable} ({@code true}: PostgreSQL waits for the
 * disk at every commit, as in production; for benchmarks).
 */
public final class DevStack {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_DB_PORT = 54329;
    public static final int DEFAULT_IDP_PORT = 8091;

    // The launcher's console is its user interface.
    private static final PrintStream CONSOLE = System.out;

    private final Path root;
    private final Path devDirectory;
    private DevDatabase database;
    private DevIdentityProvider identityProvider;
    private SammenServer server;
    private boolean stopped;

    private DevStack(Path root) {
        this.root = root;
        this.devDirectory = root.resolve(".sammen-dev");
    }

    public static void main(String[] args) throws Exception {
        DevStack stack = new DevStack(RepositoryRoot.find());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "sammen-devstack-shutdown"));
        try {
            stack.start(Integer.getInteger("sammen.dev.http-port", DEFAULT_HTTP_PORT),
                    Integer.getInteger("sammen.dev.db-port", DEFAULT_DB_PORT),
                    Integer.getInteger("sammen.dev.idp-port", DEFAULT_IDP_PORT));
        } catch (RuntimeException | IOException e) {
            stack.stop();
            throw e;
        }
        // Run until Ctrl-C; the shutdown hook stops everything.
        new CountDownLatch(1).await();
    }

    private void start(int httpPort, int dbPort, int idpPort) throws IOException {
        long started = System.nanoTime();
        Personas personas = Personas.load();
        Path pgdata = devDirectory.resolve("pgdata");

        CONSOLE.println("Starting PostgreSQL on port " + dbPort + " (data in " + root.relativize(pgdata) + ") ...");
        try {
            database = DevDatabase.start(dbPort, pgdata, Boolean.getBoolean("sammen.dev.db-durable"));
        } catch (RuntimeException e) {
            if (Files.exists(pgdata.resolve("postmaster.pid"))) {
                CONSOLE.println("A PostgreSQL from an earlier run may still be running: its process id is the first line of "
                        + pgdata.resolve("postmaster.pid") + ".");
            }
            throw e;
        }

        CONSOLE.println("Starting the development ID provider on port " + idpPort + " ...");
        identityProvider = DevIdentityProvider.start(idpPort, devDirectory.resolve("idp"), personas);
        writeTokenScriptFiles(personas);

        CONSOLE.println("Starting Sammen on Payara Micro on port " + httpPort + " ...");
        Path work = devDirectory.resolve("server");
        deleteRecursively(work.resolve("tmp"));
        SammenServer.Builder builder = SammenServer.builder();
        String war = System.getProperty("sammen.dev.war");
        if (war != null && !war.isBlank()) {
            builder.war(Path.of(war));
        }
        String jvm = System.getProperty("sammen.dev.jvm");
        if (jvm != null && !jvm.isBlank()) {
            // For benchmarks: e.g. -Dsammen.dev.jvm="-Xmx1g" runs Payara with the JVM's server defaults (C2, G1).
            builder.jvmOptions(List.of(jvm.trim().split("\\s+")));
        }
        server = builder
                .repositoryRoot(root)
                .profile("dev")
                .port(httpPort)
                .workDirectory(work)
                .database(database)
                .identityProvider(identityProvider)
                .echo(line -> CONSOLE.println("[payara] " + line))
                .start();

        banner(personas, (System.nanoTime() - started) / 1_000_000);
    }

    /** The token script ({@code deployment/dev/token}) reads these; they hold no secrets beyond the dev client's. */
    private void writeTokenScriptFiles(Personas personas) throws IOException {
        Path dir = devDirectory.resolve("personas");
        Files.createDirectories(dir);
        StringBuilder issuers = new StringBuilder("# Written by the development stack for deployment/dev/token.\n");
        issuers.append(Persona.CITIZEN_ISSUER).append('=').append(identityProvider.issuerUrl(Persona.CITIZEN_ISSUER)).append('\n');
        issuers.append(Persona.HEALTH_ISSUER).append('=').append(identityProvider.issuerUrl(Persona.HEALTH_ISSUER)).append('\n');
        for (Persona p : personas.all()) {
            Files.writeString(dir.resolve(p.username() + ".json"), p.claims() + "\n", StandardCharsets.UTF_8);
            issuers.append("persona.").append(p.username()).append('=').append(p.issuerId()).append('\n');
        }
        Files.writeString(devDirectory.resolve("issuers.properties"), issuers.toString(), StandardCharsets.UTF_8);
    }

    private void banner(Personas personas, long millis) {
        String line = "=".repeat(78);
        StringBuilder b = new StringBuilder();
        b.append('\n').append(line).append('\n');
        b.append(" Sammen development stack is running (started in ").append(millis).append(" ms)\n\n");
        b.append(" Open           ").append(server.baseUrl()).append("/\n");
        b.append(" Log in         two buttons: ID-porten (citizens: family, school, assistants, admin, dpo)\n");
        b.append("                and HelseID (health personnel); then pick a persona below.\n\n");
        b.append(String.format(" %-9s %-50s %s%n", "username", "who", "login"));
        for (Persona p : personas.all()) {
            b.append(String.format(" %-9s %-50s %s%n", p.username(),
                    truncate(p.displayName() + " - " + p.who(), 50), p.loginLabel()));
        }
        b.append('\n');
        b.append(" API token      deployment/dev/token kari   (prints an access token for curl -H \"Authorization: Bearer ...\")\n");
        b.append(" Database       ").append(database.jdbcUrl()).append("  user sammen / sammen\n");
        b.append(" ID provider    ").append(identityProvider.issuerUrl(Persona.CITIZEN_ISSUER)).append("  ")
                .append(identityProvider.issuerUrl(Persona.HEALTH_ISSUER)).append('\n');
        b.append(" Server log     ").append(root.relativize(server.logFile())).append('\n');
        b.append('\n').append(" Ctrl-C stops everything.\n").append(line).append('\n');
        CONSOLE.print(b);
        CONSOLE.flush();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Stops the server, the ID provider and the database, in that order. Safe to call twice. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            closeQuietly(server, "Stopped Sammen (Payara Micro)");
        }
        if (identityProvider != null) {
            closeQuietly(identityProvider, "Stopped the development ID provider");
        }
        if (database != null) {
            closeQuietly(database, "Stopped PostgreSQL (data kept in " + root.relativize(database.dataDirectory()) + ")");
        }
        try {
            Files.deleteIfExists(devDirectory.resolve("issuers.properties"));
        } catch (IOException e) {
            // The token script then reports a connection failure instead; harmless.
        }
    }

    private static void closeQuietly(AutoCloseable closeable, String done) {
        try {
            closeable.close();
            CONSOLE.println(done);
        } catch (Exception e) {
            CONSOLE.println(done + " (with a problem: " + e + ")");
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package no.sammen.devstack;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sammen's WAR on Payara Micro, as a child process: the same runtime and packaging as production.
 *
 * <p>A child process (rather than Payara Micro's embedded API) keeps Payara's class path, logging and system properties
 * apart from the caller's, gives a measurable process (pid, memory), and stops with a signal like in production.
 */
public final class SammenServer implements AutoCloseable {

    /** How long Payara may take to answer {@code /health/ready}. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 80;
    /** GlassFish's message when an application fails to deploy; Payara itself keeps running without it. */
    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";
    /** Payara Micro's message when its boot (including deployments) is over. */
    private static final String BOOTED = "Payara Micro";
    private static final String BOOTED_SUFFIX = "(ms)";
    /** After a failed deployment, how long to wait for Payara to finish writing the details before giving up. */
    private static final Duration DETAILS_GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final int port;
    private final Path logFile;
    private Thread logPump;
    private volatile boolean deploymentFailed;
    private volatile boolean booted;
    private boolean closed;

    private SammenServer(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://localhost:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The Payara Micro process id. */
    public long pid() {
        return process.pid();
    }

    /** Payara's console output (standard output and error). */
    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The resident set size of the Payara process in kilobytes ({@code VmRSS} in {@code /proc/PID/status}), or -1 where
     * there is no {@code /proc} (not Linux) or the process has ended.
     */
    public long rssKilobytes() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").trim());
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail() {
        return tail(logFile, LOG_TAIL_LINES);
    }

    /** Stops Payara: SIGTERM, 20 seconds' grace, then SIGKILL. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stop(process);
        try {
            logPump.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Sammen at " + baseUrl() + " (Payara Micro pid " + process.pid() + ", log " + logFile + ")";
    }

    /** Configures and starts a {@link SammenServer}. */
    public static final class Builder {
        private Path repositoryRoot;
        private String profile = "dev";
        private int port;
        private Path workDirectory;
        private Path payaraMicroJar;
        private Path war;
        private String jdbcUrl;
        private String citizenIssuer;
        private String healthIssuer;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
        private Consumer<String> echo = line -> { };

        private Builder() {
        }

        /** The repository's root; default {@link RepositoryRoot#find()}. */
        public Builder repositoryRoot(Path root) {
            this.repositoryRoot = root;
            return this;
        }

        /** {@code dev} (default) or {@code test}: which {@code config/PROFILE.properties} to start from. */
        public Builder profile(String profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /** The HTTP port; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Where the log, generated properties and Payara's temporary files go; default a new temporary directory. */
        public Builder workDirectory(Path dir) {
            this.workDirectory = dir;
            return this;
        }

        /** Default {@code deployment/dev/target/payara-micro.jar} below the repository root. */
        public Builder payaraMicroJar(Path jar) {
            this.payaraMicroJar = jar;
            return this;
        }

        /** Default {@code deployment/dev/target/sammen.war} below the repository root. */
        public Builder war(Path war) {
            this.war = war;
            return this;
        }

        /** Sets {@code db.url}. */
        public Builder database(DevDatabase database) {
            return jdbcUrl(database.jdbcUrl());
        }

        /** Sets {@code db.url}. */
        public Builder jdbcUrl(String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        /** Sets both issuers' addresses. */
        public Builder identityProvider(DevIdentityProvider idp) {
            this.citizenIssuer = idp.issuerUrl(Persona.CITIZEN_ISSUER);
            this.healthIssuer = idp.issuerUrl(Persona.HEALTH_ISSUER);
            return this;
        }

        /** Adds or overrides a system property for Sammen (after the profile's and the generated ones). */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /**
         * Replaces the default JVM options ({@code -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}: small and quick
         * to start, for development) — e.g. with production-like ones for a benchmark.
         */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        /** Adds a JVM option for Payara (after the defaults {@code -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}). */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Receives every line Payara prints (besides the log file); default: nothing. */
        public Builder echo(Consumer<String> echo) {
            this.echo = Objects.requireNonNull(echo);
            return this;
        }

        /**
         * Starts Payara Micro and waits until {@code GET /health/ready} answers 200.
         *
         * @throws IllegalStateException if the process dies or is not ready in time (with the log's tail)
         */
        public SammenServer start() {
            try {
                return doStart();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private SammenServer doStart() throws IOException {
            // Absolute paths: Payara runs in the work directory.
            Path root = (repositoryRoot != null ? repositoryRoot : RepositoryRoot.find()).toAbsolutePath();
            Path target = root.resolve("deployment/dev/target");
            Path jar = (payaraMicroJar != null ? payaraMicroJar : target.resolve("payara-micro.jar")).toAbsolutePath();
            Path warFile = (war != null ? war : target.resolve("sammen.war")).toAbsolutePath();
            requireFile(jar, "Payara Micro");
            requireFile(warFile, "Sammen's WAR");
            Path profileFile = root.resolve("config").resolve(profile + ".properties");
            requireFile(profileFile, "the '" + profile + "' configuration");

            Path work = (workDirectory != null ? workDirectory : Files.createTempDirectory("sammen-server")).toAbsolutePath();
            Path tmp = work.resolve("tmp");
            Files.createDirectories(tmp);
            int httpPort = port != 0 ? port : freePort();

            Path systemProperties = work.resolve("sammen.properties");
            Files.writeString(systemProperties, systemProperties(profileFile, httpPort), StandardCharsets.UTF_8);

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Djava.io.tmpdir=" + tmp);
            command.addAll(List.of("-jar", jar.toString(),
                    "--deploy", warFile.toString(),
                    "--contextroot", "/",
                    "--port", Integer.toString(httpPort),
                    // Not "--nocluster": with it Payara still starts a (non-clustered) Hazelcast member, even next to
                    // --nohazelcast. --nohazelcast alone measured 3.1 s instead of 4.7 s to ready and 38 MB less RSS.
                    "--nohazelcast",
                    "--systemProperties", systemProperties.toString()));

            Path log = work.resolve("server.log");
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
            SammenServer server = new SammenServer(process, httpPort, log);
            server.logPump = new Thread(() -> server.pump(echo), "sammen-server-log");
            server.logPump.setDaemon(true);
            server.logPump.start();
            try {
                awaitReady(server, startupTimeout);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }

        private String systemProperties(Path profileFile, int httpPort) throws IOException {
            StringBuilder text = new StringBuilder(Files.readString(profileFile, StandardCharsets.UTF_8));
            text.append("\n# Added by no.sammen.devstack.SammenServer: addresses that depend on ports.\n");
            Map<String, String> generated = new LinkedHashMap<>();
            if (jdbcUrl != null) {
                generated.put("db.url", jdbcUrl);
            }
            generated.put("sammen.public-url", "http://localhost:" + httpPort);
            if (citizenIssuer != null) {
                generated.put("sammen.oidc.citizen.issuer", citizenIssuer);
            }
            if (healthIssuer != null) {
                generated.put("sammen.oidc.health.issuer", healthIssuer);
            }
            generated.putAll(properties);
            generated.forEach((k, v) -> text.append(k).append('=').append(escapeValue(v)).append('\n'));
            return text.toString();
        }
    }

    private static void awaitReady(SammenServer server, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long failedAt = 0;
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!server.process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + server.process.exitValue()
                        + " before it was ready. Last lines of " + server.logFile + ":\n" + server.logTail());
            }
            if (server.deploymentFailed) {
                failedAt = failedAt == 0 ? System.nanoTime() : failedAt;
                if (server.booted || System.nanoTime() - failedAt > DETAILS_GRACE.toNanos()) {
                    throw new IllegalStateException("Sammen's WAR failed to deploy. From " + server.logFile + ":\n"
                            + excerpt(server.logFile, DEPLOYMENT_FAILED, 40));
                }
            }
            try {
                lastStatus = client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
        }
        throw new IllegalStateException("Sammen was not ready within " + timeout.toSeconds() + " s (last status of "
                + server.baseUrl() + "/health/ready: " + (lastStatus < 0 ? "no answer" : lastStatus)
                + "). Last lines of " + server.logFile + ":\n" + server.logTail());
    }

    private void pump(Consumer<String> echo) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.contains(DEPLOYMENT_FAILED)) {
                    deploymentFailed = true;
                }
                if (line.contains(BOOTED) && line.contains(" ready in ") && line.contains(BOOTED_SUFFIX)) {
                    booted = true;
                }
                echo.accept(line);
            }
        } catch (IOException e) {
            // The process ended or the log cannot be written; nothing more to pump.
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** {@code lines} lines from the last line containing {@code marker} (or the tail if there is none). */
    private static String excerpt(Path file, String marker, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            int from = -1;
            for (int i = all.size() - 1; i >= 0 && from < 0; i--) {
                if (all.get(i).contains(marker)) {
                    from = i;
                }
            }
            if (from < 0) {
                return tail(file, lines);
            }
            return String.join("\n", all.subList(from, Math.min(all.size(), from + lines)));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + what + ": " + file
                    + " (build it first: mvn -pl deployment/dev -am package -DskipTests)");
        }
    }

    private static String escapeValue(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package no.sammen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import no.sammen.benchmarks.SyntheticPeople.Person;

/**
 * Measures, in one run, the handover ({@code GET /api/children/{id}/handover}) and the timeline
 * ({@code GET /api/children/{id}/timeline?limit=50}) of one synthetic child with years of records, through HTTP as
 * Kari with a real bearer token, and the same reads as plain SQL over JDBC (the floor, {@link SqlFloor}), each at
 * 1, 10 and 50 concurrent users in a closed loop ({@link ClosedLoop}). It warms both paths up first, then measures a
 * fixed number of requests per level (bounded in time as well), and prints p50/p95/p99 and throughput per level as a
 * Markdown table, the ratio of HTTP to the floor, and the environment. Loopback only.
 *
 * <pre>mvn -q -pl modules/benchmarks -Pbenchmark</pre>
 *
 * <p>Settings: {@code -Dchild} (the synthetic child's number, 1, or a child id), {@code -Dspread} (1: every user
 * reads that child; n: user u reads synthetic child {@code child + u mod n}, Kari being on every synthetic team),
 * {@code -Dreads} (handover,timeline; also {@code live}, {@code me} and {@code child}, HTTP only, the steps of a
 * request's fixed cost: {@code GET /health/live} without the token, {@code GET /api/me} (the token and the person),
 * {@code GET /api/children/{id}} (also the access rule, the audit entry and one row)), {@code -Dpaths} (HTTP,SQL floor), {@code -Dpersona} (kari),
 * {@code -Drequests} per level and read (2000), {@code -Dwarmup} requests per read and path before measuring (1000),
 * {@code -DmaxSeconds} per level and read (60), {@code -DtimeoutSeconds} per HTTP request (120),
 * {@code -Dlevels} (1,10,50), {@code -Dthink} (each user's mean pause in ms between an answer and their next request,
 * exponentially distributed, in the measured runs; 0: none, every user always has a request in flight),
 * {@code -Dclient} (blocking: the JDK's {@code HttpURLConnection}, one kept-alive connection per user, the least
 * processor time taken from the server on a shared machine; async: the JDK's {@code HttpClient}, used for the earlier
 * figures), {@code -Dpool} (32, Sammen's
 * {@code max-pool-size}), {@code -Dsammen.url} (http://localhost:8080), {@code -Ddb.url}, {@code -Ddb.user},
 * {@code -Ddb.password}, {@code -Dsammen.zone}.
 */
public final class HandoverBenchmark {

    // The program's console is its user interface.
    private static final PrintStream CONSOLE = System.out;

    private static final Map<String, String> HANDOVER_GROUPS = Map.of("reports", "REPORTS", "observations",
            "OBSERVATIONS", "carePlan", "CARE_PLAN", "taskChanges", "TASK_CHANGES", "team", "TEAM");

    /** At most this long for the short run that settles each level before it is measured. */
    private static final Duration SETTLING = Duration.ofSeconds(15);
    /** How long to wait for Sammen to answer promptly again before an HTTP measurement. */
    private static final Duration QUIET_WAIT = Duration.ofMinutes(10);

    private record Measurement(String read, int users, String path, LatencySummary summary) {
    }

    private HandoverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("sammen.url", DevStackFiles.DEFAULT_BASE_URL);
        String persona = System.getProperty("persona", "kari");
        String childSetting = System.getProperty("child", "1");
        int spread = Integer.getInteger("spread", 1);
        List<String> readNames = Arrays.stream(System.getProperty("reads", "handover,timeline").split(","))
                .map(String::trim).toList();
        List<String> pathNames = Arrays.stream(System.getProperty("paths", "HTTP,SQL floor").split(","))
                .map(String::trim).toList();
        int requests = Integer.getInteger("requests", 2000);
        int warmup = Integer.getInteger("warmup", 1000);
        Duration limit = Duration.ofSeconds(Integer.getInteger("maxSeconds", 60));
        // Longer than the server's own wait for a pooled connection (Payara's max-wait-time, 60 s), so that an
        // overloaded server answers each request (if only with an error) instead of working on requests the client
        // has given up on while the client sends new ones.
        Duration timeout = Duration.ofSeconds(Integer.getInteger("timeoutSeconds", 120));
        int[] levels = Arrays.stream(System.getProperty("levels", "1,10,50").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int poolSize = Integer.getInteger("pool", 32);
        Duration think = Duration.ofMillis(Integer.getInteger("think", 0));
        String dbUrl = System.getProperty("db.url", DevStackFiles.DEFAULT_JDBC_URL);
        String dbUser = System.getProperty("db.user", DevStackFiles.DEFAULT_DB_USER);
        String dbPassword = System.getProperty("db.password", DevStackFiles.DEFAULT_DB_PASSWORD);
        ZoneId zone = ZoneId.of(System.getProperty("sammen.zone", "Europe/Oslo"));
        requireLoopback(URI.create(baseUrl));
        requireLoopback(URI.create(dbUrl.substring("jdbc:".length())));

        DevStackFiles files = DevStackFiles.find();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        requireReady(http, baseUrl);
        String loadBefore = loadAverage();

        Person caller;
        byte[] callerHash;
        List<UUID> children = new ArrayList<>();
        String dataSet;
        String environmentDb;
        Personas personas = new Personas(files);
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            caller = personas.require(db, persona);
            callerHash = personas.hashOf(persona);
            for (int n = 0; n < spread; n++) {
                children.add(childId(db, childSetting, n));
            }
            dataSet = dataSet(db, children.get(0)) + (spread > 1 ? "; spread: user u reads the " + spread
                    + " synthetic children from this one on, number " + childSetting + " + u mod " + spread : "");
            environmentDb = databaseEnvironment(db);
        }
        CONSOLE.println("Handover and timeline benchmark: " + persona + " reads " + dataSet);

        try (PersonaTokens tokens = new PersonaTokens(files, persona, http).start();
             ConnectionPool pool = new ConnectionPool(dbUrl, dbUser, dbPassword, poolSize)) {
            String me = get(http, tokens, baseUrl + "/api/me");
            if (!me.contains(caller.id().toString())) {
                throw new IllegalStateException("the token does not speak for " + persona + " (" + caller.id() + ")");
            }
            List<URI> handovers = new ArrayList<>();
            List<URI> timelines = new ArrayList<>();
            List<SqlFloor> floors = new ArrayList<>();
            for (UUID child : children) {
                handovers.add(URI.create(baseUrl + "/api/children/" + child + "/handover"));
                timelines.add(URI.create(baseUrl + "/api/children/" + child + "/timeline?limit=50"));
                floors.add(new SqlFloor(pool, child, caller.id(), callerHash, zone));
            }
            for (int n = 0; n < children.size(); n++) {
                String checked = crossCheck(http, tokens, handovers.get(n), timelines.get(n), floors.get(n));
                if (n == 0) {
                    CONSOLE.println(checked + (spread > 1 ? " The same for the other " + (spread - 1) + "." : ""));
                }
            }

            Map<String, ClosedLoop.Request> all = new LinkedHashMap<>();
            boolean blocking = "blocking".equals(System.getProperty("client", "blocking"));
            if (blocking) {
                // Keep one connection per user alive (the JDK keeps 5 per destination unless told).
                System.setProperty("http.maxConnections", String.valueOf(Math.max(64, max(levels))));
            }
            all.put("handover|HTTP", () -> fetch(blocking, http, tokens, handovers.get(ClosedLoop.user() % spread),
                    timeout));
            all.put("handover|SQL floor", () -> floors.get(ClosedLoop.user() % spread).handover());
            all.put("timeline|HTTP", () -> fetch(blocking, http, tokens, timelines.get(ClosedLoop.user() % spread),
                    timeout));
            all.put("timeline|SQL floor", () -> floors.get(ClosedLoop.user() % spread).timeline());
            // The request's fixed cost, step by step (HTTP only; not measured unless named in -Dreads).
            URI live = URI.create(baseUrl + "/health/live");
            URI whoAmI = URI.create(baseUrl + "/api/me");
            List<URI> childRows = children.stream().map(c -> URI.create(baseUrl + "/api/children/" + c)).toList();
            all.put("live|HTTP", () -> fetch(blocking, http, null, live, timeout));
            all.put("me|HTTP", () -> fetch(blocking, http, tokens, whoAmI, timeout));
            all.put("child|HTTP", () -> fetch(blocking, http, tokens, childRows.get(ClosedLoop.user() % spread),
                    timeout));
            Map<String, ClosedLoop.Request> reads = new LinkedHashMap<>();
            all.forEach((key, read) -> {
                String[] name = key.split("\\|");
                if (readNames.contains(name[0]) && pathNames.contains(name[1])) {
                    reads.put(key, read);
                }
            });

            long started = System.nanoTime();
            CONSOLE.printf("Warm-up: %d requests per read and path at 10 users ...%n", warmup);
            for (ClosedLoop.Request read : reads.values()) {
                ClosedLoop.run(10, warmup, limit, timeout, read);
            }
            List<Measurement> results = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (int users : levels) {
                for (Map.Entry<String, ClosedLoop.Request> read : reads.entrySet()) {
                    String[] name = read.getKey().split("\\|");
                    boolean overHttp = name[1].equals("HTTP");
                    if (overHttp && !awaitQuiet(http, baseUrl)) {
                        skipped.add(name[0] + ", " + users + " users, HTTP: not measured, Sammen did not answer its "
                                + "readiness check within a second for " + QUIET_WAIT.toMinutes() + " minutes");
                        continue;
                    }
                    // Settle this level's connections and threads before measuring it.
                    ClosedLoop.run(users, Math.max(users * 4, requests / 10), SETTLING.compareTo(limit) < 0
                            ? SETTLING : limit, timeout, think, read.getValue());
                    if (overHttp && !awaitQuiet(http, baseUrl)) {
                        skipped.add(name[0] + ", " + users + " users, HTTP: not measured, Sammen did not recover "
                                + "within " + QUIET_WAIT.toMinutes() + " minutes from the settling run");
                        continue;
                    }
                    LatencySummary summary = ClosedLoop.run(users, requests, limit, timeout, think, read.getValue());
                    results.add(new Measurement(name[0], users, name[1], summary));
                    CONSOLE.printf("  %-8s %3d users %-9s  %,6d requests%s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms"
                                    + "  %,8.0f req/s%n", name[0], users, name[1], summary.count(),
                            summary.errors() > 0 ? " (" + summary.errors() + " failed)" : "",
                            LatencySummary.millis(summary.p50Nanos()), LatencySummary.millis(summary.p95Nanos()),
                            LatencySummary.millis(summary.p99Nanos()), summary.throughputPerSecond());
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            CONSOLE.println();
            CONSOLE.print(table(results));
            skipped.forEach(line -> CONSOLE.println("- " + line));
            for (Measurement m : results) {
                if (m.summary().errors() > 0) {
                    CONSOLE.printf("- %s, %d users, %s: %d of %d requests failed (counted with the time they took to "
                                    + "fail); the first: %s%n", m.read(), m.users(), m.path(), m.summary().errors(),
                            m.summary().count(), m.summary().firstError());
                }
            }
            CONSOLE.println();
            CONSOLE.print(environment(files, environmentDb, dataSet, requests, warmup, limit, timeout, think, poolSize,
                    loadBefore, loadAverage(), took, tokens.renewals()));
        }
    }

    // --- reading ------------------------------------------------------------------------------------------------

    private static int max(int[] levels) {
        return Arrays.stream(levels).max().orElse(1);
    }

    /**
     * A measured GET, with the JDK's blocking client or its asynchronous {@link HttpClient}; without a bearer token
     * when {@code tokens} is null.
     */
    private static void fetch(boolean blocking, HttpClient http, PersonaTokens tokens, URI uri, Duration timeout)
            throws IOException, InterruptedException {
        if (!blocking) {
            get(http, tokens, uri, timeout);
            return;
        }
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout((int) timeout.toMillis());
        if (tokens != null) {
            connection.setRequestProperty("Authorization", "Bearer " + tokens.current());
        }
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        if (status != 200) {
            try (InputStream error = connection.getErrorStream()) {
                if (error != null) {
                    error.readAllBytes();
                }
            }
            throw new IOException("GET " + uri.getPath() + " answered " + status);
        }
        try (InputStream body = connection.getInputStream()) {
            // Read to the end so that the connection goes back to the keep-alive cache.
            body.readAllBytes();
        }
    }

    private static String get(HttpClient http, PersonaTokens tokens, String url) throws IOException, InterruptedException {
        return get(http, tokens, URI.create(url), Duration.ofSeconds(30));
    }

    private static String get(HttpClient http, PersonaTokens tokens, URI uri) throws IOException, InterruptedException {
        return get(http, tokens, uri, Duration.ofSeconds(30));
    }

    /** A GET that must answer 200, with the persona's bearer token unless {@code tokens} is null. */
    private static String get(HttpClient http, PersonaTokens tokens, URI uri, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (tokens != null) {
            request.header("Authorization", "Bearer " + tokens.current());
        }
        HttpResponse<byte[]> answer = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + uri.getPath() + " answered " + answer.statusCode());
        }
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    /**
     * Compares the HTTP answers with the floor's rows before anything is measured: the same counts and number of
     * items per handover group, the same open tasks, the same 50 timeline events in the same order.
     */
    private static String crossCheck(HttpClient http, PersonaTokens tokens, URI handover, URI timeline,
                                     SqlFloor floor) throws Exception {
        JsonObject answer = json(get(http, tokens, handover));
        SqlFloor.HandoverRows rows = floor.handover();
        Map<String, Long> httpCounts = new TreeMap<>();
        Map<String, Integer> httpItems = new TreeMap<>();
        for (Map.Entry<String, String> group : HANDOVER_GROUPS.entrySet()) {
            JsonObject g = answer.getJsonObject(group.getKey());
            if (g.getJsonNumber("count").longValue() > 0) {
                httpCounts.put(group.getValue(), g.getJsonNumber("count").longValue());
                httpItems.put(group.getValue(), g.getJsonArray("items").size());
            }
        }
        long httpOpenTasks = answer.getJsonObject("openTasks").getJsonNumber("count").longValue();
        if (!httpCounts.equals(rows.counts()) || !httpItems.equals(rows.items()) || httpOpenTasks != rows.openTasks()) {
            throw new IllegalStateException("the floor's handover differs from Sammen's: HTTP " + httpCounts + " "
                    + httpItems + " open tasks " + httpOpenTasks + ", SQL " + rows + ". Have the façade's queries "
                    + "changed? See FacadeQueries.");
        }
        List<UUID> httpPage = json(get(http, tokens, timeline)).getJsonArray("events").stream()
                .map(JsonValue::asJsonObject).map(e -> UUID.fromString(e.getString("id"))).toList();
        List<UUID> sqlPage = floor.timeline();
        if (!httpPage.equals(sqlPage)) {
            throw new IllegalStateException("the floor's timeline page differs from Sammen's: " + httpPage.size()
                    + " events over HTTP, " + sqlPage.size() + " by SQL, or in another order. See FacadeQueries.");
        }
        return "Cross-check: HTTP and SQL floor read the same rows (handover " + rows.counts() + ", "
                + rows.openTasks() + " open tasks; timeline page of " + sqlPage.size() + " events).";
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static UUID childId(Connection db, String setting, int offset) throws SQLException {
        if (setting.contains("-")) {
            if (offset > 0) {
                throw new IllegalArgumentException("-Dspread needs -Dchild as a synthetic child's number");
            }
            return UUID.fromString(setting);
        }
        try (PreparedStatement s = db.prepareStatement("select id from records.child where display_name = ?")) {
            s.setString(1, ChildHistory.childName(Integer.parseInt(setting) + offset));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No synthetic child number " + (Integer.parseInt(setting)
                            + offset) + ". Generate the data "
                            + "set first: mvn -q -pl modules/benchmarks -Psynthetic");
                }
                return r.getObject(1, UUID.class);
            }
        }
    }

    private static String dataSet(Connection db, UUID child) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select c.display_name, count(*), min(e.occurred_at), max(e.occurred_at),
                       (select count(*) from records.child where display_name like 'Syntetisk barn %'),
                       pg_size_pretty(pg_database_size(current_database())),
                       (select reltuples::bigint from pg_class where oid = 'records.timeline_event'::regclass)
                  from records.child c join records.timeline_event e on e.child_id = c.id
                 where c.id = ? group by c.display_name
                """)) {
            s.setObject(1, child);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long days = ChronoUnit.DAYS.between(r.getObject(3, java.time.OffsetDateTime.class),
                        r.getObject(4, java.time.OffsetDateTime.class));
                return String.format("%s (%s): %,d timeline events over %.1f years; data set %,d synthetic children, "
                                + "about %,d timeline events, database %s", r.getString(1), child, r.getLong(2),
                        days / 365.25, r.getLong(5), r.getLong(7), r.getString(6));
            }
        }
    }

    // --- reporting ----------------------------------------------------------------------------------------------

    private static String table(List<Measurement> results) {
        StringBuilder t = new StringBuilder();
        t.append("| read | users | path | requests | p50 ms | p95 ms | p99 ms | throughput req/s | p50 / floor "
                + "| p95 / floor | p99 / floor |\n");
        t.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Measurement m : results) {
            LatencySummary s = m.summary();
            Measurement floor = results.stream().filter(f -> f.read().equals(m.read()) && f.users() == m.users()
                    && f.path().equals("SQL floor")).findFirst().orElse(null);
            boolean http = floor != null && floor != m;
            t.append(String.format("| %s | %d | %s | %,d%s | %.2f | %.2f | %.2f | %,.0f | %s | %s | %s |%n",
                    m.read(), m.users(), m.path(), s.count(), s.errors() > 0 ? " (" + s.errors() + " failed)" : "",
                    LatencySummary.millis(s.p50Nanos()), LatencySummary.millis(s.p95Nanos()),
                    LatencySummary.millis(s.p99Nanos()), s.throughputPerSecond(),
                    http ? ratio(s.p50Nanos(), floor.summary().p50Nanos()) : "",
                    http ? ratio(s.p95Nanos(), floor.summary().p95Nanos()) : "",
                    http ? ratio(s.p99Nanos(), floor.summary().p99Nanos()) : ""));
        }
        return t.toString();
    }

    private static String ratio(long value, long floor) {
        return floor == 0 ? "–" : String.format("%.1f×", (double) value / floor);
    }

    private static String environment(DevStackFiles files, String database, String dataSet, int requests, int warmup,
                                      Duration limit, Duration timeout, Duration think, int poolSize,
                                      String loadBefore, String loadAfter, Duration took, int renewals) {
        Runtime runtime = Runtime.getRuntime();
        return "Environment\n"
                + "- when: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", measuring took "
                + SyntheticData.human(took) + " (" + renewals + " token renewals)\n"
                + "- machine: " + runtime.availableProcessors() + " cores, " + memory() + ", load average before "
                + loadBefore + ", after " + loadAfter + "\n"
                + "- client JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (the benchmark runs on the same machine, over loopback)\n"
                + "- Sammen's JVM: " + serverJvm(files.root()) + "\n"
                + "- database: " + database + "\n"
                + "- commit: " + commit(files.root()) + "\n"
                + "- data: " + dataSet + "\n"
                + "- method: closed loop, " + (think.isZero() ? "no think time (every user always has a request in "
                + "flight)" : "each user pausing " + think.toMillis() + " ms on average (exponential) between an answer "
                + "and their next request") + "; per read, path and level " + requests + " measured requests (at most "
                + limit.toSeconds() + " s) after " + warmup + " warm-up requests per read and path at 10 users and a "
                + "short settling run per level; HTTP timeout " + timeout.toSeconds() + " s (a failed or timed-out "
                + "request counts with the time it took); floor pool " + poolSize + " connections (Sammen's "
                + "max-pool-size)\n";
    }

    private static void requireLoopback(URI uri) {
        String host = uri.getHost();
        if (host == null || !(host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1")
                || host.equals("[::1]"))) {
            throw new IllegalArgumentException("The benchmark runs over loopback only, not against " + uri);
        }
    }

    /**
     * Waits (at most {@link #QUIET_WAIT}) until Sammen answers its readiness check, which needs a database
     * connection, within a second: after an overloaded level the server may still be working off requests, and the
     * next measurement must not start in their backlog. False if it did not.
     */
    private static boolean awaitQuiet(HttpClient http, String baseUrl) throws InterruptedException {
        long giveUp = System.nanoTime() + QUIET_WAIT.toNanos();
        while (System.nanoTime() < giveUp) {
            long asked = System.nanoTime();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200 && System.nanoTime() - asked < 1_000_000_000L) {
                    return true;
                }
            } catch (IOException e) {
                // still busy
            }
            Thread.sleep(1000); // between polls
        }
        return false;
    }

    private static void requireReady(HttpClient http, String baseUrl) throws InterruptedException {
        try {
            HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (ready.statusCode() == 200) {
                return;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("Sammen does not answer at " + baseUrl + "/health/ready. Start the development "
                + "stack (mvn -Prun) on the synthetic data set first.");
    }

    private static String databaseEnvironment(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select current_setting('server_version'), current_setting('shared_buffers'), "
                        + "current_setting('work_mem'), current_setting('max_connections')")) {
            r.next();
            return "PostgreSQL " + r.getString(1) + " (the development stack's embedded server; shared_buffers "
                    + r.getString(2) + ", work_mem " + r.getString(3) + ", max_connections " + r.getString(4) + ")";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> String.format("%.0f GiB RAM", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0))
                    .orElse("RAM unknown");
        } catch (IOException | RuntimeException e) {
            return "RAM unknown";
        }
    }

    /** The JVM options of the Payara Micro that the development stack of this repository started. */
    private static String serverJvm(Path root) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                String cmd;
                try {
                    cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException e) {
                    continue;
                }
                if (cmd.contains("payara-micro") && cmd.contains(root.toString())) {
                    return Arrays.stream(cmd.split(" ")).filter(a -> a.startsWith("-X")).reduce((a, b) -> a + " " + b)
                            .map(o -> "Payara Micro with " + o).orElse("Payara Micro");
                }
            }
        } catch (IOException e) {
            // not on Linux
        }
        return "unknown";
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroy();
                return "unknown";
            }
            return new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}

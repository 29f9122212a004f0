package no.sammen.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the audit adds to a request: the handover read and a report write of the demo child (Emma) as kari, in a
 * closed loop at {@code -Dusers} (1,10) for {@code -Drequests} (1000) each, against the stack at {@code -Dsammen.url}
 * (http://localhost:8080). Run it once against a stack with the audit module and once against one built from the
 * commit before it (the same data: the demo family of a fresh development database), and compare p50/p95
 * ({@code docs/benchmarks.md}). Run it in the repository of the stack it measures (it reads that stack's
 * {@code .sammen-dev} for kari's token). Kari's last visit is set before each handover run, so the handover reads an
 * empty window whatever earlier runs wrote.
 */
public final class AuditOverheadBenchmark {

    private static final PrintStream CONSOLE = System.out;

    private AuditOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("sammen.url", "http://localhost:8080").replaceAll("/+$", "");
        int[] users = Arrays.stream(System.getProperty("users", "1,10").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        int requests = Integer.getInteger("requests", 1000);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        DevStackFiles files = DevStackFiles.find();
        try (PersonaTokens kari = new PersonaTokens(files, "kari", http).start()) {
            String children = send(http, HttpRequest.newBuilder(URI.create(base + "/api/children")), kari, 200);
            int name = children.indexOf("\"name\":\"Emma\"");
            int idAt = children.lastIndexOf("\"id\":\"", name);
            String emma = children.substring(idAt + 6, children.indexOf('"', idAt + 6));
            AtomicInteger pain = new AtomicInteger();
            StringBuilder table = new StringBuilder("| request | users | count | errors | p50 (ms) | p95 (ms) | p99 (ms) |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- |\n");
            for (int n : users) {
                // warm-up, then the measured run
                for (boolean measured : new boolean[]{false, true}) {
                    // The writes below land in kari's handover window: start it afresh, so that every run reads the
                    // same handover however many reports earlier runs wrote.
                    send(http, HttpRequest.newBuilder(URI.create(base + "/api/children/" + emma + "/last-visit"))
                            .PUT(HttpRequest.BodyPublishers.noBody()), kari, 200);
                    LatencySummary handover = ClosedLoop.run(n, measured ? requests : requests / 5,
                            Duration.ofMinutes(5), Duration.ofSeconds(30), () -> send(http, HttpRequest.newBuilder(
                                    URI.create(base + "/api/children/" + emma + "/handover")), kari, 200));
                    LatencySummary write = ClosedLoop.run(n, measured ? requests : requests / 5,
                            Duration.ofMinutes(5), Duration.ofSeconds(30), () -> send(http, HttpRequest.newBuilder(
                                    URI.create(base + "/api/children/" + emma + "/reports"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("""
                                            {"templateKey": "daily-report", "audience": "team", "values": {"pain": %d,
                                             "mood": "calm", "sleepHours": 7.5, "nutrition": "ate-well",
                                             "seizures": false, "bowel": null, "notes": "benchmark"}}"""
                                            .formatted(pain.incrementAndGet() % 10))), kari, 201));
                    if (measured) {
                        table.append(line("handover read", n, handover)).append(line("report write", n, write));
                    }
                }
            }
            CONSOLE.println(table);
            CONSOLE.println("- " + base + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                    + System.getProperty("java.version") + ", when: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    private static String line(String what, int users, LatencySummary s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n", what, users, s.count(),
                s.errors(), LatencySummary.millis(s.p50Nanos()), LatencySummary.millis(s.p95Nanos()),
                LatencySummary.millis(s.p99Nanos()));
    }

    private static String send(HttpClient http, HttpRequest.Builder request, PersonaTokens kari, int expected)
            throws Exception {
        HttpResponse<String> answer = http.send(request.header("Authorization", "Bearer " + kari.current())
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}

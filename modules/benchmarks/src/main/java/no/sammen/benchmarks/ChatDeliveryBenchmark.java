package no.sammen.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Live delivery of chat messages: {@code -Dclients} WebSocket clients (JDK {@code java.net.http}, 200 by default)
 * connected to the demo child's team thread on loopback, {@code -Dposters} persons posting through the REST API.
 * Measures the delivery latency (from the start of the POST to the frame at each client, p50/p99 over every
 * client × message), messages per second (posted, and frames delivered) in a paced run and in a burst, and the
 * server's memory per open connection (live heap after a full GC and RSS, before and after opening the sockets;
 * needs {@code -Dpid} of the Payara process and {@code jcmd} on the path). Target (issue 7): p99 ≤ 100 ms.
 *
 * <pre>
 * mvn -q -pl modules/benchmarks -Pchat-benchmark -Dsammen.url=http://localhost:18080 -Dpid=&lt;Payara's pid&gt;
 * </pre>
 *
 * Settings: {@code -Dclients} (200), {@code -Dposters} (1), {@code -Dmessages} per poster in the paced run (300),
 * {@code -Drate} messages per second per poster in the paced run (10), {@code -Dburst} per poster (300),
 * {@code -Dwarmup} messages before measuring (50), {@code -Dlistener} (kari) and {@code -Dposter} (nina): personas
 * on the demo child's team; the poster personas are taken in turn from {@code -Dposter=nina,lars,...}.
 */
public final class ChatDeliveryBenchmark {

    private static final PrintStream OUT = System.out;
    private static final String MARK = "bench:";

    private ChatDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("sammen.url", DevStackFiles.DEFAULT_BASE_URL);
        int clients = Integer.getInteger("clients", 200);
        int posters = Integer.getInteger("posters", 1);
        int messages = Integer.getInteger("messages", 300);
        int rate = Integer.getInteger("rate", 10);
        int burst = Integer.getInteger("burst", 300);
        int warmup = Integer.getInteger("warmup", 50);
        long pid = Long.parseLong(System.getProperty("pid", "0"));
        String listener = System.getProperty("listener", "kari");
        String[] posterNames = System.getProperty("poster", "nina").split(",");

        DevStackFiles files = DevStackFiles.find();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<PersonaTokens> posterTokens = new ArrayList<>();
        try (PersonaTokens listening = new PersonaTokens(files, listener, http).start()) {
            for (int i = 0; i < posters; i++) {
                posterTokens.add(new PersonaTokens(files, posterNames[i % posterNames.length], http).start());
            }
            String child = json(get(http, base + "/api/children", listening.current())).asJsonArray()
                    .getJsonObject(0).getString("id");
            JsonObject team = json(get(http, base + "/api/children/" + child + "/threads", listening.current()))
                    .asJsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(t -> t.getString("kind").equals("team")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the child has no team thread"));
            String thread = team.getString("id");
            long after = team.getJsonNumber("lastEventSeq").longValue();
            OUT.printf("thread %s (lastEventSeq %d), %d clients as %s, %d poster(s)%n", thread, after, clients,
                    listener, posters);

            MediaUploadBenchmark.Sampler sampler = new MediaUploadBenchmark.Sampler(pid);
            MediaUploadBenchmark.Sample before = sampler.sample();

            int total = (warmup + messages + burst) * posters;
            Deliveries deliveries = new Deliveries(total, clients);
            HttpClient sockets = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<WebSocket> open = new ArrayList<>();
            long connectStart = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                String ticket = json(post(http, base + "/api/threads/" + thread + "/live-ticket", listening.current(),
                        "{}", 200)).asJsonObject().getString("ticket");
                URI uri = URI.create(base.replaceFirst("^http", "ws") + "/ws/threads/" + thread + "?after=" + after
                        + "&ticket=" + ticket);
                open.add(sockets.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(uri, new Client(c, deliveries)).get(30, TimeUnit.SECONDS));
            }
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            Thread.sleep(3000);
            MediaUploadBenchmark.Sample opened = sampler.sample();
            OUT.printf("%d sockets open in %.1f s%n", open.size(), connectSeconds);

            Posting posting = new Posting(http, base, thread, posterTokens, deliveries);
            posting.paced(0, warmup, rate);
            deliveries.await(warmup * posters, 30);
            Run paced = posting.paced(warmup, messages, rate);
            deliveries.await((warmup + messages) * posters, 60);
            Run pacedResult = paced.finish(deliveries, clients);
            Run bursting = posting.burst(warmup + messages, burst);
            deliveries.await(total, 120);
            Run burstResult = bursting.finish(deliveries, clients);

            for (WebSocket socket : open) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            }

            OUT.println();
            OUT.println("| run | messages posted | posted/s | frames delivered | delivered/s | missing or failed | p50 | p99 | max |");
            OUT.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            OUT.println(pacedResult.row("paced, " + rate * posters + " msg/s"));
            OUT.println(burstResult.row("burst, as fast as " + posters + " poster(s) can"));
            OUT.println();
            if (pid != 0) {
                OUT.printf("server memory: live heap %.1f → %.1f MB, RSS %.1f → %.1f MB with %d sockets open: "
                                + "%.1f KB heap and %.1f KB RSS per connection%n", before.heapMb(), opened.heapMb(),
                        before.rssMb(), opened.rssMb(), clients,
                        (opened.heapMb() - before.heapMb()) * 1024 / clients,
                        (opened.rssMb() - before.rssMb()) * 1024 / clients);
            } else {
                OUT.println("server memory: not sampled (give -Dpid=<Payara's process id>)");
            }
            OUT.printf("frames that were not this run's messages: %d; malformed frames: %d%n",
                    deliveries.foreign.get(), deliveries.malformed.get());
            OUT.printf("client JVM %s %s, %d processors; load average at the end: %s%n",
                    System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
        } finally {
            posterTokens.forEach(PersonaTokens::close);
        }
        System.exit(0);
    }

    /** When each message was posted and when each client received it. */
    static final class Deliveries {
        final long[] sentNanos;
        final long[][] receivedNanos;
        final AtomicLong delivered = new AtomicLong();
        final AtomicInteger foreign = new AtomicInteger();
        final AtomicInteger malformed = new AtomicInteger();

        Deliveries(int messages, int clients) {
            sentNanos = new long[messages];
            receivedNanos = new long[clients][messages];
        }

        void sent(int index, long nanos) {
            sentNanos[index] = nanos;
        }

        void received(int client, String frame, long nanos) {
            Integer index = indexIn(frame);
            if (index == null) {
                malformed.incrementAndGet();
            } else if (index < 0 || index >= sentNanos.length) {
                foreign.incrementAndGet();
            } else if (receivedNanos[client][index] == 0) {
                receivedNanos[client][index] = nanos;
                delivered.incrementAndGet();
            }
        }

        /** Waits until every client has every message up to {@code upTo}, or the time is up. */
        void await(int upTo, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline && delivered.get() < (long) upTo * receivedNanos.length) {
                Thread.sleep(20);
            }
        }

        /**
         * The benchmark's index of the message in a {@code {"type":"message"}} frame (its body starts with
         * {@code bench:<index> }), -1 for another message, null for a frame that is not a message.
         */
        static Integer indexIn(String frame) {
            JsonObject object;
            try (JsonReader reader = Json.createReader(new StringReader(frame))) {
                object = reader.readObject();
            } catch (RuntimeException e) {
                return null;
            }
            if (!"message".equals(object.getString("type", ""))) {
                return -1;
            }
            JsonObject message = object.getJsonObject("message");
            String body = message == null || message.isNull("body") ? "" : message.getString("body", "");
            if (!body.startsWith(MARK)) {
                return -1;
            }
            int end = body.indexOf(' ');
            try {
                return Integer.parseInt(body.substring(MARK.length(), end < 0 ? body.length() : end));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** One client: every text frame (whole, after its parts) goes to the deliveries with its arrival time. */
    static final class Client implements WebSocket.Listener {
        private final int number;
        private final Deliveries deliveries;
        private final StringBuilder parts = new StringBuilder();

        Client(int number, Deliveries deliveries) {
            this.number = number;
            this.deliveries = deliveries;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            parts.append(data);
            if (last) {
                deliveries.received(number, parts.toString(), now);
                parts.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            if (status != WebSocket.NORMAL_CLOSURE) {
                OUT.printf("client %d closed by the server: %d %s%n", number, status, reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            OUT.printf("client %d failed: %s%n", number, error);
        }
    }

    /** The posters: each posts its share of the messages, paced or as fast as the API answers. */
    record Posting(HttpClient http, String base, String thread, List<PersonaTokens> tokens, Deliveries deliveries) {

        Run paced(int first, int count, int perSecond) throws Exception {
            return run(first, count, TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond));
        }

        Run burst(int first, int count) throws Exception {
            return run(first, count, 0);
        }

        private Run run(int first, int count, long intervalNanos) throws Exception {
            int posters = tokens.size();
            ExecutorService pool = Executors.newFixedThreadPool(posters);
            CountDownLatch done = new CountDownLatch(posters);
            long start = System.nanoTime();
            AtomicInteger failures = new AtomicInteger();
            for (int p = 0; p < posters; p++) {
                int poster = p;
                pool.execute(() -> {
                    try {
                        for (int i = 0; i < count; i++) {
                            int index = (first + i) * posters + poster;
                            if (intervalNanos > 0) {
                                long due = start + i * intervalNanos;
                                long wait = due - System.nanoTime();
                                if (wait > 0) {
                                    TimeUnit.NANOSECONDS.sleep(wait);
                                }
                            }
                            long sent = System.nanoTime();
                            deliveries.sent(index, sent);
                            String body = "{\"body\":\"" + MARK + index + " " + "x".repeat(80) + "\"}";
                            try {
                                post(http, base + "/api/threads/" + thread + "/messages",
                                        tokens.get(poster).current(), body, 201);
                            } catch (IOException | IllegalStateException e) {
                                failures.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            long postedNanos = System.nanoTime() - start;
            pool.shutdown();
            return new Run(first * posters, count * posters, start, postedNanos, failures.get(), null);
        }
    }

    /** One measured run: the messages {@code from} ... {@code from + count - 1}. */
    record Run(int from, int count, long start, long postedNanos, int failures, LatencySummary latency) {

        Run finish(Deliveries deliveries, int clients) {
            long[] latencies = new long[count * clients];
            int n = 0;
            int missing = 0;
            long last = start;
            for (int c = 0; c < clients; c++) {
                for (int i = from; i < from + count; i++) {
                    long received = deliveries.receivedNanos[c][i];
                    if (received == 0) {
                        missing++;
                    } else {
                        latencies[n++] = received - deliveries.sentNanos[i];
                        last = Math.max(last, received);
                    }
                }
            }
            return new Run(from, count, start, postedNanos, failures + missing, LatencySummary.of(latencies, n, 0,
                    last - start));
        }

        String row(String name) {
            return String.format("| %s | %d | %.1f | %d | %.0f | %d | %.1f ms | %.1f ms | %.1f ms |", name, count,
                    count / (postedNanos / 1e9), latency.count(), latency.throughputPerSecond(), failures,
                    LatencySummary.millis(latency.p50Nanos()), LatencySummary.millis(latency.p99Nanos()),
                    LatencySummary.millis(latency.maxNanos()));
        }
    }

    private static String get(HttpClient http, String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    static String post(HttpClient http, String url, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected && !(expected == 200 && answer.statusCode() == 201)) {
            throw new IllegalStateException("POST " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

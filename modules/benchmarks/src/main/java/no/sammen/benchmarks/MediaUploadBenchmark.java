package no.sammen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads one large video (a synthetic MP4 of {@code -Dsize=} MB) through the tus API of a running stack and
 * measures: upload throughput against {@code dd} writing the same number of bytes to the same disk, the server's
 * heap after a full GC and its RSS while the upload runs (sampled with {@code jcmd} and {@code /proc}), and the time
 * to the first byte of range reads of the stored video.
 *
 * <pre>
 * mvn -q -pl modules/benchmarks -Pmedia-benchmark -Dbase=http://localhost:8080 -Dtoken=$(deployment/dev/token kari) \
 *     -Dpid=&lt;Payara's process id&gt; -Dsize=500 -Ddir=.sammen-dev
 * </pre>
 */
public final class MediaUploadBenchmark {

    private static final PrintStream OUT = System.out;
    private static final int BLOCK = 1 << 20;

    private MediaUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        String token = System.getProperty("token");
        long pid = Long.parseLong(System.getProperty("pid", "0"));
        int megabytes = Integer.getInteger("size", 500);
        int partMegabytes = Integer.getInteger("part", 64);
        Path dir = Path.of(System.getProperty("dir", System.getProperty("java.io.tmpdir")));
        if (token == null) {
            throw new IllegalArgumentException("-Dtoken=<bearer token> is required");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String child = firstChild(http, base, token);
        long length = (long) megabytes * BLOCK;

        OUT.printf("size %d MB, parts of %d MB, child %s%n", megabytes, partMegabytes, child);
        double ddRate = dd(dir, megabytes);
        OUT.printf("dd: %.0f MB/s%n", ddRate);

        Sampler sampler = new Sampler(pid);
        Sample before = sampler.sample();
        OUT.printf("before: live heap %.1f MB, RSS %.1f MB%n", before.heapMb, before.rssMb);
        Thread sampling = new Thread(sampler, "sampler");
        sampling.setDaemon(true);
        sampling.start();

        long started = System.nanoTime();
        String upload = create(http, base, token, child, length);
        long offset = 0;
        String item = null;
        while (offset < length) {
            long part = Math.min(length - offset, (long) partMegabytes * BLOCK);
            long at = offset;
            HttpRequest patch = HttpRequest.newBuilder(URI.create(base + upload))
                    .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                    .header("Upload-Offset", Long.toString(at))
                    .header("Content-Type", "application/offset+octet-stream")
                    .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                            HttpRequest.BodyPublishers.ofInputStream(() -> new Mp4Stream(length, at, part)), part))
                    .build();
            HttpResponse<String> answer = http.send(patch, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204 && answer.statusCode() != 200) {
                throw new IllegalStateException("PATCH answered " + answer.statusCode() + ": " + answer.body());
            }
            offset = Long.parseLong(answer.headers().firstValue("Upload-Offset").orElseThrow());
            if (answer.statusCode() == 200) {
                item = json(answer.body(), "id");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.stop = true;
        sampling.join();
        Sample after = sampler.sample();
        OUT.printf("upload: %.1f s, %.0f MB/s (%.0f %% of dd; including the ingest: box headers and the movie box)%n",
                seconds, megabytes / seconds, 100 * megabytes / seconds / ddRate);
        OUT.printf("during: max live heap %.1f MB (growth %.1f MB), max RSS %.1f MB (growth %.1f MB), %d samples%n",
                sampler.maxHeap, sampler.maxHeap - before.heapMb, sampler.maxRss, sampler.maxRss - before.rssMb,
                sampler.samples);
        OUT.printf("after: live heap %.1f MB, RSS %.1f MB%n", after.heapMb, after.rssMb);

        List<Double> firstByte = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 30; i++) {
            long from = (long) (random.nextDouble() * (length - BLOCK));
            HttpRequest range = HttpRequest.newBuilder(URI.create(base + "/api/children/" + child + "/media/" + item
                            + "/content")).header("Authorization", "Bearer " + token)
                    .header("Range", "bytes=" + from + "-" + (from + BLOCK - 1)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<InputStream> answer = http.send(range, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = answer.body()) {
                if (answer.statusCode() != 206 || in.read() < 0) {
                    throw new IllegalStateException("range answered " + answer.statusCode());
                }
                firstByte.add((System.nanoTime() - t0) / 1e6);
                in.transferTo(OutputSink.INSTANCE);
            }
        }
        Collections.sort(firstByte);
        OUT.printf("range reads of 1 MB at random offsets: time to first byte p50 %.1f ms, p95 %.1f ms (n=%d)%n",
                firstByte.get(firstByte.size() / 2), firstByte.get((int) (firstByte.size() * 0.95)), firstByte.size());
    }

    private static double dd(Path dir, int megabytes) throws IOException, InterruptedException {
        Path target = Files.createTempFile(dir, "dd", ".bin");
        try {
            long t0 = System.nanoTime();
            Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + target, "bs=1M", "count=" + megabytes,
                    "conv=fsync").redirectErrorStream(true).start();
            dd.getInputStream().readAllBytes();
            dd.waitFor();
            return megabytes / ((System.nanoTime() - t0) / 1e9);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private static String firstChild(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> children = http.send(HttpRequest.newBuilder(URI.create(base + "/api/children"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json(children.body(), "id");
    }

    private static String create(HttpClient http, String base, String token, String child, long length)
            throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/children/" + child
                        + "/media/uploads")).header("Authorization", "Bearer " + token)
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(
                        "benchmark.mp4".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create answered " + created.statusCode() + ": " + created.body());
        }
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getRawPath();
    }

    private static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + body);
        }
        return m.group(1);
    }

    /** Bytes {@code from .. from+count} of a synthetic MP4 of {@code length} bytes: ftyp, moov, one big mdat. */
    static final class Mp4Stream extends InputStream {
        private static final byte[] NOISE = new byte[BLOCK];

        static {
            new Random(42).nextBytes(NOISE);
        }

        private final byte[] head;
        private long position;
        private final long end;

        Mp4Stream(long length, long from, long count) {
            byte[] ftyp = box("ftyp", "isom\0\0\0\0isommp41".getBytes(StandardCharsets.ISO_8859_1));
            byte[] moov = box("moov", box("mvhd", new byte[100]));
            long mdat = length - ftyp.length - moov.length;
            byte[] mdatHeader = ByteBuffer.allocate(8).putInt((int) mdat).put("mdat".getBytes(StandardCharsets.ISO_8859_1))
                    .array();
            head = new byte[ftyp.length + moov.length + 8];
            System.arraycopy(ftyp, 0, head, 0, ftyp.length);
            System.arraycopy(moov, 0, head, ftyp.length, moov.length);
            System.arraycopy(mdatHeader, 0, head, ftyp.length + moov.length, 8);
            this.position = from;
            this.end = from + count;
        }

        private static byte[] box(String type, byte[] body) {
            return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length)
                    .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(body).array();
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= end) {
                return -1;
            }
            int n = (int) Math.min(len, end - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < head.length ? head[(int) p] : NOISE[(int) (p % BLOCK)];
            }
            position += n;
            return n;
        }
    }

    /** Discards bytes. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    record Sample(double heapMb, double rssMb) {
    }

    /** Samples the server: the live heap after a full GC ({@code jcmd GC.class_histogram}) and RSS. */
    static final class Sampler implements Runnable {
        private static final Pattern TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");
        private final long pid;
        volatile boolean stop;
        double maxHeap;
        double maxRss;
        int samples;

        Sampler(long pid) {
            this.pid = pid;
        }

        Sample sample() throws IOException, InterruptedException {
            if (pid == 0) {
                return new Sample(0, 0);
            }
            double heap = liveBytes(run("jcmd", Long.toString(pid), "GC.class_histogram")) / (1024.0 * 1024.0);
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return new Sample(heap, rss);
        }

        /**
         * The live heap: the total of a class histogram, which the JVM takes right after a full GC. (Reading
         * {@code GC.heap_info} after {@code GC.run} would count what the running upload allocated in between.)
         */
        static long liveBytes(String histogram) {
            Matcher m = TOTAL.matcher(histogram);
            if (!m.find()) {
                throw new IllegalStateException("no histogram total: " + histogram);
            }
            return Long.parseLong(m.group(1));
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }

        @Override
        public void run() {
            try {
                while (!stop) {
                    Sample s = sample();
                    maxHeap = Math.max(maxHeap, s.heapMb);
                    maxRss = Math.max(maxRss, s.rssMb);
                    samples++;
                    Thread.sleep(2000);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

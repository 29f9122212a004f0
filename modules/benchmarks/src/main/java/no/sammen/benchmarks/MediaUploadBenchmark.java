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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uploads large videos (a synthetic MP4 of {@code -Dsize=} MB) through the tus API of a running stack and measures:
 * upload throughput against {@code dd} writing the same number of bytes to the same disk, the server's heap after a
 * full GC and its RSS while the upload runs (sampled with {@code jcmd} and {@code /proc}), the CPU the server, this
 * client and the whole machine spent, and the time to the first byte of range reads of the stored video.
 *
 * <p>First {@code -Dwarmup=} uploads of the same size (2), not measured, so that the server's JIT has compiled the
 * upload path (AES-GCM runs an order of magnitude slower before C2 has compiled its intrinsics): each sends every
 * part but the last and is then abandoned (tus termination), which deletes its bytes, so warm-ups cost neither disk
 * nor quota. Then {@code -Druns=} measured uploads (3), each complete (ingest included) and kept as an item: each
 * after its own {@code dd}, with the load average before and after; the median is reported last. {@code -Dheap=false}
 * leaves out the heap sampler (its full GCs every 2 s cost throughput) but keeps the CPU figures of {@code -Dpid}.
 *
 * <pre>
 * mvn -q -pl modules/benchmarks -Pmedia-benchmark -Dbase=http://localhost:8080 -Dtoken=$(deployment/dev/token kari) \
 *     -Dpid=&lt;Payara's process id&gt; -Dsize=1000 -Ddir=.sammen-dev -Dwarmup=2 -Druns=3
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
        int warmups = Integer.getInteger("warmup", 2);
        int runs = Integer.getInteger("runs", 3);
        boolean heap = Boolean.parseBoolean(System.getProperty("heap", "true"));
        Path dir = Path.of(System.getProperty("dir", System.getProperty("java.io.tmpdir")));
        if (token == null) {
            throw new IllegalArgumentException("-Dtoken=<bearer token> is required");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Uploader uploader = new Uploader(http, base, token, firstChild(http, base, token),
                (long) megabytes * BLOCK, (long) partMegabytes * BLOCK);
        OUT.printf("size %d MB, parts of %d MB, child %s, %d warm-up upload(s), %d measured%n", megabytes,
                partMegabytes, uploader.child, warmups, runs);

        for (int i = 1; i <= warmups; i++) {
            long t0 = System.nanoTime();
            uploader.upload(false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            OUT.printf("warm-up %d: %.0f MB/s (all parts but the last, then abandoned), load %s%n", i,
                    (megabytes - partMegabytes) / seconds, loadAverage());
        }

        List<Double> rates = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        String item = null;
        for (int i = 1; i <= runs; i++) {
            double ddRate = dd(dir, megabytes);
            String loadBefore = loadAverage();
            Sampler sampler = new Sampler(heap ? pid : 0);
            Sample before = sampler.sample();
            Thread sampling = new Thread(sampler, "sampler");
            sampling.setDaemon(true);
            sampling.start();
            Cpu cpu = Cpu.now(pid);
            long started = System.nanoTime();
            item = uploader.upload(true);
            double seconds = (System.nanoTime() - started) / 1e9;
            Cpu spent = Cpu.now(pid).minus(cpu);
            sampler.stop = true;
            sampling.join();
            double rate = megabytes / seconds;
            rates.add(rate);
            shares.add(100 * rate / ddRate);
            OUT.printf("run %d: dd %.0f MB/s; upload %.1f s, %.0f MB/s (%.0f %% of dd); load %s -> %s%n", i, ddRate,
                    seconds, rate, 100 * rate / ddRate, loadBefore, loadAverage());
            OUT.printf("  cpu during the upload: server %.1f s (%.1f s of it in the kernel), client %.1f s, machine busy "
                            + "%.1f s of %.1f s (%.0f %% of %d cores), iowait %.1f s%n", spent.server, spent.serverKernel,
                    spent.client, spent.busy,
                    seconds * spent.cores, 100 * spent.busy / (seconds * spent.cores), spent.cores, spent.iowait);
            if (heap && pid != 0) {
                OUT.printf("  live heap %.1f MB before, max %.1f MB during (growth %.1f MB); RSS %.1f -> max %.1f MB"
                                + " (%d samples)%n", before.heapMb, sampler.maxHeap, sampler.maxHeap - before.heapMb,
                        before.rssMb, sampler.maxRss, sampler.samples);
            }
        }
        if (runs > 0) {
            OUT.printf("median of %d: %.0f MB/s, %.0f %% of dd%n", runs, median(rates), median(shares));
            rangeReads(http, base, token, uploader.child, item, uploader.length);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0];
    }

    private static void rangeReads(HttpClient http, String base, String token, String child, String item,
                                   long length) throws Exception {
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

    /** One upload of the synthetic video in parts, through the tus API. */
    private record Uploader(HttpClient http, String base, String token, String child, long length, long part) {

        /**
         * Sends the video; {@code complete}: every part (the last one runs the ingest) and returns the new item's id,
         * otherwise every part but the last, then abandons the upload (its bytes are deleted) and returns null.
         */
        String upload(boolean complete) throws Exception {
            String upload = create(http, base, token, child, length);
            long offset = 0;
            while (offset < length) {
                long size = Math.min(length - offset, part);
                if (!complete && offset + size == length) {
                    HttpResponse<String> gone = http.send(HttpRequest.newBuilder(URI.create(base + upload))
                            .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                            .DELETE().build(), HttpResponse.BodyHandlers.ofString());
                    if (gone.statusCode() != 204) {
                        throw new IllegalStateException("DELETE answered " + gone.statusCode() + ": " + gone.body());
                    }
                    return null;
                }
                long at = offset;
                HttpRequest patch = HttpRequest.newBuilder(URI.create(base + upload))
                        .header("Authorization", "Bearer " + token).header("Tus-Resumable", "1.0.0")
                        .header("Upload-Offset", Long.toString(at))
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new Mp4Stream(length, at, size)), size))
                        .build();
                HttpResponse<String> answer = http.send(patch, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 204 && answer.statusCode() != 200) {
                    throw new IllegalStateException("PATCH answered " + answer.statusCode() + ": " + answer.body());
                }
                offset = Long.parseLong(answer.headers().firstValue("Upload-Offset").orElseThrow());
                if (answer.statusCode() == 200) {
                    return json(answer.body(), "id");
                }
            }
            throw new IllegalStateException("the last PATCH did not answer with the item");
        }
    }

    /**
     * CPU seconds: the server process's (from {@code /proc/<pid>/stat}), this client's, and the machine's busy and
     * iowait time (from {@code /proc/stat}, all cores together).
     */
    record Cpu(double server, double serverKernel, double client, double busy, double iowait, int cores) {
        private static final double TICK = 100.0;

        static Cpu now(long pid) throws IOException {
            double server = 0;
            double serverKernel = 0;
            if (pid != 0) {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                serverKernel = Long.parseLong(f[12]) / TICK;
                server = Long.parseLong(f[11]) / TICK + serverKernel;
            }
            double client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(cpu[i]);
            }
            return new Cpu(server, serverKernel, client, busy / TICK, Long.parseLong(cpu[5]) / TICK,
                    Runtime.getRuntime().availableProcessors());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(server - earlier.server, serverKernel - earlier.serverKernel, client - earlier.client, busy - earlier.busy,
                    iowait - earlier.iowait, cores);
        }
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
            int done = 0;
            while (done < n) {
                long p = position + done;
                int copied;
                if (p < head.length) {
                    copied = (int) Math.min(n - done, head.length - p);
                    System.arraycopy(head, (int) p, b, off + done, copied);
                } else {
                    int at = (int) (p % BLOCK);
                    copied = Math.min(n - done, BLOCK - at);
                    System.arraycopy(NOISE, at, b, off + done, copied);
                }
                done += copied;
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

package no.sammen.media.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir
    Path dir;

    static MasterKeys keys(String current) {
        return MasterKeys.parse("a:" + KEY_A + ",b:" + KEY_B, current);
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private SealedStore store(MasterKeys keys) throws IOException {
        return new SealedStore(new FileStore(dir, ForkJoinPool.commonPool()), keys);
    }

    private void put(SealedStore store, String key, byte[] content) throws IOException {
        try (OutputStream out = store.create(key)) {
            out.write(content);
        }
    }

    private Path file(String key) {
        return dir.resolve(key);
    }

    @Test
    void writesOfAnySizeSealTheSameChunks() throws IOException {
        // Large writes are sealed straight from the caller's array, small ones through the chunk buffer: the stored
        // layout (and so the plain content and its length) must not depend on how the content was cut into writes.
        SealedStore store = store(keys("a"));
        int c = Envelope.CHUNK;
        byte[] content = random(5 * c + 123);
        put(store, "items/1", content);
        Random cuts = new Random(7);
        try (OutputStream out = store.create("items/2")) {
            for (int at = 0; at < content.length; ) {
                int n = Math.min(content.length - at, cuts.nextBoolean() ? 1 + cuts.nextInt(100) : c + cuts.nextInt(2 * c));
                out.write(content, at, n);
                at += n;
            }
        }
        assertThat(Files.size(file("items/2"))).isEqualTo(Files.size(file("items/1")));
        for (String key : new String[] {"items/1", "items/2"}) {
            try (InputStream in = store.open(key).all()) {
                assertThat(in.readAllBytes()).as(key).isEqualTo(content);
            }
            try (InputStream in = store.open(key).range(c - 5, 3 * c + 5)) {
                assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, c - 5, 3 * c + 6));
            }
        }
    }

    @Test
    void roundTripsAnySizeAroundChunkBoundaries() throws IOException {
        SealedStore store = store(keys("a"));
        int c = Envelope.CHUNK;
        for (int size : new int[] {0, 1, c - 1, c, c + 1, 3 * c, 3 * c + 17}) {
            byte[] content = random(size);
            put(store, "items/" + size, content);
            try (InputStream in = store.open("items/" + size).all()) {
                assertThat(in.readAllBytes()).as("size " + size).isEqualTo(content);
            }
            assertThat(store.open("items/" + size).length()).isEqualTo(size);
        }
    }

    @Test
    void storedBytesAreNotThePlainBytes() throws IOException {
        byte[] content = "a photo of the child's new wheelchair".repeat(100).getBytes();
        put(store(keys("a")), "items/1", content);
        String stored = new String(Files.readAllBytes(file("items/1")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("wheelchair");
    }

    @Test
    void rangesOpenOnlyTheirChunksAndReturnExactlyTheRange() throws IOException {
        SealedStore store = store(keys("a"));
        byte[] content = random(5 * Envelope.CHUNK + 1234);
        put(store, "items/1", content);
        SealedStore.Opened opened = store.open("items/1");
        long[][] ranges = {{0, 0}, {0, 99}, {Envelope.CHUNK - 5, Envelope.CHUNK + 5},
                {3 * Envelope.CHUNK + 7, 3 * Envelope.CHUNK + 7}, {content.length - 10, content.length - 1},
                {0, content.length - 1}};
        for (long[] r : ranges) {
            try (InputStream in = opened.range(r[0], r[1])) {
                byte[] expected = java.util.Arrays.copyOfRange(content, (int) r[0], (int) r[1] + 1);
                assertThat(in.readAllBytes()).as(r[0] + "-" + r[1]).isEqualTo(expected);
            }
        }
    }

    @Test
    void aChangedByteIsRefused() throws IOException {
        SealedStore store = store(keys("a"));
        put(store, "items/1", random(2 * Envelope.CHUNK + 10));
        byte[] stored = Files.readAllBytes(file("items/1"));
        stored[stored.length / 2] ^= 1;
        Files.write(file("items/1"), stored);
        assertThatThrownBy(() -> store.open("items/1").all().readAllBytes())
                .isInstanceOf(IOException.class).hasMessageContaining("authentication");
    }

    @Test
    void truncationAtAChunkBoundaryIsRefused() throws IOException {
        SealedStore store = store(keys("a"));
        byte[] content = random(3 * Envelope.CHUNK + 10);
        put(store, "items/1", content);
        byte[] stored = Files.readAllBytes(file("items/1"));
        long header = stored.length - (3L * (Envelope.CHUNK + 16) + 10 + 16);
        int cut = (int) (header + 2L * (Envelope.CHUNK + 16));
        Files.write(file("items/1"), java.util.Arrays.copyOf(stored, cut));
        assertThatThrownBy(() -> store.open("items/1").all().readAllBytes())
                .isInstanceOf(IOException.class).hasMessageContaining("authentication");
        Files.write(file("items/1"), java.util.Arrays.copyOf(stored, cut + 100));
        assertThatThrownBy(() -> store.open("items/1").all().readAllBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void swappedChunksAreRefused() throws IOException {
        SealedStore store = store(keys("a"));
        put(store, "items/1", random(3 * Envelope.CHUNK));
        byte[] stored = Files.readAllBytes(file("items/1"));
        int block = Envelope.CHUNK + 16;
        int header = stored.length - 3 * block;
        byte[] swapped = stored.clone();
        System.arraycopy(stored, header, swapped, header + block, block);
        System.arraycopy(stored, header + block, swapped, header, block);
        Files.write(file("items/1"), swapped);
        assertThatThrownBy(() -> store.open("items/1").all().readAllBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void aWrongMasterKeyIsRefusedAndAnOldKeyStillReads() throws IOException {
        byte[] content = random(1000);
        put(store(keys("a")), "items/1", content);
        // Rotation: b is now current, a still listed — old objects read, new ones are wrapped by b.
        try (InputStream in = store(keys("b")).open("items/1").all()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        MasterKeys wrong = MasterKeys.parse("a:" + KEY_B, "a");
        assertThatThrownBy(() -> store(wrong).open("items/1")).isInstanceOf(IOException.class)
                .hasMessageContaining("does not unwrap");
    }

    @Test
    void memoryIsOneChunkWhateverTheSize() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = Envelope.seal(sink, keys("a"))) {
            byte[] block = new byte[1000];
            for (int i = 0; i < 1000; i++) {
                out.write(block);
            }
        }
        // 1 000 000 bytes → 16 chunks of 64 KiB (the last partial), each with a tag; the header is small.
        assertThat(sink.size()).isBetween(1_000_000 + 16 * 16, 1_000_000 + 16 * 16 + 200);
    }

    @Test
    void reWrappingChangesOnlyTheHeaderAndTheOldKeyCanThenBeRemoved() throws IOException {
        byte[] content = random(3 * Envelope.CHUNK + 5);
        put(store(keys("a")), "items/1", content);
        byte[] before = Files.readAllBytes(file("items/1"));

        SealedStore rotated = store(keys("b"));
        assertThat(rotated.rewrap("items/1")).isTrue();
        assertThat(rotated.rewrap("items/1")).as("already under b").isFalse();

        byte[] after = Files.readAllBytes(file("items/1"));
        int headerBefore = Envelope.header(new java.io.ByteArrayInputStream(before), keys("a")).length();
        Envelope.Header header = Envelope.header(new java.io.ByteArrayInputStream(after), keys("b"));
        assertThat(header.keyId()).isEqualTo("b");
        assertThat(java.util.Arrays.copyOfRange(after, header.length(), after.length))
                .as("the chunks are copied, not re-encrypted")
                .isEqualTo(java.util.Arrays.copyOfRange(before, headerBefore, before.length));
        SealedStore onlyB = new SealedStore(new FileStore(dir, ForkJoinPool.commonPool()), MasterKeys.parse("b:" + KEY_B, "b"));
        try (InputStream in = onlyB.open("items/1").all()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = onlyB.open("items/1").range(Envelope.CHUNK - 3, Envelope.CHUNK + 3)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, Envelope.CHUNK - 3,
                    Envelope.CHUNK + 4));
        }
    }
}

package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounded hand-off between a request reading a part and the thread that seals and writes it (ADR 0029). */
class HandOffTest {

    private static final int SMALL = 1000;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private SealedStore store(ObjectStore objects) {
        return new SealedStore(objects, EnvelopeTest.keys("a"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    /** Reads {@code content} into the hand-off the way a request reads its body: into the hand-off's buffer. */
    private static void read(HandOff to, byte[] content, int piece) throws IOException {
        int at = 0;
        while (at < content.length) {
            int n = Math.min(Math.min(piece, to.room()), content.length - at);
            System.arraycopy(content, at, to.buffer(), to.position(), n);
            to.advance(n);
            at += n;
        }
    }

    @Test
    void storesEveryByteInOrderWhateverTheBufferBoundaries() throws IOException {
        SealedStore store = store(new FileStore(dir, threads));
        for (int size : new int[] {1, SMALL - 1, SMALL, SMALL + 1, 7 * SMALL + 333, 3 * Envelope.CHUNK + 5}) {
            byte[] content = EnvelopeTest.random(size);
            HandOff part = new HandOff(store.create("uploads/" + size), threads, SMALL);
            read(part, content, 377);
            part.close();
            try (InputStream in = store.open("uploads/" + size).all()) {
                assertThat(in.readAllBytes()).as("size " + size).isEqualTo(content);
            }
        }
    }

    @Test
    void copiesFromAnArrayToo() throws IOException {
        SealedStore store = store(new FileStore(dir, threads));
        byte[] content = EnvelopeTest.random(5 * SMALL + 1);
        HandOff part = new HandOff(store.create("uploads/1"), threads, SMALL);
        part.write(content, 0, content.length);
        part.close();
        try (InputStream in = store.open("uploads/1").all()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aFailingWriterReachesTheRequestAndLeavesNothing() throws IOException {
        // Storage fails after 3 000 bytes (a full disk): the request learns it at a later hand-over, at the latest
        // when it closes, and neither the object nor its temporary file stays.
        SealedStore store = store(new Failing(new FileStore(dir, threads), 3000, false));
        HandOff part = new HandOff(store.create("uploads/1"), threads, SMALL);
        assertThatThrownBy(() -> {
            read(part, EnvelopeTest.random(200 * SMALL), 500);
            part.close();
        }).isInstanceOf(HandOff.WriteFailed.class).hasRootCauseMessage("no space left on device");
        part.abort();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFailureWhileStoringTheObjectFailsCloseAndLeavesNothing() throws IOException {
        // Every byte is written, but closing (the last sync and the move into place) fails.
        SealedStore store = store(new Failing(new FileStore(dir, threads), Long.MAX_VALUE, true));
        HandOff part = new HandOff(store.create("uploads/1"), threads, SMALL);
        read(part, EnvelopeTest.random(3 * SMALL), SMALL);
        assertThatThrownBy(part::close).isInstanceOf(HandOff.WriteFailed.class)
                .hasRootCauseMessage("sync failed");
        assertThat(files()).isEmpty();
    }

    @Test
    void aRequestWaitingForAFreeBufferIsReleasedWhenTheWriterFails() throws Exception {
        // The writer takes the first buffer and blocks in storage; the reader fills the second and then waits for a
        // free one. When storage fails, the waiting reader gets the failure instead of waiting forever.
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch fail = new CountDownLatch(1);
        ObjectStore blocking = new Failing(new FileStore(dir, threads), 0, false) {
            @Override
            void beforeFailing() {
                writing.countDown();
                try {
                    fail.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        SealedStore store = store(blocking);
        HandOff part = new HandOff(store.create("uploads/1"), threads, Envelope.CHUNK);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                read(part, EnvelopeTest.random(10 * Envelope.CHUNK), Envelope.CHUNK);
                part.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, threads);
        writing.await();
        fail.countDown();
        assertThatThrownBy(reader::join).hasCauseInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("no space left on device");
        part.abort();
        assertThat(files()).isEmpty();
    }

    @Test
    void abortStopsTheWriterAndKeepsNothing() throws IOException {
        SealedStore store = store(new FileStore(dir, threads));
        HandOff part = new HandOff(store.create("uploads/1"), threads, SMALL);
        read(part, EnvelopeTest.random(10 * SMALL + 1), 333);
        part.abort();
        part.abort();
        assertThat(files()).isEmpty();
        assertThatThrownBy(() -> store.open("uploads/1")).isInstanceOf(IOException.class);
    }

    @Test
    void theFileStoreSyncsInTheBackgroundWhileWriting() throws IOException {
        AtomicInteger syncs = new AtomicInteger();
        FileStore files = new FileStore(dir, task -> {
            syncs.incrementAndGet();
            threads.execute(task);
        });
        byte[] block = EnvelopeTest.random(FileStore.BLOCK);
        int blocks = (int) (2 * FileStore.SYNC_EVERY / FileStore.BLOCK) + 1;
        try (ObjectStore.Writer out = files.create("items/1")) {
            for (int i = 0; i < blocks; i++) {
                out.write(block);
            }
            assertThat(files()).as("not in place before it is closed").allMatch(p -> p.toString().endsWith(".part"));
        }
        assertThat(syncs).as("syncs started while writing").hasPositiveValue();
        assertThat(files.size("items/1")).isEqualTo((long) blocks * FileStore.BLOCK);
        assertThat(files()).containsExactly(dir.resolve("items/1"));
    }

    /** A store whose writers fail after {@code failAfter} bytes, or when closed. */
    private static class Failing implements ObjectStore {
        private final ObjectStore store;
        private final long failAfter;
        private final boolean failOnClose;

        Failing(ObjectStore store, long failAfter, boolean failOnClose) {
            this.store = store;
            this.failAfter = failAfter;
            this.failOnClose = failOnClose;
        }

        void beforeFailing() {
        }

        @Override
        public Writer create(String key) throws IOException {
            Writer real = store.create(key);
            return new Writer() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    // The header is written when the object is created; only content counts.
                    if (written > 0 && written + len > failAfter) {
                        beforeFailing();
                        throw new IOException("no space left on device");
                    }
                    written += len;
                    real.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (failOnClose) {
                        real.abort();
                        throw new IOException("sync failed");
                    }
                    real.close();
                }

                @Override
                public void abort() {
                    real.abort();
                }
            };
        }

        @Override
        public InputStream read(String key, long from, long to) throws IOException {
            return store.read(key, from, to);
        }

        @Override
        public long size(String key) throws IOException {
            return store.size(key);
        }

        @Override
        public void delete(String key) throws IOException {
            store.delete(key);
        }

        @Override
        public void deleteAll(String prefix) throws IOException {
            store.deleteAll(prefix);
        }

        @Override
        public boolean any(String prefix) throws IOException {
            return store.any(prefix);
        }
    }
}

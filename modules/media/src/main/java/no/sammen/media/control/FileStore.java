package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * Objects as files under one directory. A new object is written to a temporary file beside it and moved into place
 * when complete, so a reader never sees half an object and a crash leaves only a {@code .part} file.
 *
 * <p>Durable when {@code close} returns (ADR 0029): the file's content is synced before it is moved into place and
 * the directory after, so a part whose offset the upload acknowledged survives a crash of the machine. So that the
 * last sync is short, the content is synced in the background while it is written, every {@link #SYNC_EVERY} bytes
 * (one sync at a time, on the {@code background} executor); the writer itself never waits for one until it closes.
 * Writes go to the file in blocks of {@link #BLOCK} bytes.
 */
public final class FileStore implements ObjectStore {

    static final int BLOCK = 1024 * 1024;
    static final long SYNC_EVERY = 16L * 1024 * 1024;

    private final Path root;
    private final Executor background;

    /**
     * @param root       the directory (created if missing)
     * @param background runs the syncs that overlap writing (one at a time per object being written)
     */
    public FileStore(Path root, Executor background) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        this.background = background;
    }

    private Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || !key.matches("[a-z]+(/[0-9a-f-]+)+")) {
            throw new IllegalArgumentException("bad object key");
        }
        return path;
    }

    @Override
    public Writer create(String key) throws IOException {
        Path target = path(key);
        Path existing = target.getParent();
        while (!Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        return new FileWriter(part, target, existing, FileChannel.open(part, StandardOpenOption.WRITE));
    }

    /** Writes through one buffer of a block; syncs in the background as it goes and once more, then moves into place. */
    private final class FileWriter extends Writer {
        private final Path part;
        private final Path target;
        /** The deepest directory that existed before this object: the ones below it are new and are synced too. */
        private final Path existing;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        private long unsynced;
        private CompletableFuture<Void> sync = CompletableFuture.completedFuture(null);
        private boolean done;

        FileWriter(Path part, Path target, Path existing, FileChannel channel) {
            this.part = part;
            this.target = target;
            this.existing = existing;
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (buffer.position() == 0 && len >= BLOCK) {
                // A block or more (the sealer's batch): straight to the file, without a copy into the buffer.
                ByteBuffer whole = ByteBuffer.wrap(b, off, len);
                while (whole.hasRemaining()) {
                    channel.write(whole);
                }
                unsynced += len;
                syncInTheBackground();
                return;
            }
            while (len > 0) {
                int n = Math.min(len, buffer.remaining());
                buffer.put(b, off, n);
                off += n;
                len -= n;
                if (!buffer.hasRemaining()) {
                    drain();
                }
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                unsynced += channel.write(buffer);
            }
            buffer.clear();
            syncInTheBackground();
        }

        private void syncInTheBackground() throws IOException {
            if (unsynced >= SYNC_EVERY && sync.isDone()) {
                checkSync();
                unsynced = 0;
                sync = CompletableFuture.runAsync(() -> {
                    try {
                        channel.force(false);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, background);
            }
        }

        /** Rethrows the failure of the last background sync, if it failed. */
        private void checkSync() throws IOException {
            try {
                sync.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException u ? u.getCause()
                        : new IOException("syncing the object failed", e.getCause());
            }
        }

        @Override
        public void close() throws IOException {
            if (done) {
                return;
            }
            try {
                drain();
                checkSync();
                channel.force(false);
                channel.close();
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                abort();
                throw e;
            }
            done = true;
            // The content is whole and synced; a failure here (the directory entries) is reported, the object kept.
            for (Path dir = target.getParent(); dir.startsWith(existing); dir = dir.getParent()) {
                syncDirectory(dir);
            }
        }

        @Override
        public void abort() {
            done = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // The file is deleted next.
            }
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // A leftover .part file is never read.
            }
        }
    }

    /** Makes a move into {@code directory} durable (the directory entry, not only the file's content). */
    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    @Override
    public InputStream read(String key, long from, long to) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        return new BoundedStream(in, to - from + 1);
    }

    @Override
    public long size(String key) throws IOException {
        return Files.size(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        Path dir = root.resolve(prefix).normalize();
        if (!dir.startsWith(root) || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public boolean any(String prefix) throws IOException {
        Path dir = root.resolve(prefix).normalize();
        if (!dir.startsWith(root) || !Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.anyMatch(Files::isRegularFile);
        }
    }

    /** At most {@code limit} bytes of a stream. */
    static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

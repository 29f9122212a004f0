package no.sammen.media.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Objects as files under one directory. A new object is written to a temporary file beside it and moved into place
 * when complete, so a reader never sees half an object and a crash leaves only a {@code .part} file.
 */
public final class FileStore implements ObjectStore {

    private final Path root;

    public FileStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
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
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
        return new Writer() {
            private boolean done;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (!done) {
                    done = true;
                    out.close();
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }

            @Override
            public void abort() {
                done = true;
                try {
                    out.close();
                } catch (IOException ignored) {
                    // The file is deleted next.
                }
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // A leftover .part file is never read.
                }
            }
        };
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

package no.sammen.media.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;

/**
 * Encrypted objects on an {@link ObjectStore}: content goes in plain and is stored sealed ({@link Envelope}); a read
 * of a byte range fetches and opens only the chunks that hold it.
 */
public final class SealedStore {

    private final ObjectStore store;
    private final MasterKeys keys;

    public SealedStore(ObjectStore store, MasterKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    public String currentKeyId() {
        return keys.currentId();
    }

    public ObjectStore objects() {
        return store;
    }

    /** A sealed object being written: close stores it, {@link #abort()} drops it. */
    public static final class Sink extends java.io.FilterOutputStream {
        private final ObjectStore.Writer writer;

        Sink(OutputStream sealer, ObjectStore.Writer writer) {
            super(sealer);
            this.writer = writer;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        public void abort() {
            writer.abort();
        }
    }

    public Sink create(String key) throws IOException {
        ObjectStore.Writer writer = store.create(key);
        try {
            return new Sink(Envelope.seal(writer, keys), writer);
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /** Plain content: its length, and ranges of it. */
    public interface Content {
        long length();

        /** Plain bytes {@code from} to {@code to} inclusive ({@code from <= to < length()}). */
        InputStream range(long from, long to) throws IOException;

        default InputStream all() throws IOException {
            long length = length();
            return length == 0 ? InputStream.nullInputStream() : range(0, length - 1);
        }
    }

    /**
     * A piece of content: plain bytes {@code from .. from + length - 1} of the sealed object {@code key}.
     *
     * @param key    the object
     * @param from   where in the object's plain bytes the piece starts
     * @param length its length
     */
    public record Segment(String key, long from, long length) {
    }

    /** An opened object: its plain length, and ranges of it. */
    public final class Opened implements Content {
        private final String key;
        private final Envelope.Header header;
        private final long storedSize;
        private final long chunks;

        Opened(String key, Envelope.Header header, long storedSize) {
            this.key = key;
            this.header = header;
            this.storedSize = storedSize;
            this.chunks = header.chunks(storedSize);
        }

        @Override
        public long length() {
            return header.plainLength(storedSize);
        }

        @Override
        public InputStream range(long from, long to) throws IOException {
            long first = from / header.chunkSize();
            long last = to / header.chunkSize();
            long start = header.chunkOffset(first);
            long end = Math.min(storedSize, header.chunkOffset(last + 1)) - 1;
            InputStream plain = Envelope.open(store.read(key, start, end), header, first, chunks);
            return new FileStore.BoundedStream(skip(plain, from - first * header.chunkSize()), to - from + 1);
        }
    }

    /**
     * Content stored as pieces of several objects, read as one: a range opens only the objects it touches, and in
     * them only the chunks it needs. Each object is opened (its header read) once, when a read first reaches it.
     */
    public Content composite(List<Segment> segments) {
        long[] starts = new long[segments.size() + 1];
        for (int i = 0; i < segments.size(); i++) {
            starts[i + 1] = starts[i] + segments.get(i).length();
        }
        Opened[] opened = new Opened[segments.size()];
        return new Content() {
            @Override
            public long length() {
                return starts[segments.size()];
            }

            @Override
            public InputStream range(long from, long to) {
                List<Integer> touched = new ArrayList<>();
                for (int i = 0; i < segments.size(); i++) {
                    if (starts[i + 1] > from && starts[i] <= to) {
                        touched.add(i);
                    }
                }
                Iterator<Integer> next = touched.iterator();
                return new SequenceInputStream(new Enumeration<>() {
                    @Override
                    public boolean hasMoreElements() {
                        return next.hasNext();
                    }

                    @Override
                    public InputStream nextElement() {
                        int i = next.next();
                        Segment s = segments.get(i);
                        long a = Math.max(from, starts[i]) - starts[i] + s.from();
                        long b = Math.min(to, starts[i + 1] - 1) - starts[i] + s.from();
                        try {
                            if (opened[i] == null) {
                                opened[i] = open(s.key());
                            }
                            return opened[i].range(a, b);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
        };
    }

    public Opened open(String key) throws IOException {
        long size = store.size(key);
        byte[] head;
        try (InputStream in = store.read(key, 0, Math.min(size, Envelope.maxHeaderLength()) - 1)) {
            head = in.readAllBytes();
        }
        return new Opened(key, Envelope.header(new ByteArrayInputStream(head), keys), size);
    }

    /**
     * Re-wraps the object's data key under the current master key (key rotation): a new header, then the stored
     * chunks copied unchanged, written as a new object that replaces the old one whole. Nothing is decrypted or
     * encrypted but the 32-byte data key.
     *
     * @return false if the object was already wrapped by the current key
     */
    public boolean rewrap(String key) throws IOException {
        Opened object = open(key);
        Envelope.Header header = object.header;
        long size = object.storedSize;
        if (header.keyId().equals(keys.currentId())) {
            return false;
        }
        ObjectStore.Writer writer = store.create(key);
        try (InputStream chunks = store.read(key, header.length(), size - 1)) {
            writer.write(Envelope.rewrapped(header, keys));
            chunks.transferTo(writer);
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
        writer.close();
        return true;
    }

    private static InputStream skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
        return in;
    }
}

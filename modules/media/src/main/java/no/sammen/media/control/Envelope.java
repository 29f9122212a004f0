package no.sammen.media.control;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted form of a stored object (ADR 0017): a header with the data key wrapped by a master key, then the
 * content in chunks of {@link #CHUNK} bytes, each sealed with AES-256-GCM under the object's own data key.
 *
 * <pre>
 * header: "SAMMENC1" | chunk size (int) | nonce prefix (7 bytes) | key id length (1) | key id (ASCII)
 *         | wrap nonce (12) | wrapped data key (32 + 16 tag)
 * chunks: ciphertext of up to chunk-size bytes + 16-byte tag, ...
 * </pre>
 *
 * A chunk's nonce is the prefix, its index (4 bytes, big-endian) and a last-chunk flag (1 byte); its additional data
 * is the header's fixed part. So a chunk moved to another place, or a file cut at a chunk boundary (the new last chunk
 * was sealed as "not last"), fails authentication, as does any changed byte. Every object has at least one chunk
 * (an empty one seals as a lone tag). Memory is one chunk whatever the size; a range needs only its chunks.
 */
public final class Envelope {

    /** Plain bytes per chunk. */
    public static final int CHUNK = 64 * 1024;
    static final int TAG = 16;
    private static final byte[] MAGIC = "SAMMENC1".getBytes(StandardCharsets.US_ASCII);
    private static final int FIXED = MAGIC.length + 4 + 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Envelope() {
    }

    /** The parsed header of an object. */
    public record Header(int chunkSize, byte[] fixed, byte[] noncePrefix, String keyId, SecretKey dataKey,
                         int length) {

        /** How many chunks an object of {@code objectSize} stored bytes has. */
        long chunks(long objectSize) {
            long body = objectSize - length;
            if (body < TAG) {
                throw new IllegalStateException("stored object is shorter than one chunk");
            }
            return (body + chunkSize + TAG - 1) / (chunkSize + TAG);
        }

        /** The plain length of an object of {@code objectSize} stored bytes. */
        public long plainLength(long objectSize) {
            long n = chunks(objectSize);
            long last = objectSize - length - (n - 1) * (chunkSize + TAG) - TAG;
            if (last < 0) {
                throw new IllegalStateException("stored object has a torn last chunk");
            }
            return (n - 1) * chunkSize + last;
        }

        /** Where chunk {@code index} starts in the stored object. */
        public long chunkOffset(long index) {
            return length + index * (chunkSize + (long) TAG);
        }
    }

    /** Starts an object: writes the header to {@code sink} and returns the stream to write the plain content to. */
    public static OutputStream seal(OutputStream sink, MasterKeys keys) throws IOException {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey dataKey = generator.generateKey();
            byte[] prefix = new byte[7];
            RANDOM.nextBytes(prefix);
            byte[] fixed = ByteBuffer.allocate(FIXED).put(MAGIC).putInt(CHUNK).put(prefix).array();
            sink.write(header(fixed, dataKey, keys));
            return new Sealer(sink, dataKey, fixed, prefix);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A header: the fixed part, then the data key wrapped by the current master key (with its id). */
    static byte[] header(byte[] fixed, SecretKey dataKey, MasterKeys keys) throws GeneralSecurityException {
        byte[] keyId = keys.currentId().getBytes(StandardCharsets.US_ASCII);
        byte[] wrapNonce = new byte[12];
        RANDOM.nextBytes(wrapNonce);
        Cipher wrap = Cipher.getInstance("AES/GCM/NoPadding");
        wrap.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(128, wrapNonce));
        wrap.updateAAD(keyId);
        byte[] wrapped = wrap.doFinal(dataKey.getEncoded());
        return ByteBuffer.allocate(FIXED + 1 + keyId.length + 12 + wrapped.length).put(fixed)
                .put((byte) keyId.length).put(keyId).put(wrapNonce).put(wrapped).array();
    }

    /**
     * The header of an object re-wrapped under the current master key (key rotation): the same fixed part and data
     * key, so the chunks that follow stay valid byte for byte.
     */
    public static byte[] rewrapped(Header header, MasterKeys keys) {
        try {
            return header(header.fixed(), header.dataKey(), keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Reads and unwraps the header at the start of {@code in}; fails for a foreign format or a wrong key. */
    public static Header header(InputStream in, MasterKeys keys) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] fixed = new byte[FIXED];
        data.readFully(fixed);
        if (!Arrays.equals(Arrays.copyOf(fixed, MAGIC.length), MAGIC)) {
            throw new IOException("not an encrypted Sammen object");
        }
        int chunkSize = ByteBuffer.wrap(fixed, MAGIC.length, 4).getInt();
        if (chunkSize <= 0 || chunkSize > 16 * 1024 * 1024) {
            throw new IOException("bad chunk size");
        }
        byte[] prefix = Arrays.copyOfRange(fixed, MAGIC.length + 4, FIXED);
        int idLength = data.readUnsignedByte();
        byte[] keyId = new byte[idLength];
        data.readFully(keyId);
        byte[] wrapNonce = new byte[12];
        data.readFully(wrapNonce);
        byte[] wrapped = new byte[32 + TAG];
        data.readFully(wrapped);
        String id = new String(keyId, StandardCharsets.US_ASCII);
        try {
            Cipher unwrap = Cipher.getInstance("AES/GCM/NoPadding");
            unwrap.init(Cipher.DECRYPT_MODE, keys.byId(id), new GCMParameterSpec(128, wrapNonce));
            unwrap.updateAAD(keyId);
            SecretKey dataKey = new SecretKeySpec(unwrap.doFinal(wrapped), "AES");
            return new Header(chunkSize, fixed, prefix, id, dataKey, FIXED + 1 + idLength + 12 + wrapped.length);
        } catch (GeneralSecurityException e) {
            throw new IOException("the data key does not unwrap with master key " + id, e);
        }
    }

    /** The longest a header can be: read this many bytes (or the whole object if shorter) to parse one. */
    public static int maxHeaderLength() {
        return FIXED + 1 + 255 + 12 + 32 + TAG;
    }

    /**
     * The plain bytes from chunk {@code firstChunk} on, read from {@code chunks} (positioned at that chunk's start)
     * in an object with {@code totalChunks} chunks.
     */
    public static InputStream open(InputStream chunks, Header header, long firstChunk, long totalChunks) {
        return new Opener(chunks, header, firstChunk, totalChunks);
    }

    static byte[] nonce(byte[] prefix, long index, boolean last) {
        if (index > 0xFFFFFFFFL) {
            throw new IllegalStateException("object too large");
        }
        return ByteBuffer.allocate(12).put(prefix).putInt((int) index).put((byte) (last ? 1 : 0)).array();
    }

    private static void init(Cipher cipher, int mode, SecretKey key, byte[] prefix, byte[] fixed, long index,
                             boolean last) throws GeneralSecurityException {
        cipher.init(mode, key, new GCMParameterSpec(128, nonce(prefix, index, last)));
        cipher.updateAAD(fixed);
    }

    /**
     * Buffers one chunk; a full chunk is sealed as "not last" only once a further byte shows more is coming. A write
     * that brings more than a chunk is sealed straight from the caller's array (no copy), into an output buffer of
     * {@link #BATCH} chunks that goes to the sink once per write: large writes reach the store in large blocks. One
     * cipher serves every chunk of the object (initialised with each chunk's nonce).
     */
    private static final class Sealer extends FilterOutputStream {
        private static final int BATCH = 16;
        private final SecretKey key;
        private final byte[] fixed;
        private final byte[] prefix;
        private final byte[] buffer = new byte[CHUNK];
        private final Cipher cipher;
        private byte[] sealed = new byte[CHUNK + TAG];
        private int sealedLength;
        private int filled;
        private long index;
        private boolean closed;

        Sealer(OutputStream sink, SecretKey key, byte[] fixed, byte[] prefix) throws GeneralSecurityException {
            super(sink);
            this.key = key;
            this.fixed = fixed;
            this.prefix = prefix;
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    seal(buffer, 0, CHUNK, false);
                    filled = 0;
                }
                if (filled == 0 && len > CHUNK) {
                    if (sealed.length < BATCH * (CHUNK + TAG)) {
                        drain();
                        sealed = new byte[BATCH * (CHUNK + TAG)];
                    }
                    seal(b, off, CHUNK, false);
                    off += CHUNK;
                    len -= CHUNK;
                    continue;
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
            drain();
        }

        private void seal(byte[] plain, int off, int len, boolean last) throws IOException {
            if (sealed.length - sealedLength < len + TAG) {
                drain();
            }
            try {
                init(cipher, Cipher.ENCRYPT_MODE, key, prefix, fixed, index++, last);
                sealedLength += cipher.doFinal(plain, off, len, sealed, sealedLength);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        }

        private void drain() throws IOException {
            if (sealedLength > 0) {
                out.write(sealed, 0, sealedLength);
                sealedLength = 0;
            }
        }

        @Override
        public void flush() {
            // Chunks are written whole; flushing a partial chunk would seal it too early.
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(buffer, 0, filled, true);
                filled = 0;
                drain();
                out.close();
            }
        }
    }

    /** Opens chunk after chunk; the last one must carry the last-chunk flag. One cipher and two buffers serve all. */
    private static final class Opener extends InputStream {
        private final InputStream in;
        private final Header header;
        private final long totalChunks;
        private final byte[] block;
        private final byte[] plain;
        private Cipher cipher;
        private long index;
        private int available;
        private int position;

        Opener(InputStream in, Header header, long firstChunk, long totalChunks) {
            this.in = in;
            this.header = header;
            this.index = firstChunk;
            this.totalChunks = totalChunks;
            this.block = new byte[header.chunkSize() + TAG];
            this.plain = new byte[header.chunkSize()];
        }

        private boolean fill() throws IOException {
            while (position == available) {
                if (index >= totalChunks) {
                    return false;
                }
                boolean last = index == totalChunks - 1;
                int length = in.readNBytes(block, 0, block.length);
                if (length < TAG || (!last && length != block.length)) {
                    throw new EOFException("stored object is truncated");
                }
                try {
                    if (cipher == null) {
                        cipher = Cipher.getInstance("AES/GCM/NoPadding");
                    }
                    init(cipher, Cipher.DECRYPT_MODE, header.dataKey(), header.noncePrefix(), header.fixed(), index,
                            last);
                    available = cipher.doFinal(block, 0, length, plain, 0);
                } catch (GeneralSecurityException e) {
                    throw new IOException("stored object fails authentication at chunk " + index, e);
                }
                position = 0;
                index++;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? plain[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, available - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

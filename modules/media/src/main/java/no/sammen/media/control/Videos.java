package no.sammen.media.control;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Checks the structure of a video (or a HEIF image) while copying it, streaming: memory does not grow with its size
 * (ADR 0018).
 *
 * <ul>
 * <li>ISO base media (MP4, MOV, HEIC/HEIF): the top-level boxes must be of known types, start with {@code ftyp}, and
 * cover the file exactly; a box running past the end is a truncated file, bytes that are not a known box (an appended
 * archive or page) are refused. In videos, the {@code udta} and {@code meta} boxes of the movie and its tracks (where
 * phones put location, make, model and software) are renamed {@code free}, which players skip: sizes and offsets stay
 * as they were. HEIF keeps its {@code meta} box (it holds the image), so its Exif is kept: a documented limit.</li>
 * <li>WebM: an EBML header with doc type {@code webm}, then one Segment that ends exactly at the end of the file (or
 * has an unknown size); the Segment's {@code Tags} are blanked in place (a Void element of the same length).</li>
 * </ul>
 */
final class Videos {

    private static final Set<String> TOP_BOXES = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "uuid",
            "pdin", "moof", "mfra", "meta", "styp", "sidx", "ssix", "emsg", "prft", "pnot", "idat", "iloc");
    private static final Set<String> MOVIE_CONTAINERS = Set.of("moov", "trak");
    private static final Set<String> STRIPPED = Set.of("udta", "meta");
    /** The movie box is read into memory to strip it; real ones are kilobytes to a few megabytes. */
    static final long MAX_MOVIE_BOX = 64L * 1024 * 1024;
    private static final int COPY = 64 * 1024;
    /** EBML ids: the Segment's Tags, and Void (skipped by every reader). */
    static final long TAGS = 0x1254C367L;
    static final int VOID = 0xEC;

    private Videos() {
    }

    static void copy(InputStream in, long length, Format format, OutputStream out) throws Refused, IOException {
        if (format == Format.WEBM) {
            webm(in, length, out);
        } else {
            isoMedia(in, length, format != Format.HEIC, out);
        }
    }

    private static void isoMedia(InputStream in, long length, boolean video, OutputStream out)
            throws Refused, IOException {
        long position = 0;
        boolean first = true;
        while (position < length) {
            if (length - position < 8) {
                throw new Refused("the file has " + (length - position) + " stray bytes at its end");
            }
            byte[] header = readFully(in, 8);
            byte[] large = sizeOf(header) == 1 ? readFully(in, 8) : null;
            TopBox box = topBox(header, large, position, length, first);
            first = false;
            long size = box.size();
            String type = box.type();
            int headerLength = box.headerLength();
            out.write(header);
            if (large != null) {
                out.write(large);
            }
            long body = size - headerLength;
            if (video && "moov".equals(type)) {
                if (body > MAX_MOVIE_BOX) {
                    throw new Refused("the video's movie box is larger than 64 MB");
                }
                byte[] movie = readFully(in, (int) body);
                strip(movie, 0, movie.length);
                out.write(movie);
            } else {
                copyExactly(in, body, out);
            }
            position += size;
        }
        if (in.read() != -1) {
            throw new Refused("the file is longer than announced");
        }
    }

    /** A top-level box of an ISO media file: its type, its whole size and the length of its header. */
    record TopBox(String type, long size, int headerLength) {
    }

    static long sizeOf(byte[] header) {
        return ByteBuffer.wrap(header, 0, 4).getInt() & 0xFFFFFFFFL;
    }

    /**
     * Checks a top-level box header at {@code position} of a file of {@code length} bytes: the first box is the type
     * box, every box is of a known type and ends within the file.
     *
     * @param large the 64-bit size that follows when the 32-bit size is 1, otherwise {@code null}
     */
    static TopBox topBox(byte[] header, byte[] large, long position, long length, boolean first) throws Refused {
        long size = sizeOf(header);
        String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        int headerLength = 8;
        if (size == 1) {
            size = ByteBuffer.wrap(large).getLong();
            headerLength = 16;
        } else if (size == 0) {
            size = length - position;
        }
        if (first && !"ftyp".equals(type)) {
            throw new Refused("the file does not start with its type box");
        }
        if (!TOP_BOXES.contains(type)) {
            throw new Refused("the file holds data that is not part of a " + "media file ('"
                    + Format.printable(type) + "' at byte " + position + "), such as an appended archive");
        }
        if (size < headerLength || size > length - position) {
            throw new Refused("the file is truncated (box '" + Format.printable(type) + "' runs past the end)");
        }
        return new TopBox(type, size, headerLength);
    }

    /** A box found in a byte array: where it starts, and where its content starts and ends. */
    record Box(String type, int at, int start, int end) {
    }

    /** The boxes between {@code from} and {@code to}; {@code malformed} is the refusal if one runs past the end. */
    static List<Box> boxes(byte[] d, int from, int to, String malformed) throws Refused {
        List<Box> boxes = new ArrayList<>();
        int p = from;
        while (p + 8 <= to) {
            long size = sizeOf(Arrays.copyOfRange(d, p, p + 4));
            int header = 8;
            if (size == 1) {
                if (p + 16 > to) {
                    throw new Refused(malformed);
                }
                size = ByteBuffer.wrap(d, p + 8, 8).getLong();
                header = 16;
            } else if (size == 0) {
                size = to - p;
            }
            if (size < header || size > to - p) {
                throw new Refused(malformed);
            }
            boxes.add(new Box(new String(d, p + 4, 4, StandardCharsets.ISO_8859_1), p, p + header, p + (int) size));
            p += (int) size;
        }
        return boxes;
    }

    /** Renames {@code udta} and {@code meta} boxes of the movie and its tracks to {@code free}, in place. */
    static void strip(byte[] box, int from, int to) throws Refused {
        for (Box child : boxes(box, from, to, "the video's movie box is malformed")) {
            if (STRIPPED.contains(child.type())) {
                System.arraycopy("free".getBytes(StandardCharsets.ISO_8859_1), 0, box, child.at() + 4, 4);
            } else if (MOVIE_CONTAINERS.contains(child.type())) {
                strip(box, child.start(), child.end());
            }
        }
    }

    private static void webm(InputStream in, long length, OutputStream out) throws Refused, IOException {
        Counting counted = new Counting(in, out);
        long id = counted.vint(true);
        long size = counted.vint(false);
        if (id != 0x1A45DFA3L || size < 0 || size > 4096) {
            throw new Refused("the video's EBML header is malformed");
        }
        byte[] header = counted.bytes((int) size);
        if (!new String(header, StandardCharsets.ISO_8859_1).contains("webm")) {
            throw new Refused("the file is Matroska but not WebM");
        }
        while (counted.position < length) {
            long element = counted.vint(true);
            long elementSize = counted.vint(false);
            if (element == 0xECL) {
                counted.skip(elementSize, length);
                continue;
            }
            if (element != 0x18538067L) {
                throw new Refused("the file holds data that is not part of a WebM video, such as an appended archive");
            }
            long left = length - counted.position;
            if (elementSize != -1 && elementSize > left) {
                throw new Refused("the video is truncated");
            } else if (elementSize != -1 && elementSize < left) {
                throw new Refused("the video has " + (left - elementSize) + " bytes after its end, such as an "
                        + "appended archive");
            }
            segment(counted, length);
        }
        if (in.read() != -1) {
            throw new Refused("the file is longer than announced");
        }
    }

    /**
     * The Segment's top-level elements up to the end of the file: a {@code Tags} element keeps its place and size
     * but its content becomes one Void element of zeros (titles, comments, a recording location or the device a
     * muxer wrote there are gone; players skip Void). An element of unknown size (a live recording's Cluster) ends
     * the walk: the rest is copied as it is.
     */
    private static void segment(Counting counted, long length) throws IOException, Refused {
        while (counted.position < length) {
            long element = counted.vint(true);
            long size = counted.vint(false);
            if (size == -1) {
                counted.skip(length - counted.position, length);
                return;
            }
            if (size > length - counted.position) {
                throw new Refused("the video is truncated");
            }
            if (element == TAGS) {
                counted.blank(size, length);
            } else {
                counted.skip(size, length);
            }
        }
    }

    /** Reads EBML values while copying every byte read to the output. */
    private static final class Counting {
        private final InputStream in;
        private final OutputStream out;
        long position;

        Counting(InputStream in, OutputStream out) {
            this.in = in;
            this.out = out;
        }

        int next() throws IOException, Refused {
            int b = in.read();
            if (b < 0) {
                throw new Refused("the video is truncated");
            }
            out.write(b);
            position++;
            return b;
        }

        /** An EBML variable-length integer; as an id with its marker bit, as a size without (-1: unknown). */
        long vint(boolean id) throws IOException, Refused {
            int first = next();
            int length = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || length > 8) {
                throw new Refused("the video is malformed");
            }
            long value = id ? first : first & (0xFF >> length);
            boolean allOnes = value == (0xFF >> length);
            for (int i = 1; i < length; i++) {
                int b = next();
                allOnes &= b == 0xFF;
                value = (value << 8) | b;
            }
            return !id && allOnes ? -1 : value;
        }

        byte[] bytes(int n) throws IOException, Refused {
            byte[] b = in.readNBytes(n);
            if (b.length < n) {
                throw new Refused("the video is truncated");
            }
            out.write(b);
            position += n;
            return b;
        }

        /** Reads {@code n} bytes and writes one Void element of the same length in their place. */
        void blank(long n, long length) throws IOException, Refused {
            if (n < 2) {
                throw new Refused("the video's tags are malformed");
            }
            int sizeLength = n >= 9 ? 8 : 1;
            long voidSize = n - 1 - sizeLength;
            byte[] header = new byte[1 + sizeLength];
            header[0] = (byte) VOID;
            if (sizeLength == 1) {
                header[1] = (byte) (0x80 | voidSize);
            } else {
                header[1] = 0x01;
                for (int i = 0; i < 7; i++) {
                    header[2 + i] = (byte) (voidSize >>> (8 * (6 - i)));
                }
            }
            if (position + n > length) {
                throw new Refused("the video is truncated");
            }
            try {
                copyExactly(in, n, OutputStream.nullOutputStream());
            } catch (EOFException e) {
                throw new Refused("the video is truncated");
            }
            out.write(header);
            byte[] zeros = new byte[COPY];
            for (long left = n - header.length; left > 0; left -= Math.min(left, COPY)) {
                out.write(zeros, 0, (int) Math.min(left, COPY));
            }
            position += n;
        }

        void skip(long n, long length) throws IOException, Refused {
            if (position + n > length) {
                throw new Refused("the video is truncated");
            }
            try {
                copyExactly(in, n, out);
            } catch (EOFException e) {
                throw new Refused("the video is truncated");
            }
            position += n;
        }
    }

    static byte[] readFully(InputStream in, int n) throws IOException, Refused {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new Refused("the file is truncated");
        }
        return b;
    }

    static void copyExactly(InputStream in, long n, OutputStream out) throws IOException, Refused {
        byte[] buffer = new byte[COPY];
        long left = n;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new Refused("the file is truncated");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }
}

package no.sammen.media.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Checks a photo's structure and rewrites it without location and device metadata (ADR 0018), in memory (photos are
 * bounded by {@code sammen.media.max-photo-bytes}).
 *
 * <ul>
 * <li>JPEG: walks the segments to the end-of-image marker; refuses a missing end (truncated) and any byte after it
 * (an appended archive or page: a polyglot); keeps the JFIF, ICC profile and Adobe segments and the image data; drops
 * every other APPn segment (Exif with GPS, serial numbers and maker notes, XMP, IPTC) and comments, and writes back a
 * minimal Exif segment with the orientation alone.</li>
 * <li>PNG: checks every chunk's CRC and the final IEND; refuses anything after it; drops the text, time and eXIf
 * chunks.</li>
 * </ul>
 * Declared dimensions are checked against {@code sammen.media.max-pixels} before anything is decoded.
 */
final class Photos {

    private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private Photos() {
    }

    /** A cleaned photo. */
    record Cleaned(byte[] bytes, int width, int height, int orientation) {
    }

    static Cleaned clean(byte[] data, Format format, long maxPixels) throws Refused {
        String marker = Markup.find(data);
        if (marker != null) {
            throw new Refused("the photo carries markup ('" + marker + "'): a file that is also a page or script is "
                    + "not accepted");
        }
        return format == Format.PNG ? png(data, maxPixels) : jpeg(data, maxPixels);
    }

    private static void checkPixels(long width, long height, long maxPixels) throws Refused {
        if (width <= 0 || height <= 0) {
            throw new Refused("the photo declares no size");
        }
        if (width * height > maxPixels) {
            throw new Refused("the photo declares " + width + "×" + height + " pixels, more than the "
                    + maxPixels + " allowed", "sammen.media.max-pixels");
        }
    }

    static Cleaned jpeg(byte[] d, long maxPixels) throws Refused {
        ByteArrayOutputStream body = new ByteArrayOutputStream(d.length);
        int orientation = 1;
        int width = 0;
        int height = 0;
        boolean jfif = false;
        int p = 2;
        boolean ended = false;
        while (!ended) {
            if (p + 2 > d.length) {
                throw new Refused("the photo is truncated (no end-of-image marker)");
            }
            if ((d[p] & 0xFF) != 0xFF) {
                throw new Refused("the photo is not a well-formed JPEG");
            }
            while (p < d.length && (d[p] & 0xFF) == 0xFF) {
                p++;
            }
            if (p >= d.length) {
                throw new Refused("the photo is truncated (no end-of-image marker)");
            }
            int m = d[p++] & 0xFF;
            if (m == 0xD9) {
                throw new Refused("the photo ends before its image data");
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                body.write(0xFF);
                body.write(m);
                continue;
            }
            if (p + 2 > d.length) {
                throw new Refused("the photo is truncated");
            }
            int length = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
            if (length < 2 || p + length > d.length) {
                throw new Refused("the photo is truncated (a segment runs past the end)");
            }
            int start = p - 2;
            int end = p + length;
            boolean keep;
            if (m == 0xE1) {
                orientation = exifOrientation(d, p + 2, length - 2, orientation);
                keep = false;
            } else if (m == 0xE0) {
                keep = startsWith(d, p + 2, "JFIF\0") || startsWith(d, p + 2, "JFXX\0");
                jfif |= keep && start == 2;
            } else if (m == 0xE2) {
                keep = startsWith(d, p + 2, "ICC_PROFILE\0");
            } else if (m == 0xEE) {
                keep = startsWith(d, p + 2, "Adobe");
            } else if (m >= 0xE3 && m <= 0xEF || m == 0xFE) {
                keep = false;
            } else {
                keep = true;
                if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
                    if (length < 8) {
                        throw new Refused("the photo's frame header is malformed");
                    }
                    height = ((d[p + 3] & 0xFF) << 8) | (d[p + 4] & 0xFF);
                    width = ((d[p + 5] & 0xFF) << 8) | (d[p + 6] & 0xFF);
                    checkPixels(width, height, maxPixels);
                }
            }
            if (keep) {
                body.write(d, start, end - start);
            }
            p = end;
            if (m == 0xDA) {
                int scan = p;
                while (true) {
                    if (scan + 1 >= d.length) {
                        throw new Refused("the photo is truncated (no end-of-image marker)");
                    }
                    if ((d[scan] & 0xFF) == 0xFF) {
                        int next = d[scan + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                    }
                    scan++;
                }
                body.write(d, p, scan - p);
                p = scan;
                if ((d[p + 1] & 0xFF) == 0xD9) {
                    body.write(0xFF);
                    body.write(0xD9);
                    p += 2;
                    ended = true;
                }
            }
        }
        if (p != d.length) {
            throw new Refused("the photo has " + (d.length - p) + " bytes after its end (such as an appended archive "
                    + "or page); it is not accepted");
        }
        if (width == 0) {
            throw new Refused("the photo has no frame header");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.write(0xFF);
        out.write(0xD8);
        byte[] rest = body.toByteArray();
        int after = 0;
        if (jfif) {
            int jfifLength = ((rest[2] & 0xFF) << 8) | (rest[3] & 0xFF);
            after = 2 + jfifLength;
            out.write(rest, 0, after);
        }
        if (orientation != 1) {
            out.writeBytes(orientationSegment(orientation));
        }
        out.write(rest, after, rest.length - after);
        return new Cleaned(out.toByteArray(), width, height, orientation);
    }

    private static boolean startsWith(byte[] d, int at, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (at + p.length > d.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (d[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** The orientation tag (1-8) of an Exif APP1 payload, or {@code current} if it has none or is malformed. */
    static int exifOrientation(byte[] d, int at, int length, int current) {
        if (!startsWith(d, at, "Exif\0\0") || length < 14) {
            return current;
        }
        ByteBuffer tiff = ByteBuffer.wrap(d, at + 6, length - 6).slice();
        if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
            return current;
        }
        try {
            int ifd = tiff.getInt(4);
            int count = tiff.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < count; i++) {
                int entry = ifd + 2 + 12 * i;
                if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : current;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            return current;
        }
        return current;
    }

    /** An APP1 Exif segment holding only IFD0 with the orientation tag. */
    static byte[] orientationSegment(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(36).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) 34);
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    static Cleaned png(byte[] d, long maxPixels) throws Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(d, 0, 8);
        int p = 8;
        int width = 0;
        int height = 0;
        boolean first = true;
        while (true) {
            if (p + 12 > d.length) {
                throw new Refused("the photo is truncated (no IEND chunk)");
            }
            long length = ByteBuffer.wrap(d, p, 4).getInt() & 0xFFFFFFFFL;
            if (length > d.length - p - 12) {
                throw new Refused("the photo is truncated (a chunk runs past the end)");
            }
            String type = new String(d, p + 4, 4, StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(d, p + 4, 4 + (int) length);
            long stored = ByteBuffer.wrap(d, p + 8 + (int) length, 4).getInt() & 0xFFFFFFFFL;
            if (crc.getValue() != stored) {
                throw new Refused("the photo is damaged (chunk " + Format.printable(type) + " fails its CRC)");
            }
            if (first) {
                if (!"IHDR".equals(type) || length < 8) {
                    throw new Refused("the photo is not a well-formed PNG");
                }
                width = ByteBuffer.wrap(d, p + 8, 4).getInt();
                height = ByteBuffer.wrap(d, p + 12, 4).getInt();
                checkPixels(width & 0xFFFFFFFFL, height & 0xFFFFFFFFL, maxPixels);
                first = false;
            }
            int end = p + 12 + (int) length;
            if (!PNG_DROPPED.contains(type)) {
                out.write(d, p, end - p);
            }
            p = end;
            if ("IEND".equals(type)) {
                break;
            }
        }
        if (p != d.length) {
            throw new Refused("the photo has " + (d.length - p) + " bytes after its end (such as an appended archive "
                    + "or page); it is not accepted");
        }
        return new Cleaned(out.toByteArray(), width, height, 1);
    }
}

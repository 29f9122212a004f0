package no.sammen.media.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Small photos and videos made in the test, each the way a phone or an attacker would make it. */
final class SampleMedia {

    private SampleMedia() {
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with GPS position, camera make and orientation 6 in its Exif, as a phone writes it. */
    static byte[] jpegWithGps() {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(10.7522, 59.9139);
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(image("jpeg", 64, 48), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Where {@code needle} first occurs in {@code haystack}, or -1. */
    static int indexOf(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1)
                .indexOf(new String(needle, StandardCharsets.ISO_8859_1));
    }

    /** The start of a ZIP archive (a local file header). */
    static byte[] zip() {
        return concat(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0}, "secret.txt".getBytes(StandardCharsets.US_ASCII));
    }

    /** A PNG whose header declares {@code width} × {@code height} pixels (a decompression bomb's signature). */
    static byte[] pngDeclaring(int width, int height) {
        byte[] png = image("png", 8, 8);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    static byte[] box(String type, byte[] body) {
        return concat(ByteBuffer.allocate(8).putInt(8 + body.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .array(), body);
    }

    /** A minimal MP4: ftyp, a movie box whose user data holds a location, and media data. */
    static byte[] mp4() {
        byte[] ftyp = box("ftyp", concat("isom".getBytes(StandardCharsets.ISO_8859_1), new byte[4],
                "isommp41".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] udta = box("udta", box("\u00A9xyz", "+59.9139+010.7522/".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] moov = box("moov", concat(box("mvhd", new byte[100]), box("trak", box("tkhd", new byte[84])), udta));
        return concat(ftyp, moov, box("mdat", new byte[5000]));
    }

    /** A minimal WebM: EBML header with doc type webm, and a Segment of known size. */
    static byte[] webm() {
        byte[] docType = concat(new byte[] {0x42, (byte) 0x82, (byte) 0x84}, "webm".getBytes(StandardCharsets.US_ASCII));
        byte[] header = concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | docType.length)},
                docType);
        byte[] segmentBody = concat(new byte[] {(byte) 0xEC, 0x01, 0, 0, 0, 0, 0, 1, 34}, new byte[290]);
        return concat(header, segment(segmentBody));
    }

    private static byte[] segment(byte[] body) {
        return concat(new byte[] {0x18, 0x53, (byte) 0x80, 0x67, 0x01, 0, 0, 0, 0, 0, (byte) (body.length >> 8),
            (byte) body.length}, body);
    }

    /** An EBML element with a one-byte size (bodies under 127 bytes). */
    static byte[] ebml(byte[] id, byte[] body) {
        return concat(id, new byte[] {(byte) (0x80 | body.length)}, body);
    }

    /** A WebM whose Segment has Info, Tags with a recording location and device, and a cluster's worth of data. */
    static byte[] webmWithTags() {
        byte[] header = Arrays.copyOf(webm(), 12);
        byte[] info = ebml(new byte[] {0x15, 0x49, (byte) 0xA9, 0x66}, ebml(new byte[] {0x4D, (byte) 0x80},
                "Lavf60".getBytes(StandardCharsets.US_ASCII)));
        byte[] location = ebml(new byte[] {0x67, (byte) 0xC8}, concat(
                ebml(new byte[] {0x45, (byte) 0xA3}, "LOCATION".getBytes(StandardCharsets.US_ASCII)),
                ebml(new byte[] {0x44, (byte) 0x87}, "+59.9139+010.7522/".getBytes(StandardCharsets.US_ASCII))));
        byte[] device = ebml(new byte[] {0x67, (byte) 0xC8}, concat(
                ebml(new byte[] {0x45, (byte) 0xA3}, "DEVICE".getBytes(StandardCharsets.US_ASCII)),
                ebml(new byte[] {0x44, (byte) 0x87}, "PhoneMaker SN12345".getBytes(StandardCharsets.US_ASCII))));
        byte[] tags = ebml(new byte[] {0x12, 0x54, (byte) 0xC3, 0x67}, ebml(new byte[] {0x73, 0x73},
                concat(location, device)));
        byte[] cluster = ebml(new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75}, new byte[100]);
        return concat(header, segment(concat(info, tags, cluster)));
    }
}

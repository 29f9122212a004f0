package no.sammen.media.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.GpsTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEIC/HEIF photos lose their location and device details in place (ADR 0024): a minimal but valid HEIF made here
 * (ftyp, meta with hdlr, pitm, iloc, iinf, and mdat holding the coded image and an Exif item as a phone writes it:
 * a 4-byte offset, "Exif\0\0", then a TIFF with a GPS IFD, make, model, a body serial number and the orientation).
 */
class HeifTest {

    private static final byte[] IMAGE = new byte[400];

    static {
        new Random(9).nextBytes(IMAGE);
    }

    @Test
    void theExifItemLosesGpsAndDeviceTagsButKeepsItsOrientationAndEveryLength() throws Exception {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            byte[] exif = exif(order);
            byte[] heic = heic(exif, false);
            assertThat(gps(tiffOf(heic, exif.length))).as("the sample has GPS").isNotNull();

            byte[] stripped = heic.clone();
            Heif.strip(stripped);

            assertThat(stripped).hasSize(heic.length);
            TiffImageMetadata after = tiffOf(stripped, exif.length);
            assertThat(gps(after)).as(order + ": no GPS").isNull();
            assertThat(after.findField(GpsTagConstants.GPS_TAG_GPS_LATITUDE, true)).isNull();
            assertThat(after.findField(TiffTagConstants.TIFF_TAG_ORIENTATION, true).getIntValue()).isEqualTo(6);
            String text = new String(stripped, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("PhoneMaker").doesNotContain("Model X").doesNotContain("SN12345");
            assertThat(SampleMedia.indexOf(stripped, IMAGE)).as("the coded image is untouched").isPositive();

            ByteArrayOutputStream copied = new ByteArrayOutputStream();
            Videos.copy(new ByteArrayInputStream(stripped), stripped.length, Format.HEIC, copied);
            assertThat(copied.toByteArray()).as("the structure still checks").isEqualTo(stripped);
            assertThat(Format.sniff(stripped)).isEqualTo(Format.HEIC);
        }
    }

    @Test
    void anExifItemInIdatIsStrippedTooAndAnUnreadableOneIsZeroedWhole() throws Exception {
        byte[] exif = exif(ByteOrder.BIG_ENDIAN);
        byte[] heic = heic(exif, true);
        Heif.strip(heic);
        assertThat(new String(heic, StandardCharsets.ISO_8859_1)).doesNotContain("PhoneMaker");

        byte[] garbled = exif.clone();
        garbled[4 + 6] = 'X';
        byte[] other = heic(garbled, false);
        Heif.strip(other);
        assertThat(new String(other, StandardCharsets.ISO_8859_1)).doesNotContain("PhoneMaker")
                .doesNotContain("SN12345");
    }

    private static TiffImageMetadata.GpsInfo gps(TiffImageMetadata metadata) throws Exception {
        return metadata.getGpsInfo();
    }

    /** The TIFF inside the Exif item (the item is the last {@code length} bytes before the image in mdat). */
    private static TiffImageMetadata tiffOf(byte[] heic, int length) throws Exception {
        int at = SampleMedia.indexOf(heic, "\0\0\0\6Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)) + 10;
        return (TiffImageMetadata) Imaging.getMetadata(Arrays.copyOfRange(heic, at, at + length - 10));
    }

    private static byte[] exif(ByteOrder order) throws Exception {
        TiffOutputSet set = new TiffOutputSet(order);
        set.setGpsInDegrees(18.9553, 69.6496);
        set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
        set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "Model X");
        set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN12345");
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        new TiffImageWriterLossy(order).write(tiff, set);
        return SampleMedia.concat(new byte[] {0, 0, 0, 6}, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                tiff.toByteArray());
    }

    /** A HEIF: the image in mdat; the Exif item in mdat (iloc version 1, method 0) or in idat (method 1). */
    static byte[] heic(byte[] exif, boolean inIdat) {
        byte[] ftyp = SampleMedia.box("ftyp", "heic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        byte[] hdlr = full("hdlr", 0, SampleMedia.concat(new byte[4], "pict".getBytes(StandardCharsets.ISO_8859_1),
                new byte[13]));
        byte[] pitm = full("pitm", 0, new byte[] {0, 1});
        byte[] iinf = full("iinf", 0, SampleMedia.concat(new byte[] {0, 2}, infe(1, "hvc1"), infe(2, "Exif")));
        int metaLength = 8 + 4 + hdlr.length + pitm.length + iinf.length + iloc(0, 0, 0, false).length
                + (inIdat ? 8 + exif.length : 0);
        int imageAt = ftyp.length + metaLength + 8;
        int exifAt = inIdat ? 0 : imageAt + IMAGE.length;
        byte[] meta = full("meta", 0, SampleMedia.concat(hdlr, pitm, iloc(imageAt, exifAt, exif.length, inIdat), iinf,
                inIdat ? SampleMedia.box("idat", exif) : new byte[0]));
        byte[] mdat = SampleMedia.box("mdat", inIdat ? IMAGE : SampleMedia.concat(IMAGE, exif));
        return SampleMedia.concat(ftyp, meta, mdat);
    }

    private static byte[] full(String type, int versionAndFlags, byte[] body) {
        return SampleMedia.box(type, SampleMedia.concat(ByteBuffer.allocate(4).putInt(versionAndFlags).array(), body));
    }

    private static byte[] infe(int id, String type) {
        return full("infe", 2 << 24, SampleMedia.concat(new byte[] {0, (byte) id, 0, 0},
                type.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0}));
    }

    private static byte[] iloc(int imageAt, int exifAt, int exifLength, boolean inIdat) {
        ByteBuffer b = ByteBuffer.allocate(2 + 2 + 2 * 18);
        b.put((byte) 0x44).put((byte) 0x00).putShort((short) 2);
        b.putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 1)
                .putInt(imageAt).putInt(IMAGE.length);
        b.putShort((short) 2).putShort((short) (inIdat ? 1 : 0)).putShort((short) 0).putShort((short) 1)
                .putInt(exifAt).putInt(exifLength);
        return full("iloc", 1 << 24, b.array());
    }
}

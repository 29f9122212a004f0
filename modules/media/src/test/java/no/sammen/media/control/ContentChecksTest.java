package no.sammen.media.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentChecksTest {

    static final long PIXELS = 50_000_000L;

    @Test
    void formatsAreRecognisedByContentAndMarkupIsRefused() throws Refused {
        assertThat(Format.sniff(SampleMedia.image("jpeg", 8, 8))).isEqualTo(Format.JPEG);
        assertThat(Format.sniff(SampleMedia.image("png", 8, 8))).isEqualTo(Format.PNG);
        assertThat(Format.sniff(SampleMedia.mp4())).isEqualTo(Format.MP4);
        assertThat(Format.sniff(SampleMedia.webm())).isEqualTo(Format.WEBM);
        assertThatThrownBy(() -> Format.sniff("\uFEFF <svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(
                StandardCharsets.UTF_8))).isInstanceOf(Refused.class).hasMessageContaining("SVG, HTML");
        assertThatThrownBy(() -> Format.sniff("<!DOCTYPE html><script>alert(1)</script>".getBytes(
                StandardCharsets.UTF_8))).isInstanceOf(Refused.class).hasMessageContaining("markup");
        assertThatThrownBy(() -> Format.sniff("GIF89a..........".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Refused.class).hasMessageContaining("JPEG, PNG, HEIC/HEIF, MP4, MOV or WebM");
    }

    @Test
    void aPhonesJpegLosesGpsAndMakeButKeepsItsOrientation() throws Exception {
        byte[] original = SampleMedia.jpegWithGps();
        JpegImageMetadata before = (JpegImageMetadata) Imaging.getMetadata(original);
        assertThat(before.getExif().getGpsInfo()).as("the sample has GPS").isNotNull();

        Photos.Cleaned cleaned = Photos.clean(original, Format.JPEG, PIXELS);

        ImageMetadata after = Imaging.getMetadata(cleaned.bytes());
        JpegImageMetadata jpeg = (JpegImageMetadata) after;
        assertThat(jpeg.getExif().getGpsInfo()).isNull();
        assertThat(jpeg.findExifValue(TiffTagConstants.TIFF_TAG_MAKE)).isNull();
        assertThat(jpeg.findExifValue(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(6);
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("PhoneMaker");
        assertThat(cleaned.width()).isEqualTo(64);
        assertThat(cleaned.orientation()).isEqualTo(6);
        assertThat(Imaging.getImageInfo(cleaned.bytes()).getWidth()).isEqualTo(64);
        assertThat(Thumbnails.ofPhoto(cleaned.bytes(), 64, 48, 6)).isNotNull();
    }

    @Test
    void polyglotsAndTruncatedPhotosAreRefused() {
        byte[] jpeg = SampleMedia.image("jpeg", 32, 32);
        byte[] png = SampleMedia.image("png", 32, 32);
        assertThatThrownBy(() -> Photos.clean(SampleMedia.concat(jpeg, SampleMedia.zip()), Format.JPEG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("after its end");
        assertThatThrownBy(() -> Photos.clean(SampleMedia.concat(png, SampleMedia.zip()), Format.PNG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("after its end");
        assertThatThrownBy(() -> Photos.clean(SampleMedia.concat(jpeg, "<html><script>x</script>".getBytes(
                StandardCharsets.US_ASCII)), Format.JPEG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("markup");
        assertThatThrownBy(() -> Photos.clean(Arrays.copyOf(jpeg, jpeg.length - 40), Format.JPEG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Photos.clean(Arrays.copyOf(png, png.length - 5), Format.PNG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("truncated");
    }

    @Test
    void pixelBombsAreRefusedFromTheirHeaderBeforeDecoding() {
        assertThatThrownBy(() -> Photos.clean(SampleMedia.pngDeclaring(100_000, 100_000), Format.PNG, PIXELS))
                .isInstanceOf(Refused.class).hasMessageContaining("100000×100000")
                .extracting(e -> ((Refused) e).limit()).isEqualTo("sammen.media.max-pixels");
    }

    @Test
    void pngLosesTextChunks() throws Refused {
        byte[] png = SampleMedia.image("png", 8, 8);
        byte[] text = "Author\0Someone at home".getBytes(StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] typed = SampleMedia.concat("tEXt".getBytes(StandardCharsets.US_ASCII), text);
        crc.update(typed);
        byte[] chunk = SampleMedia.concat(java.nio.ByteBuffer.allocate(4).putInt(text.length).array(), typed,
                java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        byte[] withText = SampleMedia.concat(Arrays.copyOf(png, 33), chunk, Arrays.copyOfRange(png, 33, png.length));
        byte[] cleaned = Photos.clean(withText, Format.PNG, PIXELS).bytes();
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("Someone at home");
        assertThat(cleaned).isEqualTo(png);
    }

    @Test
    void videosAreCopiedWithTheirUserDataRenamedAndTrailingDataRefused() throws Exception {
        byte[] mp4 = SampleMedia.mp4();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Videos.copy(new ByteArrayInputStream(mp4), mp4.length, Format.MP4, out);
        String copied = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(out.size()).isEqualTo(mp4.length);
        assertThat(copied).doesNotContain("udta").contains("free").contains("moov");

        byte[] polyglot = SampleMedia.concat(mp4, SampleMedia.zip());
        assertThatThrownBy(() -> Videos.copy(new ByteArrayInputStream(polyglot), polyglot.length, Format.MP4,
                new ByteArrayOutputStream())).isInstanceOf(Refused.class);
        byte[] truncated = Arrays.copyOf(mp4, mp4.length - 100);
        assertThatThrownBy(() -> Videos.copy(new ByteArrayInputStream(truncated), truncated.length, Format.MP4,
                new ByteArrayOutputStream())).isInstanceOf(Refused.class).hasMessageContaining("truncated");

        byte[] webm = SampleMedia.webm();
        ByteArrayOutputStream webmOut = new ByteArrayOutputStream();
        Videos.copy(new ByteArrayInputStream(webm), webm.length, Format.WEBM, webmOut);
        assertThat(webmOut.toByteArray()).isEqualTo(webm);
        byte[] webmPolyglot = SampleMedia.concat(webm, SampleMedia.zip());
        assertThatThrownBy(() -> Videos.copy(new ByteArrayInputStream(webmPolyglot), webmPolyglot.length,
                Format.WEBM, new ByteArrayOutputStream())).isInstanceOf(Refused.class);
        byte[] tagged = SampleMedia.webmWithTags();
        assertThat(Format.sniff(tagged)).isEqualTo(Format.WEBM);
        ByteArrayOutputStream taggedOut = new ByteArrayOutputStream();
        Videos.copy(new ByteArrayInputStream(tagged), tagged.length, Format.WEBM, taggedOut);
        byte[] blanked = taggedOut.toByteArray();
        assertThat(blanked).as("same length, every offset kept").hasSize(tagged.length);
        assertThat(new String(blanked, StandardCharsets.ISO_8859_1)).doesNotContain("+59.9139")
                .doesNotContain("PhoneMaker").doesNotContain("LOCATION").contains("Lavf60");
        int tags = SampleMedia.indexOf(blanked, new byte[] {0x12, 0x54, (byte) 0xC3, 0x67});
        assertThat(blanked[tags + 5] & 0xFF).as("the tags' content is one Void element").isEqualTo(0xEC);
        assertThat(Arrays.copyOfRange(blanked, tags + 5 + 2 + 70, blanked.length))
                .isEqualTo(Arrays.copyOfRange(tagged, tags + 5 + 2 + 70, tagged.length));
        Videos.copy(new ByteArrayInputStream(blanked), blanked.length, Format.WEBM, new ByteArrayOutputStream());
        byte[] webmCut = Arrays.copyOf(webm, webm.length - 10);
        assertThatThrownBy(() -> Videos.copy(new ByteArrayInputStream(webmCut), webmCut.length, Format.WEBM,
                new ByteArrayOutputStream())).isInstanceOf(Refused.class).hasMessageContaining("truncated");
    }

    @Test
    void rangesFollowRfc9110() {
        assertThat(Ranges.resolve(null, 100)).isNull();
        assertThat(Ranges.resolve("bytes=0-9", 100)).containsExactly(0, 9);
        assertThat(Ranges.resolve("bytes=90-", 100)).containsExactly(90, 99);
        assertThat(Ranges.resolve("bytes=-10", 100)).containsExactly(90, 99);
        assertThat(Ranges.resolve("bytes=95-200", 100)).containsExactly(95, 99);
        assertThatThrownBy(() -> Ranges.resolve("bytes=100-", 100))
                .isInstanceOf(no.sammen.media.RangeNotSatisfiableException.class);
        assertThatThrownBy(() -> Ranges.resolve("bytes=x-y", 100))
                .isInstanceOf(no.sammen.platform.InvalidInputException.class);
    }

    @Test
    void fileNamesAreMetadataAndPathTricksAreRefused() {
        assertThat(FileNames.check("Emma på stranden.jpg")).isEqualTo("Emma på stranden.jpg");
        assertThat(FileNames.check(null)).isNull();
        for (String trick : new String[] {"../../etc/passwd", "..\\boot.ini", "/etc/passwd", "C:evil.jpg",
                ".htaccess", "a\nb.jpg", "photo\u202Egpj.exe", "x\u0000.jpg"}) {
            assertThatThrownBy(() -> FileNames.check(trick)).as(trick)
                    .isInstanceOf(no.sammen.platform.InvalidInputException.class);
        }
    }
}

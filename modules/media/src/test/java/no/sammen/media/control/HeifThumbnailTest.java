package no.sammen.media.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * HEIC/HEIF thumbnails come from {@code heif-convert} (Debian's libheif-examples, which {@code .ci/run} installs);
 * without it there is none. The sample is a 640 × 480 HEIC of a gradient, dark at the top left and light at the bottom
 * right, made with {@code heif-enc}.
 */
class HeifThumbnailTest {

    static byte[] sample() throws IOException {
        try (InputStream in = HeifThumbnailTest.class.getResourceAsStream("gradient-640x480.heic")) {
            return in.readAllBytes();
        }
    }

    static List<Path> scratchDirectories() throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (Path base : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (Files.isDirectory(base)) {
                try (Stream<Path> entries = Files.list(base)) {
                    entries.filter(p -> p.getFileName().toString().startsWith("sammen-heif-")).forEach(found::add);
                }
            }
        }
        return found;
    }

    @Test
    void aHeifPhotoGetsAJpegThumbnailOfItsPictureAndLeavesNoFileBehind() throws IOException {
        Path decoder = Thumbnails.onPath("heif-convert");
        assumeTrue(decoder != null, "heif-convert is not installed (Debian: libheif-examples)");
        List<Path> before = scratchDirectories();

        byte[] thumbnail = Thumbnails.ofHeif(sample(), decoder);

        assertThat(thumbnail).isNotNull();
        assertThat(thumbnail[0] & 0xff).isEqualTo(0xff);
        assertThat(thumbnail[1] & 0xff).isEqualTo(0xd8);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(image.getWidth()).isEqualTo(Thumbnails.EDGE);
        assertThat(image.getHeight()).isEqualTo(240);
        assertThat(brightness(image.getRGB(5, 5))).isLessThan(brightness(image.getRGB(314, 234)) - 100);
        assertThat(scratchDirectories()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void withoutTheDecoderThereIsNoThumbnail() throws IOException {
        assertThat(Thumbnails.ofHeif(sample(), null)).isNull();
    }

    @Test
    void aFileTheDecoderCannotReadGivesNoThumbnailAndLeavesNoFileBehind() throws IOException {
        Path decoder = Thumbnails.onPath("heif-convert");
        assumeTrue(decoder != null, "heif-convert is not installed (Debian: libheif-examples)");
        List<Path> before = scratchDirectories();
        byte[] broken = sample();
        java.util.Arrays.fill(broken, 40, broken.length, (byte) 0);

        assertThat(Thumbnails.ofHeif(broken, decoder)).isNull();
        assertThat(scratchDirectories()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static int brightness(int rgb) {
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
    }
}

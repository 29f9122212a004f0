package no.sammen.media.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Small JPEG previews (at most {@link #EDGE} pixels on the long side): photos with ImageIO, decoding a subsample so
 * memory stays bounded whatever the photo's size (its declared size was checked before); a video's poster frame
 * with {@code ffmpeg} when it is on the {@code PATH}, otherwise none (the pages show a video symbol); a HEIC/HEIF
 * photo's with {@code heif-convert} (Debian's {@code libheif-examples}) when it is on the {@code PATH}, otherwise none
 * (the pages show a photo symbol): ImageIO cannot decode HEIF.
 */
final class Thumbnails {

    static final int EDGE = 320;
    /** How long {@code heif-convert} may take for one photo. */
    static final int DECODE_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(Thumbnails.class.getName());

    private Thumbnails() {
    }

    /** A JPEG thumbnail of a cleaned photo, or {@code null} if it cannot be decoded. */
    static byte[] ofPhoto(byte[] photo, int width, int height, int orientation) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            return thumbnail(in, width, height, orientation);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no thumbnail: the photo does not decode ({0})", e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * A JPEG thumbnail of a cleaned HEIC/HEIF photo, decoded by {@code heif-convert}, or {@code null} when that is not
     * on the {@code PATH}, fails or takes longer than {@link #DECODE_SECONDS}.
     */
    static byte[] ofHeif(byte[] heif) {
        return ofHeif(heif, onPath("heif-convert"));
    }

    /**
     * As {@link #ofHeif(byte[])}, with this decoder ({@code null}: none). The decoder needs a file it can seek in, so the
     * photo (cleaned, in plain text) is written for the duration of the call to a directory of its own that only this
     * process's user may read, in memory ({@code /dev/shm}) where the machine has it, and the directory is removed
     * before this returns, whatever happened.
     */
    static byte[] ofHeif(byte[] heif, Path decoder) {
        if (decoder == null) {
            return null;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory(scratch(), "sammen-heif-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path in = Files.write(dir.resolve("photo.heic"), heif);
            Path out = dir.resolve("photo.jpg");
            Process process = new ProcessBuilder(decoder.toString(), "-q", "90", in.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(DECODE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                LOG.info("no thumbnail: heif-convert took too long");
                return null;
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                LOG.log(Level.INFO, "no thumbnail: heif-convert failed (exit {0})", process.exitValue());
                return null;
            }
            try (ImageInputStream decoded = ImageIO.createImageInputStream(out.toFile())) {
                // heif-convert applies the photo's own rotation (irot) while decoding.
                return thumbnail(decoded, 0, 0, 1);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "no thumbnail: the HEIF photo does not decode ({0})", e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Where a decoder's file goes: memory where the machine has it. */
    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "a decoder's scratch directory could not be removed ({0})",
                    e.getClass().getSimpleName());
        }
    }

    /** Decodes a subsample (bounded memory; 0 × 0: the image's own size) and scales it. */
    private static byte[] thumbnail(ImageInputStream in, int width, int height, int orientation) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            int longSide = width > 0 ? Math.max(width, height) : Math.max(reader.getWidth(0), reader.getHeight(0));
            int step = Math.max(1, longSide / (2 * EDGE));
            param.setSourceSubsampling(step, step, 0, 0);
            return jpeg(scale(reader.read(0, param), orientation));
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage scale(BufferedImage source, int orientation) {
        double factor = Math.min(1.0, (double) EDGE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        boolean turned = orientation >= 5;
        BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            switch (orientation) {
                case 3 -> t.rotate(Math.PI, w / 2.0, h / 2.0);
                case 6 -> {
                    t.translate(h, 0);
                    t.rotate(Math.PI / 2);
                }
                case 8 -> {
                    t.translate(0, w);
                    t.rotate(-Math.PI / 2);
                }
                default -> {
                    // 1, and mirrored orientations drawn unmirrored: a preview only.
                }
            }
            g.transform(t);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * A poster frame of a video with {@code ffmpeg}, or {@code null} when it is not on the {@code PATH} or fails.
     * The video reaches ffmpeg on its standard input, never as a plain file on disk.
     */
    static byte[] posterFrame(VideoSource video) {
        Path ffmpeg = onPath("ffmpeg");
        if (ffmpeg == null) {
            return null;
        }
        try {
            Process process = new ProcessBuilder(ffmpeg.toString(), "-v", "error", "-i", "pipe:0", "-frames:v", "1",
                    "-vf", "scale=" + EDGE + ":" + EDGE + ":force_original_aspect_ratio=decrease", "-f", "image2",
                    "-c:v", "mjpeg", "pipe:1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread feeder = new Thread(() -> {
                try (var stdin = process.getOutputStream(); InputStream in = video.open()) {
                    in.transferTo(stdin);
                } catch (IOException ignored) {
                    // ffmpeg stops reading once it has its frame.
                }
            }, "sammen-poster-frame");
            feeder.setDaemon(true);
            feeder.start();
            byte[] frame = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || frame.length == 0) {
                process.destroyForcibly();
                return null;
            }
            return frame;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Opens the plain video again. */
    @FunctionalInterface
    interface VideoSource {
        InputStream open() throws IOException;
    }

    static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

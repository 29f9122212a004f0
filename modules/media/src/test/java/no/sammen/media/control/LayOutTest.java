package no.sammen.media.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An MP4 kept as segments (ADR 0024): its media data stays in the upload's parts, its movie box is rewritten on its
 * own, and read as one it is the same as the video copied whole with its user data renamed.
 */
class LayOutTest {

    @TempDir
    Path dir;

    private List<UploadRows.Part> parts(SealedStore store, byte[] content, int... cuts) throws IOException {
        List<UploadRows.Part> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : content.length;
            String key = "uploads/1/" + (i + 1);
            try (OutputStream out = store.create(key)) {
                out.write(content, from, to - from);
            }
            parts.add(new UploadRows.Part(from, to - from, key));
            from = to;
        }
        return parts;
    }

    @Test
    void aVideoIsItsPartsAndARewrittenMovieBoxReadAsOne() throws Exception {
        SealedStore store = new SealedStore(new FileStore(dir, ForkJoinPool.commonPool()), EnvelopeTest.keys("a"));
        byte[] mp4 = SampleMedia.mp4();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Videos.copy(new ByteArrayInputStream(mp4), mp4.length, Format.MP4, expected);

        List<SealedStore.Segment> segments = Ingest.layOut(store, parts(store, mp4, 30, 200, 3000), mp4.length,
                "boxes/2/");

        assertThat(segments.stream().filter(s -> s.key().startsWith("boxes/"))).as("only the movie box is new")
                .hasSize(1);
        assertThat(segments.stream().mapToLong(SealedStore.Segment::length).sum()).isEqualTo(mp4.length);
        try (InputStream in = store.composite(segments).all()) {
            assertThat(in.readAllBytes()).isEqualTo(expected.toByteArray());
        }
        try (InputStream in = store.composite(segments).range(2990, 3010)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(expected.toByteArray(), 2990, 3011));
        }
        try (var files = Files.walk(dir.resolve("boxes"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isOne();
        }
    }

    @Test
    void aVideoWithAnAppendedArchiveOrCutShortIsRefused() throws Exception {
        SealedStore store = new SealedStore(new FileStore(dir, ForkJoinPool.commonPool()), EnvelopeTest.keys("a"));
        byte[] polyglot = SampleMedia.concat(SampleMedia.mp4(), SampleMedia.zip());
        assertThatThrownBy(() -> Ingest.layOut(store, parts(store, polyglot, 100), polyglot.length, "boxes/3/"))
                .isInstanceOf(Refused.class);
        byte[] cut = Arrays.copyOf(SampleMedia.mp4(), SampleMedia.mp4().length - 100);
        assertThatThrownBy(() -> Ingest.layOut(store, parts(store, cut, 100), cut.length, "boxes/4/"))
                .isInstanceOf(Refused.class).hasMessageContaining("truncated");
    }
}

package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class MediaUploadBenchmarkTest {

    private static final long LENGTH = 3L * (1 << 20) + 12345;

    private static byte[] read(InputStream in, int piece) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[piece];
        int n;
        while ((n = in.read(buffer, 0, piece)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Test
    void theSyntheticVideoIsTheSameWhateverTheReadsAndParts() throws IOException {
        byte[] whole = read(new MediaUploadBenchmark.Mp4Stream(LENGTH, 0, LENGTH), 3 << 20);
        assertThat(whole).hasSize((int) LENGTH);
        assertThat(read(new MediaUploadBenchmark.Mp4Stream(LENGTH, 0, LENGTH), 7)).isEqualTo(whole);
        long from = (1 << 20) - 5;
        byte[] part = read(new MediaUploadBenchmark.Mp4Stream(LENGTH, from, 1 << 20), 65536);
        assertThat(part).isEqualTo(Arrays.copyOfRange(whole, (int) from, (int) from + (1 << 20)));
    }

    @Test
    void theSyntheticVideoIsTypeBoxMovieBoxAndMediaDataToTheEnd() throws IOException {
        byte[] whole = read(new MediaUploadBenchmark.Mp4Stream(LENGTH, 0, LENGTH), 1 << 20);
        ByteBuffer boxes = ByteBuffer.wrap(whole);
        List<String> types = new ArrayList<>();
        long position = 0;
        while (position < LENGTH) {
            int size = boxes.getInt((int) position);
            types.add(new String(whole, (int) position + 4, 4, StandardCharsets.ISO_8859_1));
            position += size;
        }
        assertThat(position).isEqualTo(LENGTH);
        assertThat(types).containsExactly("ftyp", "moov", "mdat");
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(MediaUploadBenchmark.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(MediaUploadBenchmark.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}

package no.sammen.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.adobe.testing.s3mock.S3MockApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3-compatible backend against Adobe's S3Mock, started in this JVM (no Docker). */
class S3StoreTest {

    static S3MockApplication s3mock;
    static S3Store store;

    @BeforeAll
    static void start(@TempDir Path root) {
        s3mock = S3MockApplication.start(new java.util.HashMap<>(Map.of(
                S3MockApplication.PROP_INITIAL_BUCKETS, "media",
                S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT,
                S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
                S3MockApplication.PROP_SILENT, true)));
        store = new S3Store("http://localhost:" + s3mock.getHttpPort(), "eu-north-1", "media", "test", "test");
    }

    @AfterAll
    static void stop() {
        if (s3mock != null) {
            s3mock.stop();
        }
    }

    @Test
    void sealedObjectsRoundTripWithRangesThroughMultipartUploads() throws IOException {
        SealedStore sealed = new SealedStore(store, EnvelopeTest.keys("a"));
        byte[] content = EnvelopeTest.random(S3Store.PART * 2 + 12345);
        try (OutputStream out = sealed.create("items/0190aaaa-0000-7000-8000-000000000001")) {
            out.write(content);
        }
        SealedStore.Opened opened = sealed.open("items/0190aaaa-0000-7000-8000-000000000001");
        assertThat(opened.length()).isEqualTo(content.length);
        try (InputStream in = opened.range(S3Store.PART - 3, S3Store.PART + 3)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, S3Store.PART - 3, S3Store.PART + 4));
        }
        try (InputStream in = opened.all()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void smallObjectsAbortsAndDeletesByPrefix() throws IOException {
        SealedStore sealed = new SealedStore(store, EnvelopeTest.keys("a"));
        try (OutputStream out = sealed.create("uploads/0190bbbb-0000-7000-8000-000000000001/0")) {
            out.write("hello".getBytes());
        }
        SealedStore.Sink dropped = sealed.create("uploads/0190bbbb-0000-7000-8000-000000000001/5");
        dropped.write(new byte[S3Store.PART + 1]);
        dropped.abort();
        assertThat(store.any("uploads/0190bbbb-0000-7000-8000-000000000001/")).isTrue();
        try (InputStream in = sealed.open("uploads/0190bbbb-0000-7000-8000-000000000001/0").all()) {
            assertThat(in.readAllBytes()).isEqualTo("hello".getBytes());
        }
        store.deleteAll("uploads/0190bbbb-0000-7000-8000-000000000001/");
        assertThat(store.any("uploads/0190bbbb-0000-7000-8000-000000000001/")).isFalse();
    }
}

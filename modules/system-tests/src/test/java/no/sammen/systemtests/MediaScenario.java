package no.sammen.systemtests;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the media scenarios share: a tus client for the personas, children made for one scenario, and small photos
 * and videos made in the test.
 */
abstract class MediaScenario extends Scenario {
    final HttpBrowser client = new HttpBrowser();
    final HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();

    String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static String idOf(String uploadPath) {
        return uploadPath.substring(uploadPath.lastIndexOf('/') + 1);
    }

    void assertNothingKept(String child, String uploadPath, Set<String> itemsBefore, String what) {
        String upload = idOf(uploadPath);
        assertThat(count("select count(*) from media.upload where id = '" + upload + "'")).as(what).isZero();
        assertThat(count("select count(*) from media.upload_part where upload_id = '" + upload + "'")).as(what)
                .isZero();
        assertThat(count("select count(*) from media.item where child_id = '" + child + "'")).as(what).isZero();
        assertThat(Files.exists(SammenTestEnvironment.mediaDirectory().resolve("uploads/" + upload))).as(what)
                .isFalse();
        assertThat(storedItems()).as(what + ": no new object").isEqualTo(itemsBefore);
        assertThat(count("select count(*) from records.timeline_event where child_id = '" + child
                + "' and category = 'media'")).as(what).isZero();
    }

    static Set<String> storedItems() {
        Path items = SammenTestEnvironment.mediaDirectory().resolve("items");
        if (!Files.exists(items)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(items)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonObject upload(String child, String persona, byte[] content, Map<String, String> metadata) {
        String upload = create(child, persona, content.length, metadata);
        HttpResponse<String> done = patch(upload, persona, 0, content);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return json(done.body());
    }

    /** Starts an upload; returns its path. */
    String create(String child, String persona, long length, Map<String, String> metadata) {
        HttpResponse<String> created = createRaw(child, persona, length, metadata);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getRawPath();
    }

    HttpResponse<String> createRaw(String child, String persona, long length, Map<String, String> metadata) {
        String encoded = metadata.entrySet().stream().map(e -> e.getKey() + " " + Base64.getEncoder()
                .encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(","));
        var headers = new java.util.HashMap<String, String>(Map.of("Upload-Length", Long.toString(length)));
        if (!encoded.isEmpty()) {
            headers.put("Upload-Metadata", encoded);
        }
        return tus("POST", "/api/children/" + child + "/media/uploads", persona, headers, null);
    }

    HttpResponse<String> patch(String upload, String persona, long offset, byte[] bytes) {
        return tus("PATCH", upload, persona, Map.of("Upload-Offset", Long.toString(offset),
                "Content-Type", "application/offset+octet-stream"), bytes);
    }

    long offset(String upload, String persona) {
        HttpResponse<String> head = tus("HEAD", upload, persona, Map.of(), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    HttpResponse<String> tus(String method, String path, String persona, Map<String, String> headers,
                                     byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + token(persona))
                .header("Tus-Resumable", "1.0.0")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return client.send(builder, base() + path);
    }

    /** Sends a PATCH announcing {@code length} bytes, writes only {@code sent}, and drops the connection. */
    void dropAfter(String upload, String persona, int length, byte[] sent) throws IOException {
        URI uri = URI.create(base() + upload);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token(persona) + "\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0"
                    + "\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: " + length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
        }
    }

    HttpResponse<byte[]> content(String child, String id, String persona, String range) {
        return get(child, id + "/content", persona, range);
    }

    HttpResponse<byte[]> get(String child, String path, String persona, String range) {
        var builder = HttpRequest.newBuilder(URI.create(base() + "/api/children/" + child + "/media/" + path))
                .header("Authorization", "Bearer " + token(persona)).GET();
        if (range != null) {
            builder.header("Range", range);
        }
        try {
            return raw.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String freshChild() {
        return freshChild("kari", "ola");
    }

    /** A new child with these team members, a guardian (mor) and the family's consent to the whole team. */
    String freshChild(String... members) {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Mia", "organisation": "Home care, Tromsø"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : members) {
            var p = persona(member);
            String profession = p.professionCode() != null ? p.professionCode() : p.role();
            assertThat(api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                    {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Tromsø municipality"}
                    """.formatted(p.nationalId(), p.displayName(), profession)).statusCode()).as(member).isEqualTo(201);
        }
        assertThat(api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}").statusCode()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    // ------------------------------------------------------------------------------------------------ samples

    static byte[] png(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image, "png");
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.PINK);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "jpeg");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A phone's JPEG: GPS position, camera make and orientation in its Exif. */
    static byte[] jpegWithGps() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(18.9553, 69.6496);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg(80, 60), out, exif);
        byte[] photo = out.toByteArray();
        assertThat(((JpegImageMetadata) Imaging.getMetadata(photo)).getExif().getGpsInfo()).isNotNull();
        return photo;
    }

    /** A PNG whose header claims {@code width} × {@code height} pixels. */
    static byte[] pngDeclaring(int width, int height) {
        byte[] png = png(4, 4, 3);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    static byte[] box(String type, byte[] body) {
        return concat(ByteBuffer.allocate(8).putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).array(), body);
    }

    /** A minimal MP4 (type, movie and media data boxes) of about {@code mediaBytes} bytes. */
    static byte[] mp4(int mediaBytes) {
        byte[] data = new byte[mediaBytes];
        new Random(5).nextBytes(data);
        return concat(box("ftyp", "mp42\0\0\0\0isommp42".getBytes(StandardCharsets.ISO_8859_1)),
                box("moov", box("mvhd", new byte[100])), box("mdat", data));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

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
 * Photos and videos (issue 6): resumable tus uploads, refusals that keep nothing (no row in PostgreSQL, no byte on
 * storage), metadata stripped from photos, ranges for seeking, safe headers, and who sees what. Each scenario builds
 * its own child; files are small and made in the test.
 */
abstract class MediaScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    // ------------------------------------------------------------------------------------------------ uploads

    @Test
    void aPhotoUploadedInTwoPartsBecomesAnItemOnTheTimelineWithoutItsGpsData() throws Exception {
        String child = freshChild();
        byte[] photo = jpegWithGps();
        String upload = create(child, "kari", photo.length, Map.of("filename", "Emma i stolen.jpg",
                "description", "New seat cushion", "tags", "positioning,equipment", "audience", "team-and-family"));
        int half = photo.length / 2;
        HttpResponse<String> first = patch(upload, "kari", 0, Arrays.copyOfRange(photo, 0, half));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(204);
        assertThat(first.headers().firstValue("Upload-Offset")).hasValue(Integer.toString(half));
        assertThat(offset(upload, "kari")).isEqualTo(half);
        assertThat(patch(upload, "kari", 0, photo).statusCode()).as("a stale offset conflicts").isEqualTo(409);

        HttpResponse<String> last = patch(upload, "kari", half, Arrays.copyOfRange(photo, half, photo.length));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        JsonObject item = json(last.body());
        assertThat(item.getString("kind")).isEqualTo("photo");
        assertThat(item.getString("contentType")).isEqualTo("image/jpeg");
        assertThat(item.getString("description")).isEqualTo("New seat cushion");
        assertThat(item.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).containsExactlyInAnyOrder("positioning", "equipment");
        assertThat(item.getBoolean("hasThumbnail")).isTrue();

        byte[] stored = content(child, item.getString("id"), "kari", null).body();
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(stored);
        assertThat(metadata.getExif().getGpsInfo()).as("no GPS in the stored photo").isNull();
        assertThat(metadata.findExifValue(TiffTagConstants.TIFF_TAG_MAKE)).isNull();
        assertThat(metadata.findExifValue(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue()).isEqualTo(6);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PhoneMaker");

        Path onDisk = SammenTestEnvironment.mediaDirectory().resolve("items/" + item.getString("id"));
        byte[] encrypted = Files.readAllBytes(onDisk);
        assertThat(new String(encrypted, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("SAMMENC1");
        assertThat(indexOf(encrypted, Arrays.copyOfRange(stored, 100, 132))).as("stored encrypted").isEqualTo(-1);
        assertThat(Files.exists(SammenTestEnvironment.mediaDirectory().resolve("uploads/" + idOf(upload)))).isFalse();
        assertThat(count("select count(*) from media.upload where child_id = '" + child + "'")).isZero();

        HttpResponse<byte[]> thumbnail = get(child, item.getString("id") + "/thumbnail", "kari", null);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        JsonObject timeline = json(api(client, "GET", "/api/children/" + child + "/timeline?category=media",
                token("ola")).body());
        assertThat(timeline.getJsonArray("events")).hasSize(1);
        assertThat(timeline.getJsonArray("events").getJsonObject(0).getString("link"))
                .isEqualTo("/api/children/" + child + "/media/" + item.getString("id"));
        JsonObject handover = json(api(client, "GET", "/api/children/" + child + "/handover", token("ola")).body());
        assertThat(handover.getInt("newMedia")).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionResumesWhereItStopped() throws Exception {
        String child = freshChild();
        byte[] photo = png(300, 200, 7);
        String upload = create(child, "kari", photo.length, Map.of("filename", "breathing.png"));
        int half = photo.length / 2;
        dropAfter(upload, "kari", photo.length, Arrays.copyOf(photo, half));

        // The client's recovery, as tus prescribes: ask for the offset, send the rest; a 409 means the dropped
        // request had not finished yet when it asked.
        HttpResponse<String> done = null;
        for (int attempt = 0; attempt < 50 && (done == null || done.statusCode() == 409); attempt++) {
            long at = offset(upload, "kari");
            assertThat(at).isBetween(0L, (long) half);
            done = patch(upload, "kari", at, Arrays.copyOfRange(photo, (int) at, photo.length));
        }
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        String id = json(done.body()).getString("id");
        assertThat(content(child, id, "kari", null).body()).isEqualTo(photo);
    }

    @Test
    void rangesLetAVideoSeekAndResponsesCannotBeMisread() {
        String child = freshChild();
        byte[] video = mp4(200_000);
        JsonObject item = upload(child, "kari", video, Map.of("filename", "Anfall \"natt\"; filename=x.html.mp4",
                "tags", "seizure"));
        assertThat(item.getString("contentType")).isEqualTo("video/mp4");
        assertThat(item.getString("kind")).isEqualTo("video");
        String id = item.getString("id");

        HttpResponse<byte[]> whole = content(child, id, "kari", null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).hasSize(video.length);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
        String disposition = whole.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("inline; filename=\"Anfall _natt__ filename_x.html.mp4\"; "
                + "filename*=UTF-8''Anfall%20%22natt%22%3B%20filename%3Dx.html.mp4");

        int from = 65_530;
        HttpResponse<byte[]> part = content(child, id, "kari", "bytes=" + from + "-" + (from + 99));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 65530-65629/" + video.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole.body(), from, from + 100));
        HttpResponse<byte[]> tail = content(child, id, "kari", "bytes=-10");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole.body(), video.length - 10, video.length));
        HttpResponse<byte[]> outside = content(child, id, "kari", "bytes=" + video.length + "-");
        assertThat(outside.statusCode()).isEqualTo(416);
        assertThat(outside.headers().firstValue("Content-Range")).hasValue("bytes */" + video.length);

        JsonObject seizures = json(api(client, "GET", "/api/children/" + child + "/media?tag=seizure",
                token("kari")).body());
        assertThat(seizures.getInt("total")).isEqualTo(1);
        assertThat(json(api(client, "GET", "/api/children/" + child + "/media?tag=breathing", token("kari")).body())
                .getInt("total")).isZero();
    }

    // ------------------------------------------------------------------------------------------------ refusals

    @Test
    void refusedContentKeepsNothing() {
        String child = freshChild();
        byte[] jpeg = jpeg(40, 30);
        Map<String, byte[]> refused = Map.of(
                "svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8),
                "html", "<!DOCTYPE html><html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8),
                "polyglot", concat(jpeg, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "payload".getBytes(
                        StandardCharsets.US_ASCII)),
                "html-in-jpeg", concat(jpeg, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)),
                "truncated", Arrays.copyOf(jpeg, jpeg.length - 50),
                "gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        for (var entry : refused.entrySet()) {
            Set<String> before = storedItems();
            String upload = create(child, "kari", entry.getValue().length, Map.of("filename", "photo.jpg"));
            HttpResponse<String> answer = patch(upload, "kari", 0, entry.getValue());
            assertThat(answer.statusCode()).as(entry.getKey() + ": " + answer.body()).isEqualTo(400);
            assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("file");
            assertNothingKept(child, upload, before, entry.getKey());
        }

        Set<String> before = storedItems();
        byte[] bomb = pngDeclaring(100_000, 100_000);
        String upload = create(child, "kari", bomb.length, Map.of());
        HttpResponse<String> answer = patch(upload, "kari", 0, bomb);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("sammen.media.max-pixels").contains("100000");
        assertNothingKept(child, upload, before, "pixel bomb");
    }

    @Test
    void pathTricksAndSizesOverTheLimitsAreRefusedBeforeAnythingIsWritten() {
        String child = freshChild();
        for (String name : List.of("../../etc/passwd", "..\\windows\\evil.jpg", "/tmp/x.jpg", ".htaccess",
                "a\u0000b.jpg", "a\r\nSet-Cookie: x=1.jpg")) {
            HttpResponse<String> answer = createRaw(child, "kari", 100, Map.of("filename", name));
            assertThat(answer.statusCode()).as(name).isEqualTo(400);
            assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("filename");
        }
        HttpResponse<String> tooLarge = createRaw(child, "kari", SammenTestEnvironment.MEDIA_MAX_BYTES + 1, Map.of());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("sammen.media.max-bytes");
        HttpResponse<String> overQuota = createRaw(child, "kari", SammenTestEnvironment.MEDIA_CHILD_QUOTA + 1,
                Map.of());
        assertThat(overQuota.statusCode()).isEqualTo(413);
        assertThat(json(overQuota.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("sammen.media.child-quota-bytes");
        assertThat(count("select count(*) from media.upload where child_id = '" + child + "'")).isZero();

        String open = create(child, "kari", SammenTestEnvironment.MEDIA_CHILD_QUOTA - 1000, Map.of());
        assertThat(createRaw(child, "kari", 2000, Map.of()).statusCode()).as("open uploads count").isEqualTo(413);
        HttpResponse<String> cancelled = tus("DELETE", open, "kari", Map.of(), null);
        assertThat(cancelled.statusCode()).isEqualTo(204);
        assertThat(count("select count(*) from media.upload where child_id = '" + child + "'")).isZero();
        assertThat(createRaw(child, "kari", 2000, Map.of()).statusCode()).isEqualTo(201);
    }

    // ------------------------------------------------------------------------------------------------ who sees

    @Test
    void theFamilySeesOnlyWhatIsSharedAndOutsidersSeeNothing() {
        String child = freshChild();
        JsonObject shared = upload(child, "kari", png(20, 20, 1), Map.of("audience", "team-and-family"));
        JsonObject teamOnly = upload(child, "kari", png(20, 20, 2), Map.of("audience", "team"));
        String media = "/api/children/" + child + "/media";

        JsonObject team = json(api(client, "GET", media, token("ola")).body());
        assertThat(team.getInt("total")).isEqualTo(2);
        JsonObject family = json(api(client, "GET", media, token("mor")).body());
        assertThat(family.getInt("total")).isEqualTo(1);
        assertThat(family.getJsonArray("items")).hasSize(1);
        assertThat(family.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(shared.getString("id"));
        String hidden = teamOnly.getString("id");
        assertThat(api(client, "GET", media + "/" + hidden, token("mor")).statusCode()).isEqualTo(404);
        assertThat(get(child, hidden + "/content", "mor", null).statusCode()).isEqualTo(404);
        assertThat(get(child, hidden + "/thumbnail", "mor", null).statusCode()).isEqualTo(404);
        assertThat(get(child, shared.getString("id") + "/content", "mor", null).statusCode()).isEqualTo(200);

        String upload = create(child, "kari", 100, Map.of());
        String visible = shared.getString("id");
        assertThat(api(client, "GET", media, token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", media + "/" + visible, token("ute")).statusCode()).isEqualTo(404);
        assertThat(get(child, visible + "/content", "ute", null).statusCode()).isEqualTo(404);
        assertThat(get(child, visible + "/thumbnail", "ute", null).statusCode()).isEqualTo(404);
        assertThat(api(client, "PATCH", media + "/" + visible, token("ute"), "{\"description\": \"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(createRaw(child, "ute", 100, Map.of()).statusCode()).isEqualTo(404);
        assertThat(tus("HEAD", upload, "ute", Map.of(), null).statusCode()).isEqualTo(404);
        assertThat(patch(upload, "ute", 0, new byte[100]).statusCode()).isEqualTo(404);
        assertThat(tus("HEAD", upload, "ola", Map.of(), null).statusCode()).as("an upload is its uploader's")
                .isEqualTo(404);
        assertThat(offset(upload, "kari")).isZero();

        HttpResponse<String> changed = api(client, "PATCH", media + "/" + hidden, token("ola"),
                "{\"description\": \"Shared now\", \"audience\": \"team-and-family\", \"tags\": [\"breathing\"]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(api(client, "GET", media, token("mor")).body()).getInt("total")).isEqualTo(2);
        assertThat(api(client, "PATCH", media + "/" + hidden, token("mor"), "{\"description\": \"x\"}").statusCode())
                .as("the family does not change media under the current rule").isEqualTo(403);
    }

    // ------------------------------------------------------------------------------------------------ pages

    @Test
    void aPhotoUploadedThroughThePageAppearsInTheGalleryAndTheCompareViewPairsATag() throws Exception {
        String child = freshChild();
        upload(child, "kari", png(60, 40, 11), Map.of("tags", "skin", "takenAt", "2025-01-10T10:00:00+01:00",
                "description", "January"));
        Path file = Files.createTempFile(Path.of(System.getProperty("sammen.target", "target")), "wound", ".png");
        Files.write(file, png(120, 80, 12));
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = chromium.driver();
            browser.get(base() + "/?lang=nb");
            browser.findElement(By.id("login-health")).click();
            chromium.awaitUrl(env().identityProvider().issuerUrl(persona("kari").issuerId()));
            browser.findElement(By.xpath("//form[input[@name='username' and @value='kari']]//button")).click();
            chromium.awaitUrl(base() + "/app/home.xhtml");
            browser.get(base() + "/app/child.xhtml?id=" + child);
            browser.findElement(By.id("link-media")).click();
            chromium.awaitUrl(base() + "/app/media.xhtml?child=" + child);
            assertThat(browser.findElements(By.cssSelector("#media-gallery li.media-item"))).hasSize(1);

            browser.findElement(By.id("media-file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("media-description")).sendKeys("Sår på hælen");
            browser.findElement(By.id("media-tags")).sendKeys("skin");
            browser.findElement(By.id("media-send")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .withMessage(() -> browser.findElement(By.id("media-status")).getText())
                    .until(d -> d.findElements(By.cssSelector("#media-gallery li.media-item")).size() == 2);
            chromium.screenshot("media-gallery");
            assertThat(browser.findElement(By.id("media-gallery")).getText()).contains("Sår på hælen");

            browser.findElement(By.id("tag-skin")).click();
            chromium.awaitUrl(base() + "/app/media.xhtml?child=" + child + "&tag=skin");
            var compared = browser.findElements(By.cssSelector("#media-compare figure"));
            assertThat(compared).hasSize(2);
            assertThat(compared.get(0).getText()).contains("January");
            assertThat(compared.get(1).getText()).contains("Sår på hælen");
            chromium.screenshot("media-compare");
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(count("select count(*) from media.item where child_id = '" + child + "'")).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String idOf(String uploadPath) {
        return uploadPath.substring(uploadPath.lastIndexOf('/') + 1);
    }

    private void assertNothingKept(String child, String uploadPath, Set<String> itemsBefore, String what) {
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

    private static Set<String> storedItems() {
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

    private JsonObject upload(String child, String persona, byte[] content, Map<String, String> metadata) {
        String upload = create(child, persona, content.length, metadata);
        HttpResponse<String> done = patch(upload, persona, 0, content);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return json(done.body());
    }

    /** Starts an upload; returns its path. */
    private String create(String child, String persona, long length, Map<String, String> metadata) {
        HttpResponse<String> created = createRaw(child, persona, length, metadata);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getRawPath();
    }

    private HttpResponse<String> createRaw(String child, String persona, long length, Map<String, String> metadata) {
        String encoded = metadata.entrySet().stream().map(e -> e.getKey() + " " + Base64.getEncoder()
                .encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining(","));
        var headers = new java.util.HashMap<String, String>(Map.of("Upload-Length", Long.toString(length)));
        if (!encoded.isEmpty()) {
            headers.put("Upload-Metadata", encoded);
        }
        return tus("POST", "/api/children/" + child + "/media/uploads", persona, headers, null);
    }

    private HttpResponse<String> patch(String upload, String persona, long offset, byte[] bytes) {
        return tus("PATCH", upload, persona, Map.of("Upload-Offset", Long.toString(offset),
                "Content-Type", "application/offset+octet-stream"), bytes);
    }

    private long offset(String upload, String persona) {
        HttpResponse<String> head = tus("HEAD", upload, persona, Map.of(), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    private HttpResponse<String> tus(String method, String path, String persona, Map<String, String> headers,
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
    private void dropAfter(String upload, String persona, int length, byte[] sent) throws IOException {
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

    private HttpResponse<byte[]> content(String child, String id, String persona, String range) {
        return get(child, id + "/content", persona, range);
    }

    private HttpResponse<byte[]> get(String child, String path, String persona, String range) {
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

    private String freshChild() {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Mia", "organisation": "Home care, Tromsø"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : List.of("kari", "ola")) {
            var p = persona(member);
            assertThat(api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                    {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Tromsø municipality"}
                    """.formatted(p.nationalId(), p.displayName(), p.professionCode())).statusCode()).isEqualTo(201);
        }
        assertThat(api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}").statusCode()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    // ------------------------------------------------------------------------------------------------ samples

    private static byte[] png(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return encode(image, "png");
    }

    private static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.PINK);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return encode(image, "jpeg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A phone's JPEG: GPS position, camera make and orientation in its Exif. */
    private static byte[] jpegWithGps() throws Exception {
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
    private static byte[] pngDeclaring(int width, int height) {
        byte[] png = png(4, 4, 3);
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    private static byte[] box(String type, byte[] body) {
        return concat(ByteBuffer.allocate(8).putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).array(), body);
    }

    /** A minimal MP4 (type, movie and media data boxes) of about {@code mediaBytes} bytes. */
    private static byte[] mp4(int mediaBytes) {
        byte[] data = new byte[mediaBytes];
        new Random(5).nextBytes(data);
        return concat(box("ftyp", "mp42\0\0\0\0isommp42".getBytes(StandardCharsets.ISO_8859_1)),
                box("moov", box("mvhd", new byte[100])), box("mdat", data));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
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

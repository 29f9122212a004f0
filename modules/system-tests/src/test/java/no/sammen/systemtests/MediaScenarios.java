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
abstract class MediaScenarios extends MediaScenario {
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
    void aHeicPhotoGetsAThumbnailOfItsPicture() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "heif-convert"))),
                "heif-convert is not installed (Debian: libheif-examples; .ci/run installs it)");
        String child = freshChild();
        byte[] heic;
        try (var in = MediaScenarios.class.getResourceAsStream("gradient-640x480.heic")) {
            heic = in.readAllBytes();
        }
        JsonObject item = upload(child, "kari", heic, Map.of("filename", "Emma.heic"));
        assertThat(item.getString("contentType")).isEqualTo("image/heic");
        assertThat(item.getBoolean("hasThumbnail")).isTrue();

        HttpResponse<byte[]> thumbnail = get(child, item.getString("id") + "/thumbnail", "kari", null);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
        assertThat(get(child, item.getString("id") + "/content", "kari", null).body()).hasSize(heic.length);
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
        List<String> log = LogScenarios.serverLog();
        assertThat(log.stream().filter(l -> l.contains(idOf(upload))).toList()).as("at most one line says so")
                .hasSizeLessThanOrEqualTo(1).allMatch(l -> l.contains("connection dropped after"));
        assertThat(log).as("no stack trace for a client that went away")
                .noneMatch(l -> l.contains("Connection is closed") || l.contains("at no.sammen.media."));
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

    @Test
    void anUploadInterruptedInThePageResumesAtTheServersOffsetAndStoresTheWholeFile() throws Exception {
        String child = freshChild();
        int part = 512 * 1024;
        byte[] video = mp4(5 * part / 2);
        Path file = Files.createTempFile(Path.of(System.getProperty("sammen.target", "target")), "resume", ".mp4");
        Files.write(file, video);
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = signInAs(chromium, "kari");
            browser.get(base() + "/app/media.xhtml?child=" + child);
            // Parts of 512 KiB, and the page's second PATCH is cut off as it starts: the client must ask the server
            // where it stands and go on from there.
            var script = (org.openqa.selenium.JavascriptExecutor) browser;
            script.executeScript("""
                    document.getElementById('media-upload').setAttribute('data-part-bytes', arguments[0]);
                    var entries = [], open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send,
                        header = XMLHttpRequest.prototype.setRequestHeader, patches = 0;
                    function save() {
                        sessionStorage.setItem('tus-log', JSON.stringify(entries));
                    }
                    XMLHttpRequest.prototype.open = function (method, url) {
                        this.entry = {method: method, url: String(url), headers: {}};
                        return open.apply(this, arguments);
                    };
                    XMLHttpRequest.prototype.setRequestHeader = function (k, v) {
                        this.entry.headers[k] = v;
                        return header.apply(this, arguments);
                    };
                    XMLHttpRequest.prototype.send = function (body) {
                        var xhr = this, e = xhr.entry;
                        e.size = body && body.size !== undefined ? body.size : 0;
                        e.aborted = e.method === 'PATCH' && ++patches === 2;
                        entries.push(e);
                        save();
                        xhr.addEventListener('loadend', function () {
                            e.status = xhr.status;
                            e.offset = xhr.getResponseHeader('Upload-Offset');
                            save();
                        });
                        var result = send.apply(this, arguments);
                        if (e.aborted) {
                            xhr.abort();
                        }
                        return result;
                    };
                    """, part);
            browser.findElement(By.id("media-file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("media-description")).sendKeys("Avbrutt og fortsatt");
            browser.findElement(By.id("media-send")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .withMessage(() -> browser.findElement(By.id("media-status")).getText())
                    .until(d -> d.findElements(By.cssSelector("#media-gallery li.media-item")).size() == 1);
            jakarta.json.JsonArray log = jsonArray((String) script.executeScript(
                    "return sessionStorage.getItem('tus-log')"));
            List<JsonObject> patches = log.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("method").equals("PATCH")).toList();
            List<JsonObject> heads = log.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("method").equals("HEAD")).toList();
            JsonObject cut = patches.get(1);
            assertThat(cut.getBoolean("aborted")).as(log.toString()).isTrue();
            assertThat(cut.getInt("status")).as("the page saw the request fail").isZero();
            long cutAt = Long.parseLong(cut.getJsonObject("headers").getString("Upload-Offset"));
            assertThat(cutAt).isEqualTo(part);
            assertThat(heads).as("the client asked where the upload stands").isNotEmpty();
            long resumedAt = Long.parseLong(patches.get(2).getJsonObject("headers").getString("Upload-Offset"));
            assertThat(resumedAt).as("the resumed request starts where the server stands, never at 0")
                    .isEqualTo(Long.parseLong(heads.get(heads.size() - 1).getString("offset")))
                    .isGreaterThanOrEqualTo(cutAt);
            long sentAfterwards = patches.subList(2, patches.size()).stream().mapToLong(e -> e.getInt("size")).sum();
            assertThat(sentAfterwards).as("no byte the server had was sent again").isEqualTo(video.length - resumedAt);
            assertThat(patches.subList(2, patches.size())).allMatch(e -> e.getInt("status") == 204
                    || e.getInt("status") == 200);
            // If bytes of the cut request were still on their way, the server noticed the drop before it answered
            // the HEAD: one line says so, without a stack trace.
            String upload = cut.getString("url").substring(cut.getString("url").lastIndexOf('/') + 1);
            List<String> lines = LogScenarios.serverLog();
            assertThat(lines.stream().filter(l -> l.contains(upload)).toList()).hasSizeLessThanOrEqualTo(1)
                    .allMatch(l -> l.contains("connection dropped after " + resumedAt + " bytes"));
            assertThat(lines).noneMatch(l -> l.contains("at no.sammen.media."));
        } finally {
            Files.deleteIfExists(file);
        }
        List<String> ids = jsonArrayOfItems(child);
        assertThat(ids).hasSize(1);
        assertThat(content(child, ids.get(0), "kari", null).body()).as("the stored file is whole").isEqualTo(video);
        assertThat(count("select count(*) from media.upload where child_id = '" + child + "'")).isZero();
    }

    private List<String> jsonArrayOfItems(String child) {
        return json(api(client, "GET", "/api/children/" + child + "/media", token("kari")).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
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

    // ------------------------------------------------------------------------------------------------ operations

    @Test
    void abandonedUploadsAreSweptBytesAndRowsOneInstanceAtATime() throws Exception {
        String child = freshChild();
        byte[] photo = png(200, 100, 41);
        String abandoned = create(child, "kari", photo.length, Map.of());
        assertThat(patch(abandoned, "kari", 0, Arrays.copyOf(photo, 1000)).statusCode()).isEqualTo(204);
        String recent = create(child, "kari", photo.length, Map.of());
        assertThat(patch(recent, "kari", 0, Arrays.copyOf(photo, 1000)).statusCode()).isEqualTo(204);
        Path abandonedParts = SammenTestEnvironment.mediaDirectory().resolve("uploads/" + idOf(abandoned));
        assertThat(abandonedParts).isDirectoryContaining(p -> true);
        execute("update media.upload set touched_at = now() - interval '8 days' where id = '" + idOf(abandoned) + "'");

        assertThat(api(client, "POST", "/api/admin/media/sweep", token("nina")).statusCode()).isEqualTo(403);
        try (var other = database(); var s = other.createStatement()) {
            s.execute("select pg_advisory_lock(" + 0x534d_4d45_4449_4153L + ")");
            JsonObject skipped = json(api(client, "POST", "/api/admin/media/sweep", token("admin")).body());
            assertThat(skipped.getBoolean("ran")).as("another instance is sweeping").isFalse();
            assertThat(count("select count(*) from media.upload where id = '" + idOf(abandoned) + "'")).isOne();
            s.execute("select pg_advisory_unlock(" + 0x534d_4d45_4449_4153L + ")");
        }
        HttpResponse<String> swept = api(client, "POST", "/api/admin/media/sweep", token("admin"));
        assertThat(swept.statusCode()).as(swept.body()).isEqualTo(200);
        assertThat(json(swept.body()).getBoolean("ran")).isTrue();
        assertThat(json(swept.body()).getInt("removed")).isPositive();
        assertThat(count("select count(*) from media.upload where id = '" + idOf(abandoned) + "'")).isZero();
        assertThat(count("select count(*) from media.upload_part where upload_id = '" + idOf(abandoned) + "'"))
                .isZero();
        assertThat(abandonedParts).doesNotExist();
        assertThat(tus("HEAD", abandoned, "kari", Map.of(), null).statusCode()).isEqualTo(404);
        assertThat(offset(recent, "kari")).as("an upload in progress stays").isEqualTo(1000);
        assertThat(patch(recent, "kari", 1000, Arrays.copyOfRange(photo, 1000, photo.length)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void reWrappingUnderTheCurrentKeyIsAnAdministratorsCommandAndLeavesContentAsItWas() {
        String child = freshChild();
        JsonObject item = upload(child, "kari", png(30, 30, 42), Map.of());
        byte[] before = content(child, item.getString("id"), "kari", null).body();
        assertThat(api(client, "POST", "/api/admin/media/rewrap", token("nina")).statusCode()).isEqualTo(403);
        HttpResponse<String> rewrapped = api(client, "POST", "/api/admin/media/rewrap", token("admin"));
        assertThat(rewrapped.statusCode()).as(rewrapped.body()).isEqualTo(200);
        JsonObject report = json(rewrapped.body());
        assertThat(report.getJsonNumber("examined").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(report.getJsonNumber("rewrapped").longValue()).as("all under the one key already").isZero();
        assertThat(content(child, item.getString("id"), "kari", null).body()).isEqualTo(before);
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

}

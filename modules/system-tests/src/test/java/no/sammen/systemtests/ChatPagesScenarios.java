package no.sammen.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat pages in real browsers: two people in two browsers (two profiles: two sessions) chat in the child's team
 * thread and each sees the other's messages, edits and deletions arrive without reloading; a long message arrives
 * whole, one over the limit is refused with a clear error and nothing is posted; a browser that cannot open a
 * WebSocket polls instead; a guardian taken out of the team thread is told at once that access ended; the adolescent
 * opens a confidential thread with a professional of their choice that the guardians cannot list, and the
 * professional sees the unread count on their home page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChatPagesScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private Chromium first;
    private Chromium second;

    @BeforeAll
    void openBrowsers() {
        first = new Chromium();
        second = new Chromium();
        collectScriptErrors(first.driver());
        collectScriptErrors(second.driver());
    }

    @AfterAll
    void closeBrowsers() {
        for (Chromium c : new Chromium[] {first, second}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emma() {
        return childNamed(client, token("nina"), "Emma");
    }

    private String teamThread(String child) {
        var threads = jsonArray(api(client, "GET", "/api/children/" + child + "/threads", token("nina")).body());
        return threads.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("team"))
                .findFirst().orElseThrow().getString("id");
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static Object script(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Opens the thread page and waits until its messages are loaded and the live feed is up (socket or polling). */
    private static void openThread(Chromium chromium, String child, String thread) {
        WebDriver browser = chromium.driver();
        browser.get(base() + "/app/thread.xhtml?child=" + child + "&thread=" + thread);
        awaitLoaded(browser);
    }

    /** What the page says about itself, for a failure message. */
    private static String pageState(WebDriver browser) {
        return String.valueOf(script(browser, "var s = document.getElementById('chat-thread') || document.body;"
                + " return 'live=' + s.getAttribute('data-live') + ' loaded=' + s.getAttribute('data-loaded')"
                + " + ' state=' + ((document.getElementById('chat-state') || {}).textContent)"
                + " + ' error=' + ((document.getElementById('chat-error') || document.getElementById('new-thread-error')"
                + " || {}).textContent) + ' scriptErrors=' + JSON.stringify(window.sammenErrors || []);"));
    }

    /** Collects the page's script errors (window.sammenErrors) from the next page on. */
    private static void collectScriptErrors(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.sammenErrors = []; window.addEventListener('error', function (e) {"
                        + " window.sammenErrors.push(e.message); }); window.addEventListener('unhandledrejection',"
                        + " function (e) { window.sammenErrors.push(String(e.reason)); });"));
    }

    private static void awaitLoaded(WebDriver browser) {
        waiting(browser).withMessage(() -> "the thread page loads and goes live: " + pageState(browser)).until(d -> {
            WebElement section = d.findElement(By.id("chat-thread"));
            String live = section.getAttribute("data-live");
            return "true".equals(section.getAttribute("data-loaded"))
                    && ("socket".equals(live) || "polling".equals(live));
        });
        // A mark that survives only as long as the page is not reloaded.
        script(browser, "window.sammenNotReloaded = true;");
    }

    private static boolean notReloaded(WebDriver browser) {
        return Boolean.TRUE.equals(script(browser, "return window.sammenNotReloaded === true;"));
    }

    /** The message element whose text contains {@code text}, once it is there. */
    private static WebElement awaitMessage(WebDriver browser, String text) {
        By message = By.xpath("//ol[@id='chat-messages']/li[contains(., '" + text + "')]");
        waiting(browser).withMessage(() -> "the message '" + text + "' arrives: " + pageState(browser)).until(d -> !d.findElements(message)
                .isEmpty());
        return browser.findElement(message);
    }

    /** A tap, scrolled into view first as a person would (the composer stays at the bottom of the screen). */
    private static void press(WebElement element) {
        Interactions.inView(element).click();
    }

    private static String live(WebDriver browser) {
        return browser.findElement(By.id("chat-thread")).getAttribute("data-live");
    }

    /** Every message of the thread as the persona reads it through the API, page by page. */
    private List<JsonObject> messages(String thread, String persona) {
        List<JsonObject> all = new java.util.ArrayList<>();
        long after = 0;
        JsonObject page;
        do {
            var answer = api(client, "GET", "/api/threads/" + thread + "/messages?after=" + after + "&limit=500",
                    token(persona));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            page = json(answer.body());
            all.addAll(page.getJsonArray("messages").getValuesAs(JsonObject.class));
            after = page.getJsonNumber("lastEventSeq").longValue();
        } while (page.getBoolean("more"));
        return all;
    }

    @Test
    void twoPeopleChatInTheTeamThreadAndSeeEachOtherLive() {
        String emma = emma();
        String thread = teamThread(emma);
        WebDriver kari = signInAs(second, "kari");
        openThread(second, emma, thread);

        WebDriver nina = signInAs(first, "nina");
        nina.get(base() + "/app/child.xhtml?id=" + emma);
        Interactions person = new Interactions();
        person.tap(nina.findElement(By.id("link-chat")));
        first.awaitUrl(base() + "/app/chat.xhtml?child=" + emma);
        By teamLink = By.cssSelector("#thread-list a[data-kind='team']");
        waiting(nina).until(d -> !d.findElements(teamLink).isEmpty());
        first.screenshot("chat-threads");
        person.tap(nina.findElement(teamLink));
        first.awaitUrl(base() + "/app/thread.xhtml?child=" + emma + "&thread=" + thread);
        awaitLoaded(nina);
        String hello = "Hei Kari, Emma sov godt i natt. " + randomUrlSafe(6);
        person.type(nina.findElement(By.id("chat-body")), hello);
        person.tap(nina.findElement(By.id("chat-send")));
        assertThat(person.count()).as("from the child's page to a sent message").isLessThanOrEqualTo(4);

        WebElement arrived = awaitMessage(kari, hello);
        assertThat(arrived.findElement(By.className("author")).getText()).contains("Nina");
        assertThat(notReloaded(kari)).as("Kari's page was not reloaded").isTrue();
        assertThat(live(kari)).as("delivered over the WebSocket").isEqualTo("socket");

        String answer = "Takk! Jeg kommer kl. 14. " + randomUrlSafe(6);
        Interactions other = new Interactions();
        other.type(kari.findElement(By.id("chat-body")), answer);
        other.tap(kari.findElement(By.id("chat-send")));
        assertThat(other.count()).isEqualTo(2);
        awaitMessage(nina, answer);
        assertThat(notReloaded(nina)).as("Nina's page was not reloaded").isTrue();
        second.screenshot("chat-thread-kari");
        first.screenshot("chat-thread-nina");

        // Each message exactly once in each browser (the socket's replay and the first fetch overlap).
        for (WebDriver browser : List.of(nina, kari)) {
            for (String text : List.of(hello, answer)) {
                assertThat(browser.findElements(By.xpath("//ol[@id='chat-messages']/li[contains(., '" + text
                        + "')]"))).hasSize(1);
            }
        }
    }

    @Test
    void aLongMessageArrivesWholeAndOneOverTheLimitIsRefusedClearly() {
        String emma = emma();
        String thread = teamThread(emma);
        WebDriver kari = signInAs(second, "kari");
        openThread(second, emma, thread);
        WebDriver nina = signInAs(first, "nina");
        openThread(first, emma, thread);

        String marker = "Lang melding " + randomUrlSafe(6) + " ";
        StringBuilder text = new StringBuilder(marker);
        for (int line = 0; text.length() < 10_000; line++) {
            text.append("Linje ").append(line).append(": pust, smerte og søvn som før.\n");
        }
        String longText = text.substring(0, 10_000);
        // A person pastes the text; typing 10 000 characters key by key would only test the driver.
        script(nina, "var b = document.getElementById('chat-body'); b.value = arguments[0];"
                + " b.dispatchEvent(new Event('input'));", longText);
        press(nina.findElement(By.id("chat-send")));

        WebElement arrived = awaitMessage(kari, marker.trim());
        String shown = (String) script(kari, "return arguments[0].querySelector('.body').textContent;", arrived);
        assertThat(shown).as("the whole message, not a character less").isEqualTo(longText);
        assertThat(messages(thread, "kari")).filteredOn(m -> m.getString("body", "").startsWith(marker))
                .singleElement().satisfies(m -> assertThat(m.getString("body")).hasSize(10_000));

        int before = messages(thread, "nina").size();
        String tooLong = "x".repeat(64_001);
        script(nina, "var b = document.getElementById('chat-body'); b.value = arguments[0];"
                + " b.dispatchEvent(new Event('input'));", tooLong);
        press(nina.findElement(By.id("chat-send")));
        WebElement error = nina.findElement(By.id("chat-error"));
        waiting(nina).until(d -> error.isDisplayed());
        assertThat(error.getText()).contains("64001").contains("64000");
        assertThat((String) script(nina, "return document.getElementById('chat-body').value;"))
                .as("nothing the person wrote is lost").hasSize(64_001);
        assertThat(messages(thread, "nina")).as("nothing was posted").hasSize(before);
        // The API says the same, naming the field.
        var refused = api(client, "POST", "/api/threads/" + thread + "/messages", token("nina"),
                "{\"body\":\"" + tooLong + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("body");
        assertThat(messages(thread, "nina")).hasSize(before);
    }

    @Test
    void editsAndDeletionsReachTheOtherBrowserLiveWithTheEarlierVersionsKept() {
        String emma = emma();
        String thread = teamThread(emma);
        WebDriver kari = signInAs(second, "kari");
        openThread(second, emma, thread);
        WebDriver nina = signInAs(first, "nina");
        openThread(first, emma, thread);

        String original = "Medisinlisten er oppdatert " + randomUrlSafe(6);
        Interactions.inView(nina.findElement(By.id("chat-body"))).sendKeys(original);
        press(nina.findElement(By.id("chat-send")));
        WebElement mine = awaitMessage(nina, original);
        awaitMessage(kari, original);

        press(mine.findElement(By.cssSelector(".own-actions .edit")));
        WebElement area = mine.findElement(By.cssSelector(".edit-form textarea"));
        area.sendKeys(" (gjelder fra i morgen)");
        press(mine.findElement(By.cssSelector(".edit-form button[type=submit]")));

        WebElement edited = awaitMessage(kari, "(gjelder fra i morgen)");
        WebElement mark = edited.findElement(By.className("edited-mark"));
        assertThat(mark.isDisplayed()).isTrue();
        press(mark);
        waiting(kari).until(d -> !edited.findElements(By.cssSelector(".versions li")).isEmpty());
        assertThat(edited.findElement(By.className("versions")).getText()).contains(original);
        assertThat(notReloaded(kari)).isTrue();

        WebElement again = awaitMessage(nina, "(gjelder fra i morgen)");
        WebElement delete = again.findElement(By.cssSelector(".own-actions .delete"));
        press(delete);
        press(delete); // the second tap confirms
        String id = again.getAttribute("id");
        waiting(kari).withMessage("the deletion arrives").until(d -> !d.findElements(
                By.cssSelector("#" + id + " .deleted-mark")).isEmpty());
        assertThat(kari.findElement(By.id(id)).getText()).doesNotContain(original);
        assertThat(notReloaded(kari)).isTrue();
    }

    @Test
    void aBrowserWithoutWebSocketPollsAndStillSeesNewMessages() {
        String emma = emma();
        String thread = teamThread(emma);
        WebDriver kari = signInAs(second, "kari");
        // As behind a proxy that does not pass WebSocket: the constructor fails.
        var cdp = ((ChromeDriver) kari).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.WebSocket = function () { throw new Error('no WebSocket here'); };"));
        try {
            openThread(second, emma, thread);
            assertThat(live(kari)).isEqualTo("polling");
            String text = "Via API mens Kari poller " + randomUrlSafe(6);
            var posted = api(client, "POST", "/api/threads/" + thread + "/messages", token("nina"),
                    "{\"body\":\"" + text + "\"}");
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            awaitMessage(kari, text);
            assertThat(notReloaded(kari)).isTrue();
            assertThat(kari.findElements(By.xpath("//ol[@id='chat-messages']/li[contains(., '" + text + "')]")))
                    .hasSize(1);
        } finally {
            ((ChromeDriver) kari).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", cdp.get("identifier")));
        }
    }

    @Test
    void aGuardianTakenOutOfTheTeamThreadIsToldAtOnceThatAccessEnded() {
        String emma = emma();
        String thread = teamThread(emma);
        var in = api(client, "PUT", "/api/threads/" + thread, token("nina"), "{\"includeFamily\": true}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        try {
            WebDriver mor = signInAs(second, "mor");
            openThread(second, emma, thread);
            assertThat(live(mor)).isEqualTo("socket");
            assertThat(mor.findElement(By.id("include-family")).isSelected()).as("the family switch shows").isTrue();

            var out = api(client, "PUT", "/api/threads/" + thread, token("nina"), "{\"includeFamily\": false}");
            assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
            waiting(mor).withMessage(() -> "the page stops: " + pageState(mor)).until(d -> "stopped".equals(live(d)));
            assertThat(mor.findElement(By.id("chat-state")).getText()).contains("ikke lenger tilgang");
            assertThat(mor.findElement(By.id("chat-composer")).isDisplayed()).as("nothing more to write").isFalse();
            assertThat(notReloaded(mor)).isTrue();
            assertThat(api(client, "GET", "/api/threads/" + thread + "/messages?after=0", token("mor")).statusCode())
                    .as("and the next fetch is refused").isIn(403, 404);
        } finally {
            api(client, "PUT", "/api/threads/" + thread, token("nina"), "{\"includeFamily\": false}");
        }
    }

    @Test
    void theAdolescentOpensAConfidentialThreadThatTheGuardiansCannotList() {
        String emma = emma();
        String nina = personId("nina");
        List<String> guardians = List.of(personId("mor"), personId("far"));
        WebDriver browser = signInAs(first, "emma");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        Interactions person = new Interactions();
        person.tap(browser.findElement(By.id("link-chat")));
        first.awaitUrl(base() + "/app/chat.xhtml?child=" + emma);
        assertThat(browser.findElement(By.id("confidential-hint")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("input[name=new-thread-member]")))
                .as("only professionals to choose from").isNotEmpty()
                .allSatisfy(box -> assertThat(box.getAttribute("value")).isNotIn(guardians));
        String topic = "Noe jeg lurer på " + randomUrlSafe(4);
        person.type(browser.findElement(By.id("new-thread-title")), topic);
        person.tap(browser.findElement(By.cssSelector("label[for='member-" + nina + "']")));
        person.tap(browser.findElement(By.id("new-thread-create")));
        waiting(browser).withMessage(() -> "the new thread opens: " + pageState(browser))
                .until(d -> d.getCurrentUrl().startsWith(base() + "/app/thread.xhtml?child=" + emma));
        awaitLoaded(browser);
        assertThat(browser.findElement(By.id("chat-thread")).getAttribute("data-kind")).isEqualTo("confidential");
        assertThat(browser.findElement(By.id("thread-title")).getText()).isEqualTo(topic);
        first.screenshot("chat-confidential");
        String thread = queryParameter(browser.getCurrentUrl(), "thread");
        String question = "Kan jeg spørre deg om noe uten at mamma ser det? " + randomUrlSafe(4);
        person.type(browser.findElement(By.id("chat-body")), question);
        person.tap(browser.findElement(By.id("chat-send")));
        awaitMessage(browser, question);

        // Nina is told on her home page: an unread count beside Emma's name.
        WebDriver ninasBrowser = signInAs(second, "nina");
        WebElement unread = ninasBrowser.findElement(By.id("unread-" + emma));
        waiting(ninasBrowser).withMessage("the unread count shows").until(d -> unread.isDisplayed());
        assertThat(Integer.parseInt(unread.getText())).isPositive();

        for (String guardian : List.of("mor", "far")) {
            var listed = jsonArray(api(client, "GET", "/api/children/" + emma + "/threads", token(guardian)).body());
            assertThat(listed.stream().map(t -> t.asJsonObject().getString("id"))).doesNotContain(thread);
            assertThat(api(client, "GET", "/api/threads/" + thread, token(guardian)).statusCode()).isEqualTo(404);
        }
        var ninasList = jsonArray(api(client, "GET", "/api/children/" + emma + "/threads", token("nina")).body());
        assertThat(ninasList.stream().map(t -> t.asJsonObject().getString("id"))).contains(thread);
    }

    private String personId(String persona) {
        return json(api(client, "GET", "/api/me", token(persona)).body()).getString("id");
    }
}

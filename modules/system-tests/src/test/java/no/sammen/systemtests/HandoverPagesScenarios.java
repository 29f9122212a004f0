package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that keep a visitor up to date, in a real phone-sized browser: "Siden sist" on top of the child's
 * overview (what changed since the last visit, one screen, tasks answered right there, "Marker som sett"), the tasks
 * page (propose, accept, decline with a reason, cancel) and the timeline page (a page at a time by cursor). The
 * family sees the same pages without the team's entries; a stranger gets 404 everywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HandoverPagesScenarios extends Scenario {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String STANDING_FRAME = "Check the standing frame at school";

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private Chromium chromium;

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium();
        // exactly a phone's screen: a headless window is never narrower than 500 pixels
        ((ChromeDriver) chromium.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 412, "height", 915, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    // ---------------------------------------------------------------------------------------------- handover

    @Test
    @Order(1)
    void kariSeesWhatChangedAnswersHerTaskThereAndThenOnlyWhatIsNew() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo("Emma");
        WebElement handover = browser.findElement(By.id("handover"));
        assertThat(handover.findElement(By.tagName("h2")).getText()).isEqualTo("Siden sist");
        assertThat(browser.findElement(By.id("handover-since")).getText()).as("kari's last visit, in words")
                .matches("siden .+ \\d{2}:\\d{2}");
        assertThat(sections()).as("the demo record has news for kari").contains("reports", "myTasks", "taskChanges");
        assertThat(chromium.driver().findElements(By.cssSelector("#handover-observations li.line")))
                .as("observations out of range are flagged")
                .allSatisfy(line -> assertThat(line.findElement(By.cssSelector(".flag")).getText()).isEqualTo("Utenfor"));
        WebElement task = myTask(STANDING_FRAME);
        assertThat(task.getAttribute("data-status")).isEqualTo("proposed");
        assertThat(task.getText()).contains("Frist");
        assertFitsOnePhoneScreen("handover");
        chromium.screenshot("handover-kari");

        // declining needs a reason: the message stands next to the field, nothing changes
        task.findElement(By.name("comment")).sendKeys("   ");
        clickAndWait(task.findElement(By.cssSelector("input[type=submit][id$=':decline']")));
        task = myTask(STANDING_FRAME);
        assertThat(task.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("Skriv hvorfor du sier nei.");
        assertThat(task.findElement(By.name("comment")).getAttribute("class")).contains("invalid");
        assertThat(browser.findElement(By.id("child-name")).getText()).as("the overview is whole again").isEqualTo("Emma");
        assertThat(taskByTitle(emma, STANDING_FRAME).getString("status")).isEqualTo("proposed");
        chromium.screenshot("handover-decline-needs-a-reason");

        // accepting, with a comment, right in the handover
        WebElement comment = task.findElement(By.name("comment"));
        comment.clear();
        comment.sendKeys("Jeg ser på stativet på tirsdag.");
        clickAndWait(task.findElement(By.cssSelector("input[type=submit][id$=':accept']")));
        chromium.awaitUrl(base() + "/app/child.xhtml?id=" + emma);
        JsonObject accepted = taskByTitle(emma, STANDING_FRAME);
        assertThat(accepted.getString("status")).isEqualTo("active");
        assertThat(accepted.getString("comment")).isEqualTo("Jeg ser på stativet på tirsdag.");
        assertThat(myTask(STANDING_FRAME).getAttribute("data-status")).isEqualTo("active");
        assertThat(myTask(STANDING_FRAME).findElements(By.name("comment"))).as("nothing left to answer").isEmpty();
        String sinceBefore = browser.findElement(By.id("handover-since")).getText();
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("handover-since")).getText()).as("reading marks no visit")
                .isEqualTo(sinceBefore);

        // "Marker som sett": the next visit starts now
        clickAndWait(browser.findElement(By.id("handover-seen:mark-seen")));
        chromium.awaitUrl(base() + "/app/child.xhtml?id=" + emma);
        assertThat(browser.findElement(By.id("handover-since")).getText()).startsWith("siden i dag ");
        assertThat(browser.findElement(By.id("handover-nothing-new")).isDisplayed()).isTrue();
        assertThat(sections()).containsExactly("myTasks");
        chromium.screenshot("handover-kari-seen");

        // nina writes something; kari's handover shows exactly that
        String title = "Bring the new splint on Friday " + randomUrlSafe(3);
        HttpResponse<String> proposed = api(client, "POST", "/api/children/" + emma + "/tasks", token("nina"),
                jakarta.json.Json.createObjectBuilder().add("title", title).add("assignee", personId("kari"))
                        .add("due", LocalDate.now(OSLO).plusDays(2).toString()).build().toString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String newTask = json(proposed.body()).getString("id");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        assertThat(sections()).containsExactly("myTasks", "taskChanges");
        assertThat(sectionCount("taskChanges")).isEqualTo(1);
        List<WebElement> lines = browser.findElements(By.cssSelector("#handover-tasks li.line"));
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getAttribute("title")).contains(title);
        assertThat(lines.get(0).findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/app/tasks.xhtml?child=" + emma + "#task-" + newTask);
        assertThat(myTask(title).getAttribute("data-status")).isEqualTo("proposed");
        assertThat(browser.findElements(By.id("handover-nothing-new"))).isEmpty();
        assertFitsOnePhoneScreen("handover");
        chromium.screenshot("handover-kari-new-task");
        // the new task stays proposed: the demo record keeps a task in every state for the scenarios after this one
    }

    @Test
    @Order(2)
    void aGuardianSeesTheSameHandoverWithoutTheTeamsEntries() {
        String emma = emmaId();
        WebDriver browser = signInAs("mor");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        WebElement handover = browser.findElement(By.id("handover"));
        assertThat(handover.getText()).as("a team-only task").doesNotContain(STANDING_FRAME);
        assertThat(browser.findElements(By.cssSelector("#handover form.answer"))).isEmpty();
        String since = browser.findElement(By.cssSelector("#handover-since time")).getAttribute("datetime");
        Instant from = Instant.parse(since);
        long teamOnly = 0;
        for (var group : Map.of("reports", "category = 'daily-reports' and kind in ('report-added', 'report-corrected')",
                "observations", "category = 'observations' and kind = 'observation-added' and flagged",
                "carePlan", "category = 'care-plan' and kind in ('care-plan-changed', 'care-plan-signed')",
                "taskChanges", "category = 'tasks'", "team", "category = 'care-team'").entrySet()) {
            String where = "child_id = '" + emma + "' and recorded_at > timestamptz '" + from + "' and "
                    + group.getValue();
            long family = count("select count(*) from records.timeline_event where " + where
                    + " and audience = 'team-and-family'");
            teamOnly += count("select count(*) from records.timeline_event where " + where + " and audience = 'team'");
            assertThat(sectionCount(group.getKey())).as(group.getKey() + " counts only what the family sees")
                    .isEqualTo(family);
        }
        assertThat(teamOnly).as("the team has entries the family does not see").isPositive();
        chromium.screenshot("handover-guardian");

        browser.get(base() + "/app/tasks.xhtml?child=" + emma);
        String tasks = browser.findElement(By.tagName("main")).getText();
        assertThat(tasks).contains("Fit the wheelchair seating after the growth spurt").doesNotContain(STANDING_FRAME);
        assertThat(browser.findElements(By.id("new-task"))).as("the family proposes no tasks").isEmpty();
        assertThat(browser.findElements(By.cssSelector("form.task-actions"))).isEmpty();
        chromium.screenshot("tasks-guardian");

        browser.get(base() + "/app/timeline.xhtml?child=" + emma);
        assertThat(browser.findElements(By.cssSelector("#timeline-events li.event"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#timeline-events .team-only"))).isEmpty();
        assertThat(browser.findElement(By.id("timeline-events")).getText()).doesNotContain(STANDING_FRAME);
    }

    // ---------------------------------------------------------------------------------------------- timeline

    @Test
    @Order(3)
    void theTimelineShowsMoreByCursorWithoutRepeatingAnEvent() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/timeline.xhtml?child=" + emma);
        assertThat(browser.findElement(By.id("timeline-title")).getText()).isEqualTo("Tidslinje");
        List<String> first = eventIds();
        assertThat(first).hasSize(20);
        assertNewestFirst();
        chromium.screenshot("timeline");

        WebElement more = browser.findElement(By.id("timeline-more"));
        assertThat(more.getText()).isEqualTo("Vis flere");
        assertThat(more.getAttribute("href")).contains("cursor=").doesNotContain("offset");
        String lastOfFirst = lastTime();
        clickAndWait(more);
        assertThat(browser.getCurrentUrl()).contains("cursor=");
        List<String> second = eventIds();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(Instant.parse(firstTime())).isBeforeOrEqualTo(Instant.parse(lastOfFirst));
        assertNewestFirst();
        chromium.screenshot("timeline-more");
        clickAndWait(browser.findElement(By.id("timeline-more")));
        List<String> third = eventIds();
        assertThat(third).isNotEmpty().doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);

        List<String> shown = new ArrayList<>(first);
        shown.addAll(second);
        shown.addAll(third);
        var api = json(api(client, "GET", "/api/children/" + emma + "/timeline?limit=" + shown.size(), token("kari"))
                .body()).getJsonArray("events");
        assertThat(shown).as("the pages together are the timeline, none skipped, none repeated")
                .containsExactlyElementsOf(api.stream().map(v -> v.asJsonObject().getString("id")).toList());

        browser.findElement(By.cssSelector("#timeline-chips a[data-category='tasks']")).click();
        chromium.awaitUrl(base() + "/app/timeline.xhtml?child=" + emma + "&category=tasks");
        List<WebElement> tasks = browser.findElements(By.cssSelector("#timeline-events li.event"));
        assertThat(tasks).isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("data-category")).isEqualTo("tasks"));
        assertThat(browser.findElement(By.cssSelector("#timeline-chips a.current")).getAttribute("data-category"))
                .isEqualTo("tasks");
        assertThat(tasks.get(0).findElement(By.cssSelector("a.event-summary")).getAttribute("href"))
                .contains("/app/tasks.xhtml?child=" + emma + "#task-");
        chromium.screenshot("timeline-tasks");
    }

    // ------------------------------------------------------------------------------------------------- tasks

    @Test
    @Order(4)
    void theCoordinatorProposesAndTheAssigneeDeclinesOnlyWithAReason() {
        String child = freshChild("kari", "ola");
        WebDriver browser = signInAs("nina");
        browser.get(base() + "/app/tasks.xhtml?child=" + child);
        assertThat(browser.findElement(By.id("tasks-empty")).isDisplayed()).isTrue();
        Select assignee = new Select(browser.findElement(By.id("propose:assignee")));
        assertThat(assignee.getOptions()).extracting(WebElement::getText)
                .contains("Kari Fysio (FT)", "Ola Ergo (ET)").doesNotContain("Marit Mor");

        // no title: the message stands next to the field, and what was written stays
        browser.findElement(By.id("propose:description")).sendKeys("Hun har vokst; brystbøylen trykker.");
        assignee.selectByValue(personId("kari"));
        String due = LocalDate.now(OSLO).plusDays(3).toString();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("propose:due")), due);
        clickAndWait(browser.findElement(By.id("propose:submit")));
        assertThat(browser.findElement(By.id("title-error")).getText()).isEqualTo("Skriv hva som skal gjøres.");
        assertThat(browser.findElement(By.id("propose:description")).getAttribute("value"))
                .isEqualTo("Hun har vokst; brystbøylen trykker.");
        assertThat(new Select(browser.findElement(By.id("propose:assignee"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(personId("kari"));
        assertThat(browser.findElement(By.id("propose:due")).getAttribute("value")).isEqualTo(due);
        assertThat(count("select count(*) from records.task where child_id = '" + child + "'")).isZero();
        chromium.screenshot("tasks-new-needs-a-title");

        browser.findElement(By.id("propose:title")).sendKeys("Tilpass ståstativet");
        clickAndWait(browser.findElement(By.id("propose:submit")));
        chromium.awaitUrl(base() + "/app/tasks.xhtml?child=" + child);
        JsonObject created = taskByTitle(child, "Tilpass ståstativet");
        assertThat(created.getString("status")).isEqualTo("proposed");
        assertThat(created.getString("due")).isEqualTo(due);
        WebElement row = browser.findElement(By.id("task-" + created.getString("id")));
        assertThat(row.findElement(By.xpath("ancestor::section")).getAttribute("data-group")).isEqualTo("proposed");
        assertThat(row.getText()).contains("Kari Fysio").contains("Frist");

        String other = json(api(client, "POST", "/api/children/" + child + "/tasks", token("nina"),
                "{\"title\": \"Mål setedybden\", \"assignee\": \"" + personId("kari") + "\"}").body()).getString("id");
        browser.navigate().refresh();
        clickAndWait(browser.findElement(By.id("task-" + other)).findElement(By.cssSelector("input[id$=':cancel']")));
        assertThat(browser.findElement(By.id("task-" + other)).getAttribute("data-status")).isEqualTo("cancelled");
        assertThat(browser.findElement(By.id("task-" + other)).findElement(By.xpath("ancestor::section"))
                .getAttribute("data-group")).isEqualTo("cancelled");
        chromium.screenshot("tasks-coordinator");

        signInAs("kari");
        browser.get(base() + "/app/tasks.xhtml?child=" + child);
        String id = created.getString("id");
        row = browser.findElement(By.id("task-" + id));
        assertThat(row.findElement(By.xpath("ancestor::section")).getAttribute("data-group")).isEqualTo("mine");
        assertThat(row.findElements(By.cssSelector("input[id$=':cancel']"))).as("kari did not create it").isEmpty();
        clickAndWait(row.findElement(By.cssSelector("input[id$=':decline']")));
        row = browser.findElement(By.id("task-" + id));
        assertThat(row.findElement(By.id("comment-" + id + "-error")).getText()).isEqualTo("Skriv hvorfor du sier nei.");
        assertThat(taskByTitle(child, "Tilpass ståstativet").getString("status")).isEqualTo("proposed");
        chromium.screenshot("tasks-decline-needs-a-reason");

        row.findElement(By.name("comment")).sendKeys("Jeg har ikke ståstativet hos meg; spør Ola.");
        clickAndWait(row.findElement(By.cssSelector("input[id$=':decline']")));
        row = browser.findElement(By.id("task-" + id));
        assertThat(row.getAttribute("data-status")).isEqualTo("declined");
        assertThat(row.findElement(By.cssSelector(".task-comment")).getText())
                .contains("Jeg har ikke ståstativet hos meg; spør Ola.");
        JsonObject declined = taskByTitle(child, "Tilpass ståstativet");
        assertThat(declined.getString("status")).isEqualTo("declined");
        assertThat(declined.getString("comment")).isEqualTo("Jeg har ikke ståstativet hos meg; spør Ola.");
        chromium.screenshot("tasks-declined");

        // accepting binds kari; then she completes it
        String parts = json(api(client, "POST", "/api/children/" + child + "/tasks", token("nina"),
                "{\"title\": \"Bestill nye deler til setet\", \"assignee\": \"" + personId("kari") + "\"}").body())
                .getString("id");
        browser.navigate().refresh();
        clickAndWait(browser.findElement(By.id("task-" + parts)).findElement(By.cssSelector("input[id$=':accept']")));
        row = browser.findElement(By.id("task-" + parts));
        assertThat(row.getAttribute("data-status")).isEqualTo("active");
        assertThat(row.findElement(By.xpath("ancestor::section")).getAttribute("data-group")).isEqualTo("mine");
        clickAndWait(row.findElement(By.cssSelector("input[id$=':complete']")));
        row = browser.findElement(By.id("task-" + parts));
        assertThat(row.getAttribute("data-status")).isEqualTo("done");
        assertThat(row.findElement(By.xpath("ancestor::section")).getAttribute("data-group")).isEqualTo("done");
        assertThat(row.findElements(By.cssSelector("input[type=submit]"))).as("nothing left to do").isEmpty();
        assertThat(taskByTitle(child, "Bestill nye deler til setet").getString("status")).isEqualTo("done");
        chromium.screenshot("tasks-assignee");
    }

    // ------------------------------------------------------------------------------------------------ access

    @Test
    @Order(5)
    void aStrangerGetsNotFoundOnEveryPage() {
        String emma = emmaId();
        HttpBrowser ute = new HttpBrowser();
        signIn(ute, persona("ute"));
        for (String page : new String[]{"/app/child.xhtml?id=" + emma, "/app/tasks.xhtml?child=" + emma,
                "/app/timeline.xhtml?child=" + emma, "/app/timeline.xhtml?child=" + emma + "&category=tasks"}) {
            HttpResponse<String> hidden = ute.get(base() + page);
            assertThat(hidden.statusCode()).as(page).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("Emma").doesNotContain(STANDING_FRAME)
                    .doesNotContain("NotFoundException").doesNotContain("at no.sammen");
        }
        HttpBrowser kari = new HttpBrowser();
        signIn(kari, persona("kari"));
        assertThat(kari.get(base() + "/app/timeline.xhtml?child=" + emma + "&cursor=made-up").statusCode())
                .isEqualTo(400);
        assertThat(kari.get(base() + "/app/tasks.xhtml").statusCode()).isEqualTo(400);
    }

    // --------------------------------------------------------------------------------------------- helpers

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String personId(String persona) {
        return json(api(client, "GET", "/api/me", token(persona)).body()).getString("id");
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    /** A new child of nina's with these personas on the team. */
    private String freshChild(String... members) {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Sander", "organisation": "Home care, Bergen"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : members) {
            Persona p = persona(member);
            HttpResponse<String> added = api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                    {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Bergen municipality"}
                    """.formatted(p.nationalId(), p.displayName(), p.professionCode()));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        HttpResponse<String> guardian = api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}");
        assertThat(guardian.statusCode()).as(guardian.body()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    private JsonObject taskByTitle(String child, String title) {
        return jsonArray(api(client, "GET", "/api/children/" + child + "/tasks", token("nina")).body()).stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("title").equals(title)).findFirst().orElseThrow();
    }

    /** Signs the browser in as the persona through the development provider's page; lands on the home page. */
    private WebDriver signInAs(String username) {
        WebDriver browser = chromium.driver();
        browser.get(base() + "/?lang=nb");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?lang=nb");
        Persona persona = persona(username);
        browser.findElement(By.id(persona.isHealthPersonnel() ? "login-health" : "login-citizen")).click();
        chromium.awaitUrl(issuerOf(persona));
        browser.findElement(By.xpath("//form[input[@name='username' and @value='" + username + "']]//button")).click();
        chromium.awaitUrl(base() + "/app/home.xhtml");
        return browser;
    }

    /** Clicks and waits until the browser has loaded the page the click leads to. */
    private void clickAndWait(WebElement element) {
        WebDriver browser = chromium.driver();
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        // The old page is gone once asking about its root element fails; during a navigation Chromium may answer
        // "does not belong to the document" rather than "stale", so any refusal counts.
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The handover's sections shown, in order. */
    private List<String> sections() {
        return chromium.driver().findElements(By.cssSelector("#handover .group")).stream()
                .map(e -> e.getAttribute("data-group")).toList();
    }

    private long sectionCount(String group) {
        List<WebElement> found = chromium.driver().findElements(By.cssSelector("#handover .group[data-group='" + group
                + "']"));
        return found.isEmpty() ? 0 : Long.parseLong(found.get(0).getAttribute("data-count"));
    }

    private WebElement myTask(String title) {
        return chromium.driver().findElement(By.xpath("//div[@id='handover-my-tasks']//li[contains(@class, 'my-task')]"
                + "[a[normalize-space(text())='" + title + "']]"));
    }

    private void assertFitsOnePhoneScreen(String id) {
        var js = (JavascriptExecutor) chromium.driver();
        js.executeScript("window.scrollTo(0, 0)");
        long bottom = ((Number) js.executeScript(
                "return Math.ceil(document.getElementById(arguments[0]).getBoundingClientRect().bottom)", id)).longValue();
        long height = ((Number) js.executeScript("return window.innerHeight")).longValue();
        assertThat(height).as("a phone's screen").isEqualTo(915);
        assertThat(bottom).as("the handover ends within the first screen").isLessThanOrEqualTo(height);
    }

    private List<String> eventIds() {
        return chromium.driver().findElements(By.cssSelector("#timeline-events li.event")).stream()
                .map(e -> e.getAttribute("data-event")).toList();
    }

    private String firstTime() {
        return chromium.driver().findElement(By.cssSelector("#timeline-events li.event time")).getAttribute("datetime");
    }

    private String lastTime() {
        List<WebElement> times = chromium.driver().findElements(By.cssSelector("#timeline-events li.event time"));
        return times.get(times.size() - 1).getAttribute("datetime");
    }

    private void assertNewestFirst() {
        List<Instant> times = chromium.driver().findElements(By.cssSelector("#timeline-events li.event time")).stream()
                .map(e -> Instant.parse(e.getAttribute("datetime"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).isBeforeOrEqualTo(times.get(i - 1));
        }
    }
}

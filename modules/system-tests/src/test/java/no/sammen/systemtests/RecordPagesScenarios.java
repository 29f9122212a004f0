package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for reports, the care plan and observations, on a phone-sized real browser: the daily report in at most
 * five interactions, problems shown next to the field with nothing lost and nothing saved, corrections and care-plan
 * edits that meet someone else's newer version without losing a word, and the same access answers the API gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordPagesScenarios extends Scenario {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private Chromium chromium;

    @BeforeAll
    void openBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    /** Signs the browser in as the persona through the development provider's persona buttons. */
    private WebDriver signInAs(String username) {
        Persona persona = persona(username);
        WebDriver browser = chromium.driver();
        browser.get(base() + "/?lang=nb");
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?lang=nb");
        browser.findElement(By.id(persona.isHealthPersonnel() ? "login-health" : "login-citizen")).click();
        chromium.awaitUrl(env().identityProvider().issuerUrl(persona.issuerId()));
        browser.findElement(By.xpath("//form[input[@name='username' and @value='" + username + "']]//button")).click();
        chromium.awaitUrl(base() + "/app/home.xhtml");
        return browser;
    }

    /** The tap target of a choice: the label of the radio button or checkbox with this value. */
    private static WebElement choice(WebDriver browser, String form, String field, String value) {
        return browser.findElement(By.xpath("//input[@name='" + form + ":value-" + field + "' and @value='" + value
                + "']/following-sibling::label"));
    }

    /** A tap outside the counted daily report: scrolled into view first, as a person would. */
    private static void press(WebElement element) {
        Interactions.inView(element).click();
    }

    private static void type(WebElement element, String text) {
        Interactions.inView(element).sendKeys(text);
    }

    /** Whether the element is within the visible part of the page, without scrolling. */
    private static boolean onScreen(WebDriver browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private static boolean checked(WebDriver browser, String form, String field, String value) {
        return browser.findElement(By.xpath("//input[@name='" + form + ":value-" + field + "' and @value='" + value
                + "']")).isSelected();
    }

    private static String fieldError(WebDriver browser, String field) {
        List<WebElement> errors = browser.findElements(By.cssSelector("#field-" + field + " .field-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    private static long reports() {
        return count("select count(*) from records.report");
    }

    // --- report entry ---------------------------------------------------------------------------------------------

    @Test
    void aGuardianWritesTheDailyReportInFiveInteractions() {
        String emma = emmaId();
        String note = "Rolig dag, sov middag. " + randomUrlSafe(6);
        WebDriver browser = signInAs("mor");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        chromium.screenshot("child-overview-guardian");
        browser.findElement(By.id("link-write-report")).click(); // opens the form: the count starts on the form
        chromium.awaitUrl(base() + "/app/report.xhtml?child=" + emma);
        assertThat(browser.findElement(By.id("report:occurredOn")).getAttribute("value")).isEqualTo(today().toString());
        assertThat(browser.findElement(By.id("report:share")).isSelected()).as("a guardian shares with the family")
                .isTrue();
        assertThat(browser.findElements(By.cssSelector("input[name='report:value-pain']:checked")))
                .as("no pain score is invented").isEmpty();
        assertThat(onScreen(browser, browser.findElement(By.id("report:save")))).as("save is in reach from the start")
                .isTrue();
        chromium.screenshot("report-entry");

        Interactions person = new Interactions();
        person.tap(choice(browser, "report", "pain", "2"));
        person.tap(choice(browser, "report", "mood", "calm"));
        person.tap(choice(browser, "report", "seizures", "false"));
        person.type(browser.findElement(By.id("report:value-notes")), note);
        chromium.screenshot("report-entry-filled");
        assertThat(onScreen(browser, browser.findElement(By.id("report:save")))).isTrue();
        person.tap(browser.findElement(By.id("report:save")));

        chromium.awaitUrl(base() + "/app/child.xhtml?id=" + emma);
        assertThat(browser.findElement(By.id("notices")).getText()).contains("lagret");
        chromium.screenshot("report-saved");
        assertThat(person.count()).as("interactions from the open form to the saved report").isLessThanOrEqualTo(5);

        JsonObject stored = json(api(client, "GET", "/api/children/" + emma + "/reports?template=daily-report&limit=20",
                token("mor")).body()).getJsonArray("reports").stream().map(JsonValue::asJsonObject)
                .filter(r -> note.equals(r.getJsonObject("values").getString("notes", null)))
                .findFirst().orElseThrow(() -> new AssertionError("the report is not stored"));
        JsonObject report = json(api(client, "GET", "/api/children/" + emma + "/reports/" + stored.getString("id"),
                token("nina")).body());
        JsonObject values = report.getJsonObject("values");
        assertThat(values.getInt("pain")).isEqualTo(2);
        assertThat(values.getString("mood")).isEqualTo("calm");
        assertThat(values.getBoolean("seizures")).isFalse();
        assertThat(values.getString("notes")).isEqualTo(note);
        assertThat(values.keySet()).containsExactlyInAnyOrder("pain", "mood", "seizures", "notes");
        assertThat(report.getString("audience")).isEqualTo("team-and-family");
        assertThat(report.getString("occurredOn")).isEqualTo(today().toString());
        assertThat(report.getString("authorName")).isEqualTo(persona("mor").displayName());
    }

    @Test
    void aProblemIsShownNextToItsFieldWithEverythingKeptAndNothingSaved() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/report.xhtml?child=" + emma + "&template=daily-report");
        assertThat(browser.findElement(By.id("report:share")).isSelected()).as("the team writes for the team")
                .isFalse();
        long before = reports();

        press(choice(browser, "report", "mood", "tired"));
        type(browser.findElement(By.id("report:value-sleepHours")), "30");
        press(choice(browser, "report", "seizures", "true"));
        type(browser.findElement(By.id("report:value-seizureCount")), "2");
        type(browser.findElement(By.id("report:value-notes")), "Sliten etter trening.\nStiv i hoftene.");
        press(browser.findElement(By.id("report:save")));

        chromium.awaitText(By.id("report:problems"), "ikke lagret");
        assertThat(fieldError(browser, "pain")).isEqualTo("Må fylles ut.");
        assertThat(fieldError(browser, "sleepHours")).contains("0–24");
        assertThat(fieldError(browser, "mood")).isEmpty();
        assertThat(checked(browser, "report", "mood", "tired")).isTrue();
        assertThat(checked(browser, "report", "seizures", "true")).isTrue();
        assertThat(browser.findElement(By.id("report:value-sleepHours")).getAttribute("value")).isEqualTo("30");
        assertThat(browser.findElement(By.id("report:value-seizureCount")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.findElement(By.id("report:value-notes")).getAttribute("value"))
                .isEqualTo("Sliten etter trening.\nStiv i hoftene.");
        assertThat(reports()).as("nothing saved").isEqualTo(before);
        chromium.screenshot("report-entry-problems");

        press(choice(browser, "report", "pain", "4"));
        WebElement sleep = Interactions.inView(browser.findElement(By.id("report:value-sleepHours")));
        sleep.clear();
        sleep.sendKeys("9,5");
        press(browser.findElement(By.id("report:save")));
        chromium.awaitUrl(base() + "/app/child.xhtml?id=" + emma);
        assertThat(reports()).isEqualTo(before + 1);
    }

    @Test
    void aPhysiotherapistChoosesTheSessionTemplateInEnglishAndTicksSeveralActivities() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/reports.xhtml?child=" + emma);
        browser.findElement(By.id("write")).click();
        chromium.awaitUrl(base() + "/app/report.xhtml?child=" + emma);
        chromium.screenshot("report-choose");
        browser.findElement(By.xpath("//ul[@id='templates']//a[strong[text()='Fysioterapitime']]")).click();
        chromium.awaitUrl(base() + "/app/report.xhtml?child=" + emma + "&template=physiotherapy-session");
        browser.findElement(By.id("language")).click();
        chromium.awaitUrl(base() + "/app/report.xhtml?child=" + emma + "&template=physiotherapy-session&lang=en");
        assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo("Physiotherapy session");
        assertThat(browser.findElement(By.id("field-activities")).getText()).contains("Activities")
                .contains("Breathing exercises");

        type(browser.findElement(By.id("report:value-duration")), "45");
        press(choice(browser, "report", "activities", "stretching"));
        press(choice(browser, "report", "activities", "breathing"));
        press(choice(browser, "report", "tolerance", "good"));
        chromium.screenshot("report-physiotherapy-en");
        press(browser.findElement(By.id("report:save")));
        chromium.awaitUrl(base() + "/app/child.xhtml?id=" + emma);
        assertThat(browser.findElement(By.id("notices")).getText()).contains("The report is saved");

        JsonObject newest = json(api(client, "GET", "/api/children/" + emma
                + "/reports?template=physiotherapy-session&limit=1", token("kari")).body())
                .getJsonArray("reports").getJsonObject(0);
        assertThat(newest.getString("authorName")).isEqualTo(persona("kari").displayName());
        assertThat(newest.getJsonObject("values").getInt("duration")).isEqualTo(45);
        assertThat(newest.getJsonObject("values").getJsonArray("activities")
                .getValuesAs(JsonString::getString)).containsExactly("stretching", "breathing");
        assertThat(newest.getString("audience")).isEqualTo("team");
        browser.get(base() + "/app/home.xhtml?lang=nb");
    }

    @Test
    void theChildReadsButDoesNotWriteReports() {
        String emma = emmaId();
        HttpBrowser child = new HttpBrowser();
        signIn(child, persona("emma"));
        String overview = child.get(base() + "/app/child.xhtml?id=" + emma).body();
        assertThat(overview).contains("link-reports").contains("link-care-plan").contains("link-observations")
                .doesNotContain("link-write-report");
        assertThat(child.get(base() + "/app/report.xhtml?child=" + emma + "&template=daily-report").statusCode())
                .isEqualTo(403);
        assertThat(child.get(base() + "/app/reports.xhtml?child=" + emma).statusCode()).isEqualTo(200);
    }

    // --- reports list, detail and correction ----------------------------------------------------------------------

    @Test
    void theReportsPageIsNewestFirstAndPagesOnToOlderReports() {
        String emma = emmaId();
        WebDriver browser = signInAs("nina");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        browser.findElement(By.id("link-reports")).click();
        chromium.awaitUrl(base() + "/app/reports.xhtml?child=" + emma);
        List<String> first = reportIds(browser);
        assertThat(first).hasSize(20);
        chromium.screenshot("reports");

        browser.findElement(By.id("older")).click();
        chromium.awaitUrl(base() + "/app/reports.xhtml?child=" + emma);
        List<String> second = reportIds(browser);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        List<String> api = json(api(client, "GET", "/api/children/" + emma + "/reports?limit=40", token("nina"))
                .body()).getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("id")).toList();
        assertThat(api.subList(0, 20)).isEqualTo(first);
        assertThat(api.subList(20, api.size())).isEqualTo(second.subList(0, Math.min(20, second.size())));
    }

    private static List<String> reportIds(WebDriver browser) {
        return browser.findElements(By.cssSelector("#reports a[data-report]")).stream()
                .map(a -> a.getAttribute("data-report")).toList();
    }

    @Test
    void aCorrectionKeepsTheHistoryAndMeetsAnotherCorrectionWithoutLosingAWord() {
        String emma = emmaId();
        HttpResponse<String> written = api(client, "POST", "/api/children/" + emma + "/reports", token("kari"), """
                {"templateKey": "daily-report", "audience": "team",
                 "values": {"pain": 3, "mood": "calm", "seizures": false, "notes": "Fysioterapi, gikk bra."}}
                """);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        String id = json(written.body()).getString("id");
        String detail = base() + "/app/report-detail.xhtml?child=" + emma + "&id=" + id;

        WebDriver browser = signInAs("nina");
        browser.get(detail);
        assertThat(browser.findElement(By.id("values")).getText()).contains("Rolig").contains("Fysioterapi, gikk bra.");
        chromium.screenshot("report-detail");
        browser.findElement(By.id("correct")).click();
        chromium.awaitUrl(detail + "&correct=1");
        assertThat(checked(browser, "correction", "pain", "3")).as("the form starts from the current values").isTrue();

        String corrections = "/api/children/" + emma + "/reports/" + id + "/corrections";
        HttpResponse<String> meanwhile = api(client, "POST", corrections, token("kari"), """
                {"basedOnVersion": 1, "values": {"pain": 3, "mood": "happy", "seizures": false,
                 "notes": "Fysioterapi, gikk bra."}, "note": "Feil humør"}
                """);
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);

        press(choice(browser, "correction", "pain", "5"));
        type(browser.findElement(By.id("correction:note")), "Smerten var høyere enn først skrevet");
        press(browser.findElement(By.id("correction:save")));
        chromium.awaitText(By.id("correction:problems"), "Noen andre har rettet");
        assertThat(checked(browser, "correction", "pain", "5")).as("what nina chose is kept").isTrue();
        assertThat(browser.findElement(By.id("correction:note")).getAttribute("value"))
                .isEqualTo("Smerten var høyere enn først skrevet");
        assertThat(browser.findElement(By.id("history")).getText()).contains("Feil humør");
        chromium.screenshot("report-correction-conflict");

        press(browser.findElement(By.id("correction:save")));
        chromium.awaitUrl(base() + "/app/report-detail.xhtml?"); // after the redirect
        assertThat(browser.getCurrentUrl()).contains("id=" + id).doesNotContain("correct=1");
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Rettelsen er lagret");
        String history = browser.findElement(By.id("history")).getText();
        assertThat(history).contains("Smerten var høyere enn først skrevet").contains(persona("nina").displayName())
                .contains("3 → 5");
        chromium.screenshot("report-history");

        JsonObject report = json(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("kari")).body());
        assertThat(report.getInt("version")).isEqualTo(3);
        assertThat(report.getJsonObject("values").getInt("pain")).isEqualTo(5);
        assertThat(report.getJsonArray("history")).hasSize(3);
    }

    // --- care plan ------------------------------------------------------------------------------------------------

    /** A child of this scenario's own, with nina coordinating, lars on the team, mor a guardian, and a plan. */
    private String childWithCarePlan() {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Ingrid", "organisation": "Home care, Tromsø"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        HttpResponse<String> lars = api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                {"nationalId": "%s", "name": "%s", "profession": "LE", "organisation": "Palliative team"}
                """.formatted(persona("lars").nationalId(), persona("lars").displayName()));
        assertThat(lars.statusCode()).as(lars.body()).isEqualTo(201);
        HttpResponse<String> mor = api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}");
        assertThat(mor.statusCode()).as(mor.body()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        HttpResponse<String> plan = api(client, "PUT", "/api/children/" + child + "/care-plan", token("nina"), """
                {"sections": {"goalsOfCare": "Comfort first.\\nSchool when Ingrid has the strength.",
                  "resuscitation": {"decision": "no-intubation", "text": "Agreed with the parents."},
                  "preferredPlaceOfCare": "Home",
                  "symptomPlans": [{"symptom": "Pain", "plan": "Paracetamol as prescribed"}],
                  "whoToCall": [{"when": "Daytime", "name": "Nina", "role": "Coordinator", "phone": "+47 900 00 010"}]},
                 "note": "First plan"}
                """);
        assertThat(plan.statusCode()).as(plan.body()).isIn(200, 201);
        return child;
    }

    @Test
    void twoPeopleEditingTheCarePlanMeetAConflictAndNoTextIsLost() {
        String child = childWithCarePlan();
        WebDriver browser = signInAs("nina");
        browser.get(base() + "/app/care-plan.xhtml?child=" + child);
        assertThat(browser.findElements(By.id("sign-off:sign"))).as("nina is no physician").isEmpty();
        browser.findElement(By.id("edit")).click();
        chromium.awaitUrl(base() + "/app/care-plan-edit.xhtml?child=" + child);
        assertThat(browser.findElement(By.id("edit:basedOnVersion")).getAttribute("value")).isEqualTo("1");
        chromium.screenshot("care-plan-edit");

        HttpResponse<String> meanwhile = api(client, "PUT", "/api/children/" + child + "/care-plan", token("lars"), """
                {"basedOnVersion": 1, "sections": {"goalsOfCare": "Comfort first.\\nTime with her friends.",
                  "resuscitation": {"decision": "no-cpr", "text": "After the family meeting."}},
                 "note": "Family meeting"}
                """);
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isIn(200, 201);

        WebElement goals = browser.findElement(By.id("edit:goals"));
        Interactions.inView(goals).sendKeys("\nSwimming on Thursdays, with her assistant.");
        type(browser.findElement(By.id("edit:note")), "Swimming");
        press(browser.findElement(By.id("edit:save")));

        chromium.awaitUrl(base() + "/app/care-plan-edit.xhtml");
        assertThat(browser.findElement(By.id("edit:problems")).getText())
                .contains("Noen andre har lagret en nyere versjon").contains("Teksten din er tatt vare på");
        WebElement newer = browser.findElement(By.id("newer"));
        assertThat(newer.getText()).as("what lars changed").contains("versjon 2")
                .contains(persona("lars").displayName()).contains("Time with her friends.").contains("HLR-minus");
        assertThat(newer.findElements(By.cssSelector("li.added ins"))).isNotEmpty();
        String kept = browser.findElement(By.id("edit:goals")).getAttribute("value");
        assertThat(kept).contains("School when Ingrid has the strength.")
                .contains("Swimming on Thursdays, with her assistant.");
        assertThat(browser.findElement(By.id("edit:note")).getAttribute("value")).isEqualTo("Swimming");
        assertThat(browser.findElement(By.id("edit:basedOnVersion")).getAttribute("value")).isEqualTo("2");
        chromium.screenshot("care-plan-conflict");

        press(browser.findElement(By.id("edit:save")));
        chromium.awaitUrl(base() + "/app/care-plan.xhtml?child=" + child);
        assertThat(browser.findElement(By.id("notices")).getText()).contains("Versjon 3");
        JsonObject current = json(api(client, "GET", "/api/children/" + child + "/care-plan", token("nina")).body());
        assertThat(current.getInt("version")).isEqualTo(3);
        assertThat(current.getJsonObject("sections").getString("goalsOfCare"))
                .contains("Swimming on Thursdays, with her assistant.");
        chromium.screenshot("care-plan");

        signInAs("lars");
        browser.get(base() + "/app/care-plan.xhtml?child=" + child);
        assertThat(browser.findElement(By.id("not-signed")).isDisplayed()).isTrue();
        browser.findElement(By.id("sign-off:sign")).click();
        chromium.awaitUrl(base() + "/app/care-plan.xhtml?child=" + child);
        assertThat(browser.findElement(By.id("signed-off")).getText()).contains(persona("lars").displayName());
        assertThat(browser.findElements(By.id("sign-off:sign"))).isEmpty();
        chromium.screenshot("care-plan-signed");
    }

    @Test
    void aGuardianReadsTheCarePlanWithoutEditControlsAndIsRefusedAWrite() {
        String emma = emmaId();
        WebDriver browser = signInAs("mor");
        browser.get(base() + "/app/care-plan.xhtml?child=" + emma);
        assertThat(browser.findElement(By.id("goals")).getText()).contains("Emma");
        assertThat(browser.findElement(By.id("status")).getText()).contains("signert");
        assertThat(browser.findElements(By.id("edit"))).as("no edit button").isEmpty();
        assertThat(browser.findElements(By.id("sign-off:sign"))).as("no sign-off button").isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[id^='edit']"))).isEmpty();
        chromium.screenshot("care-plan-guardian");

        HttpBrowser mor = new HttpBrowser();
        signIn(mor, persona("mor"));
        String edit = base() + "/app/care-plan-edit.xhtml?child=" + emma;
        assertThat(mor.get(edit).statusCode()).isEqualTo(403);
        String observations = mor.get(base() + "/app/observations.xhtml?child=" + emma).body();
        Matcher viewState = VIEW_STATE.matcher(observations);
        assertThat(viewState.find()).as("a view state of mor's own").isTrue();
        long versions = count("select count(*) from records.care_plan_version where child_id = '" + emma + "'");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("edit", "edit");
        form.put("edit:basedOnVersion", "2");
        form.put("edit:goals", "Written by a guardian");
        form.put("edit:save", "Lagre");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> posted = mor.postForm(edit, form, Map.of("Origin", base()));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from records.care_plan_version where child_id = '" + emma + "'"))
                .isEqualTo(versions);
    }

    @Test
    void twoVersionsOfTheCarePlanCompareReadably() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/care-plan.xhtml?child=" + emma + "&version=1");
        assertThat(browser.findElement(By.id("older-version")).isDisplayed()).isTrue();
        browser.get(base() + "/app/care-plan-diff.xhtml?child=" + emma + "&from=1&to=2");
        WebElement diff = browser.findElement(By.id("diff"));
        assertThat(diff.findElements(By.cssSelector("li.added ins"))).isNotEmpty();
        assertThat(diff.findElements(By.cssSelector("li.removed del"))).isNotEmpty();
        assertThat(diff.findElements(By.cssSelector("li.unchanged"))).isNotEmpty();
        assertThat(diff.findElement(By.cssSelector("li.added")).getText()).startsWith("+");
        assertThat(diff.findElement(By.cssSelector("li.removed")).getText()).startsWith("−");
        assertThat(diff.getText()).contains("Ikke hjerte-lunge-redning").contains("Ikke intubering");
        assertThat(browser.findElement(By.cssSelector("li.added")).getCssValue("color")).isNotEqualTo(
                browser.findElement(By.cssSelector("li.removed")).getCssValue("color"));
        chromium.screenshot("care-plan-diff");
    }

    // --- observations ---------------------------------------------------------------------------------------------

    @Test
    void theTrendPageDrawsTheSeriesWithItsRangeAndTellsTheTrend() {
        String emma = emmaId();
        WebDriver browser = signInAs("kari");
        browser.get(base() + "/app/child.xhtml?id=" + emma);
        browser.findElement(By.id("link-observations")).click();
        chromium.awaitUrl(base() + "/app/observations.xhtml?child=" + emma + "&kind=pain-score");
        WebElement chart = browser.findElement(By.cssSelector("svg#chart"));
        assertThat(chart.findElement(By.id("range-band")).getAttribute("height")).isNotEqualTo("0");
        assertThat(chart.findElement(By.id("line")).getAttribute("d")).startsWith("M").contains(" L");
        assertThat(chart.findElements(By.cssSelector("circle.dot.out"))).as("values out of range are marked")
                .isNotEmpty();
        assertThat(browser.findElement(By.id("range")).getText()).contains("0–3");
        assertThat(browser.findElement(By.id("trend")).getAttribute("data-direction"))
                .isIn("rising", "falling", "stable");
        assertThat(browser.findElement(By.id("trend")).getText()).matches("(?s).*(Stigende|Synkende|Stabil).*");
        int rows = browser.findElements(By.cssSelector("#values tbody tr")).size();
        assertThat(rows).isEqualTo(chart.findElements(By.cssSelector("circle.dot")).size()).isGreaterThanOrEqualTo(30);
        chromium.screenshot("observations");
        Interactions.inView(browser.findElement(By.id("add")));
        chromium.screenshot("observations-form");
        Interactions.inView(browser.findElement(By.id("values")));
        chromium.screenshot("observations-values");

        long before = count("select count(*) from records.observation where child_id = '" + emma + "'");
        type(browser.findElement(By.id("observe:value")), "11");
        type(browser.findElement(By.id("observe:note")), "Etter trening");
        press(browser.findElement(By.id("observe:save-observation")));
        chromium.awaitUrl(base() + "/app/observations.xhtml");
        assertThat(browser.findElement(By.cssSelector("#add .field-error")).getText()).contains("0–10");
        assertThat(browser.findElement(By.id("observe:value")).getAttribute("value")).isEqualTo("11");
        assertThat(browser.findElement(By.id("observe:note")).getAttribute("value")).isEqualTo("Etter trening");
        assertThat(count("select count(*) from records.observation where child_id = '" + emma + "'")).isEqualTo(before);
        chromium.screenshot("observations-problem");

        WebElement value = Interactions.inView(browser.findElement(By.id("observe:value")));
        value.clear();
        value.sendKeys("4");
        press(browser.findElement(By.id("observe:save-observation")));
        chromium.awaitUrl(base() + "/app/observations.xhtml?"); // after the redirect
        assertThat(browser.getCurrentUrl()).contains("child=" + emma).contains("kind=pain-score");
        assertThat(browser.findElement(By.id("notices")).getText()).contains("lagret");
        assertThat(browser.findElements(By.cssSelector("#values tbody tr"))).hasSize(rows + 1);
        assertThat(count("select count(*) from records.observation where child_id = '" + emma + "'"))
                .isEqualTo(before + 1);
    }

    // --- access ---------------------------------------------------------------------------------------------------

    @Test
    void someoneOutsideTheTeamGetsNotFoundOnEveryPageOfEmmas() {
        String emma = emmaId();
        String report = json(api(client, "GET", "/api/children/" + emma + "/reports?limit=1", token("nina")).body())
                .getJsonArray("reports").getJsonObject(0).getString("id");
        HttpBrowser ute = new HttpBrowser();
        signIn(ute, persona("ute"));
        for (String page : List.of(
                "/app/report.xhtml?child=" + emma + "&template=daily-report",
                "/app/report.xhtml?child=" + emma,
                "/app/reports.xhtml?child=" + emma,
                "/app/report-detail.xhtml?child=" + emma + "&id=" + report,
                "/app/care-plan.xhtml?child=" + emma,
                "/app/care-plan.xhtml?child=" + emma + "&version=1",
                "/app/care-plan-edit.xhtml?child=" + emma,
                "/app/care-plan-diff.xhtml?child=" + emma + "&from=1&to=2",
                "/app/observations.xhtml?child=" + emma + "&kind=pain-score")) {
            HttpResponse<String> answer = ute.get(base() + page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).doesNotContain("Emma").doesNotContain("NotFoundException")
                    .doesNotContain("at no.sammen");
        }
    }
}

package no.sammen.systemtests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The family's consent and the professions' scopes, enforced on every request: the generated matrix of every persona
 * × category × read/write against the expected table in {@code access-matrix.csv}, field-level release, revocation
 * and expiry taking effect on the next request, another family's child, the adolescent ages, break the glass and
 * administrators' scope changes. Scenarios that change Emma's consents, scopes or birth date put them back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ConsentAccessScenarios extends Scenario {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String WRITTEN = """
            select (select count(*) from records.child) + (select count(*) from records.report)
                 + (select count(*) from records.observation) + (select count(*) from records.task)
                 + (select count(*) from records.care_plan_version) + (select count(*) from records.care_team_member)
                 + (select count(*) from records.timeline_event) + (select count(*) from consent.consent_version)
                 + (select count(*) from access.emergency_access) + (select count(*) from access.scope_version)
                 + (select coalesce(sum(version), 0) from records.child)
            """;

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emma() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    private String personId(String persona) {
        return json(api(client, "GET", "/api/me", token(persona)).body()).getString("id");
    }

    record Expectation(String persona, String category, String action, int status) {
    }

    static List<Expectation> matrix() {
        List<Expectation> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                ConsentAccessScenarios.class.getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("persona,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new Expectation(f[0], f[1], f[2], Integer.parseInt(f[3])));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The request that reads or writes a category of Emma's record. */
    private HttpResponse<String> call(String child, Expectation e) {
        String base = "/api/children/" + child;
        String token = token(e.persona());
        boolean read = e.action().equals("read");
        return switch (e.category()) {
            case "identity" -> read ? api(client, "GET", base, token) : api(client, "PUT", base, token, "{}");
            case "contacts", "diagnoses", "medications" -> read ? api(client, "GET", base, token)
                    : api(client, "PUT", base, token, "{\"" + e.category() + "\": []}");
            case "daily-reports" -> read ? api(client, "GET", base + "/reports", token)
                    : api(client, "POST", base + "/reports", token, "{}");
            case "observations" -> read ? api(client, "GET", base + "/observations", token)
                    : api(client, "POST", base + "/observations", token, "{}");
            case "care-plan" -> read ? api(client, "GET", base + "/care-plan", token)
                    : api(client, "PUT", base + "/care-plan", token, "{}");
            case "tasks" -> read ? api(client, "GET", base + "/tasks", token)
                    : api(client, "POST", base + "/tasks", token, "{}");
            case "care-team" -> read ? api(client, "GET", base + "/care-team", token)
                    : api(client, "POST", base + "/care-team", token, "{}");
            case "consents" -> read ? api(client, "GET", base + "/consents", token)
                    : api(client, "POST", base + "/consents", token, "{}");
            default -> throw new IllegalArgumentException(e.category());
        };
    }

    /** The answer as the matrix states it: for the profile's lists, whether the list is in the profile. */
    private static int answer(Expectation e, HttpResponse<String> response) {
        boolean list = List.of("contacts", "diagnoses", "medications").contains(e.category());
        if (list && e.action().equals("read") && response.statusCode() == 200) {
            return json(response.body()).containsKey(e.category()) ? 200 : 403;
        }
        return response.statusCode();
    }

    @Test
    @Order(1)
    void everyPersonaGetsTheExpectedAnswerForEveryCategoryAndNothingIsWrittenOrLeaked() {
        String child = emma();
        long before = count(WRITTEN);
        List<Expectation> matrix = matrix();
        assertThat(matrix).hasSizeGreaterThanOrEqualTo(12 * 10 * 2);
        assertSoftly(soft -> {
            for (Expectation e : matrix) {
                HttpResponse<String> response = call(child, e);
                soft.assertThat(answer(e, response)).as(e + " answered " + response.body()).isEqualTo(e.status());
                if (response.statusCode() == 404) {
                    soft.assertThat(response.body()).as("a 404 names nothing of the child").doesNotContain("Emma");
                }
                if (response.statusCode() == 403) {
                    soft.assertThat(response.body()).as("a 403 carries no data").doesNotContain("Levetiracetam")
                            .doesNotContain("\"values\"");
                }
            }
        });
        assertThat(count(WRITTEN)).as("no request of the matrix wrote anything").isEqualTo(before);
    }

    @Test
    @Order(2)
    void aFieldOutsideTheScopeIsAbsentNotNull() {
        String child = emma();
        JsonObject profile = json(api(client, "GET", "/api/children/" + child, token("tone")).body());
        assertThat(profile.getString("name")).isEqualTo("Emma");
        assertThat(profile).doesNotContainKeys("medications", "diagnoses");
        var reports = json(api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=100",
                token("tone")).body()).getJsonArray("reports");
        var nurse = json(api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=100",
                token("nina")).body()).getJsonArray("reports");
        assertThat(reports).as("the teacher's list has as many reports as the nurse's family-visible ones").isNotEmpty();
        assertThat(nurse.toString()).contains("\"pain\"");
        assertThat(reports.toString()).as("teacher: mood and notes, never pain or seizures")
                .contains("\"mood\"").doesNotContain("\"pain\"").doesNotContain("\"seizures\"")
                .doesNotContain("null");
        String timeline = api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token("tone")).body();
        assertThat(timeline).as("the teacher's timeline leaves out categories outside her scope")
                .doesNotContain("\"category\":\"care-plan\"").doesNotContain("\"category\":\"observations\"");
    }

    @Test
    @Order(3)
    void aRevokedConsentRefusesTheVeryNextRequestAndAnExpiredOneToo() {
        String child = emma();
        String path = "/api/children/" + child + "/reports";
        assertThat(api(client, "GET", path, token("tone")).statusCode()).isEqualTo(200);
        JsonObject teacher = teacherConsent(child);
        HttpResponse<String> revoked = api(client, "DELETE", "/api/children/" + child + "/consents/"
                + teacher.getString("id"), token("far"));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(json(revoked.body()).getString("status")).isEqualTo("revoked");
        assertThat(api(client, "GET", path, token("tone")).statusCode()).as("the very next request").isEqualTo(403);
        assertThat(api(client, "GET", "/api/children/" + child, token("tone")).statusCode())
                .as("the name stays: she is on the team").isEqualTo(200);

        LocalDate today = LocalDate.now(OSLO);
        String expired = grantTeacher(child, today.minusDays(10), today.minusDays(1));
        assertThat(api(client, "GET", path, token("tone")).statusCode()).as("expired yesterday").isEqualTo(403);
        HttpResponse<String> history = api(client, "GET", "/api/children/" + child + "/consents", token("mor"));
        assertThat(history.body()).as("the revoked consent keeps its history").contains(teacher.getString("id"))
                .contains(expired);

        String open = grantTeacher(child, today.minusWeeks(6), null);
        assertThat(api(client, "GET", path, token("tone")).statusCode()).isEqualTo(200);
        int version = jsonArray(api(client, "GET", "/api/children/" + child + "/consents", token("mor")).body())
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getString("id").equals(open)).findFirst()
                .orElseThrow().getInt("version"); // 2 where the other guardian had to approve it
        HttpResponse<String> narrowed = api(client, "PATCH", "/api/children/" + child + "/consents/" + open,
                token("mor"), "{\"basedOnVersion\": " + version + ", \"categories\": [\"identity\", \"contacts\", "
                        + "\"know-me\", \"chat\", \"tasks\"]}");
        assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
        assertThat(api(client, "GET", path, token("tone")).statusCode()).as("narrowed").isEqualTo(403);
        HttpResponse<String> widened = api(client, "PATCH", "/api/children/" + child + "/consents/" + open,
                token("mor"), "{\"basedOnVersion\": " + (version + 1) + ", \"categories\": [\"daily-reports\", "
                        + "\"contacts\"]}");
        assertThat(widened.statusCode()).as("narrowing cannot widen").isEqualTo(400);
        assertThat(widened.body()).contains("categories");
        HttpResponse<String> stale = api(client, "PATCH", "/api/children/" + child + "/consents/" + open,
                token("mor"), "{\"basedOnVersion\": 1, \"purpose\": \"School\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        api(client, "DELETE", "/api/children/" + child + "/consents/" + open, token("mor"));
        api(client, "DELETE", "/api/children/" + child + "/consents/" + expired, token("mor"));
        grantTeacher(child, today.minusWeeks(6), null); // as the demo family had it
        assertThat(api(client, "GET", path, token("tone")).statusCode()).isEqualTo(200);
    }

    private JsonObject teacherConsent(String child) {
        return jsonArray(api(client, "GET", "/api/children/" + child + "/consents", token("mor")).body()).stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonObject("recipient").getString("value").equals("teacher")
                        && c.getString("status").equals("active"))
                .findFirst().orElseThrow();
    }

    private String grantTeacher(String child, LocalDate from, LocalDate to) {
        HttpResponse<String> granted = api(client, "POST", "/api/children/" + child + "/consents", token("mor"), """
                {"recipient": {"kind": "profession", "value": "teacher"}, "purpose": "Emma's school days",
                 "categories": ["identity", "contacts", "daily-reports", "know-me", "chat", "tasks"],
                 "from": "%s"%s}
                """.formatted(from, to == null ? "" : ", \"to\": \"" + to + "\""));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        String id = json(granted.body()).getString("id");
        if (json(granted.body()).getString("status").equals("pending")) { // both guardians must agree (test config)
            HttpResponse<String> approved = api(client, "POST", "/api/children/" + child + "/consents/" + id
                    + "/approve", token("far"));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
        return id;
    }

    @Test
    @Order(4)
    void aGuardianOfOneChildCannotLearnOfAnotherOrConsentForIt() {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Ida", "organisation": "Home care, Bergen"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String ida = json(created.body()).getString("id");
        long before = count("select count(*) from consent.consent");
        assertThat(api(client, "GET", "/api/children/" + ida, token("mor")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", "/api/children/" + ida + "/consents", token("mor")).statusCode()).isEqualTo(404);
        HttpResponse<String> grant = api(client, "POST", "/api/children/" + ida + "/consents", token("mor"), """
                {"recipient": {"kind": "profession", "value": "FT"}, "categories": ["daily-reports"], "purpose": "x"}
                """);
        assertThat(grant.statusCode()).isEqualTo(404);
        assertThat(grant.body()).doesNotContain("Ida");
        String emmaConsent = teacherConsent(emma()).getString("id");
        assertThat(api(client, "DELETE", "/api/children/" + ida + "/consents/" + emmaConsent, token("nina"))
                .statusCode()).as("the coordinator does not consent").isEqualTo(403);
        assertThat(count("select count(*) from consent.consent")).isEqualTo(before);
        assertThat(count("select count(*) from consent.consent where id = '" + emmaConsent + "' and status = 'active'"))
                .isEqualTo(1);
    }

    @Test
    @Order(5)
    void theAdolescentRulesFollowTheChildsAge() {
        String child = emma();
        LocalDate original = birthDate(child);
        try {
            Map<Integer, int[]> expected = Map.of(
                    // age -> emma reads reports, emma consents, mor consents (400 = permitted, the body is empty)
                    11, new int[] {403, 403, 400},
                    12, new int[] {200, 403, 400},
                    15, new int[] {200, 403, 400},
                    16, new int[] {200, 400, 403});
            for (var entry : new java.util.TreeMap<>(expected).entrySet()) {
                LocalDate birth = LocalDate.now(OSLO).minusYears(entry.getKey()).minusDays(1);
                execute("update records.child set birth_date = '" + birth + "' where id = '" + child + "'");
                int[] answers = entry.getValue();
                String age = "at " + entry.getKey();
                assertThat(api(client, "GET", "/api/children/" + child + "/reports", token("emma")).statusCode())
                        .as(age + " the child reads").isEqualTo(answers[0]);
                assertThat(api(client, "POST", "/api/children/" + child + "/consents", token("emma"), "{}")
                        .statusCode()).as(age + " the child consents").isEqualTo(answers[1]);
                assertThat(api(client, "POST", "/api/children/" + child + "/consents", token("mor"), "{}")
                        .statusCode()).as(age + " the guardian consents").isEqualTo(answers[2]);
            }
            String confidential = "{\"kind\": \"pain-score\", \"value\": 6, \"audience\": \"team-and-child\", "
                    + "\"note\": \"Only for the nurse\"}";
            String observations = "/api/children/" + child + "/observations?kind=pain-score&limit=500";
            execute("update records.child set birth_date = '" + LocalDate.now(OSLO).minusYears(11).minusDays(1)
                    + "' where id = '" + child + "'");
            HttpResponse<String> tooYoung = api(client, "POST", "/api/children/" + child + "/observations",
                    token("nina"), confidential);
            assertThat(tooYoung.statusCode()).as("at 11 nothing is confidential from the guardians").isEqualTo(400);
            assertThat(tooYoung.body()).contains("\"field\":\"audience\"");
            execute("update records.child set birth_date = '" + LocalDate.now(OSLO).minusYears(12).minusDays(1)
                    + "' where id = '" + child + "'");
            HttpResponse<String> kept = api(client, "POST", "/api/children/" + child + "/observations",
                    token("emma"), confidential);
            assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
            String id = json(kept.body()).getString("id");
            assertThat(api(client, "GET", observations, token("emma")).body()).as("the child").contains(id);
            assertThat(api(client, "GET", observations, token("nina")).body()).as("the team").contains(id);
            assertThat(api(client, "GET", observations, token("mor")).body()).as("never the guardians")
                    .doesNotContain(id);
            assertThat(api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token("mor")).body())
                    .doesNotContain("team-and-child");
            assertThat(api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token("emma")).body())
                    .contains("\"audience\":\"team-and-child\"");
            HttpResponse<String> byGuardian = api(client, "POST", "/api/children/" + child + "/observations",
                    token("mor"), confidential);
            assertThat(byGuardian.statusCode()).as("a guardian cannot hide from the family").isEqualTo(400);
        } finally {
            execute("update records.child set birth_date = '" + original + "' where id = '" + child + "'");
        }
    }

    @Test
    @Order(6)
    void administratorsChangeAScopeAndItHoldsFromTheNextRequest() {
        String child = emma();
        HttpResponse<String> scopes = api(client, "GET", "/api/admin/scopes", token("admin"));
        assertThat(scopes.statusCode()).isEqualTo(200);
        JsonObject teacher = jsonArray(scopes.body()).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("profession").equals("teacher")).findFirst().orElseThrow();
        int version = teacher.getInt("version");
        assertThat(api(client, "GET", "/api/admin/scopes", token("nina")).statusCode()).isEqualTo(403);
        long versions = count("select count(*) from access.scope_version");
        String narrower = """
                {"basedOnVersion": %d, "categories": {"identity": {"read": ["name"]}, "daily-reports":
                 {"read": ["notes"], "write": ["notes"]}, "know-me": {"read": ["*"]}, "chat": {"read": ["*"],
                 "write": ["*"]}, "tasks": {"read": ["*"], "write": ["*"]}, "contacts": {"read": ["*"]}}}
                """;
        assertThat(api(client, "PUT", "/api/admin/scopes/teacher", token("tone"), narrower.formatted(version))
                .statusCode()).as("not an administrator").isEqualTo(403);
        HttpResponse<String> bad = api(client, "PUT", "/api/admin/scopes/teacher", token("admin"),
                "{\"basedOnVersion\": " + version + ", \"categories\": {\"daily-reports\": {\"read\": [\"Mo od\"]}}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("categories.daily-reports.read[0]");
        assertThat(count("select count(*) from access.scope_version")).isEqualTo(versions);

        HttpResponse<String> changed = api(client, "PUT", "/api/admin/scopes/teacher", token("admin"),
                narrower.formatted(version));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        String reports = api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=50",
                token("tone")).body();
        assertThat(reports).contains("\"notes\"").doesNotContain("\"mood\"");
        assertThat(json(api(client, "GET", "/api/children/" + child, token("tone")).body()))
                .doesNotContainKey("birthDate").doesNotContainKey("age");
        HttpResponse<String> stale = api(client, "PUT", "/api/admin/scopes/teacher", token("admin"),
                narrower.formatted(version));
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> restored = api(client, "PUT", "/api/admin/scopes/teacher", token("admin"), """
                {"basedOnVersion": %d, "categories": %s}
                """.formatted(version + 1, teacher.getJsonObject("categories")));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=50",
                token("tone")).body()).contains("\"mood\"");
        assertThat(jsonArray(api(client, "GET", "/api/admin/scopes/teacher/versions", token("admin")).body()))
                .hasSize(version + 2);
    }

    @Test
    @Order(7)
    void breakingTheGlassNeedsAReasonIsTimeBoxedAndTheFamilySeesIt() {
        String child = emma();
        String path = "/api/children/" + child + "/emergency-access";
        try {
            long before = count("select count(*) from access.emergency_access");
            HttpResponse<String> without = api(client, "POST", path, token("tone"), "{\"reason\": \"  \"}");
            assertThat(without.statusCode()).isEqualTo(400);
            assertThat(without.body()).contains("\"field\":\"reason\"");
            assertThat(api(client, "POST", path, token("tone"), "{}").statusCode()).isEqualTo(400);
            assertThat(api(client, "POST", path, token("mor"), "{\"reason\": \"x\"}").statusCode())
                    .as("guardians are not professionals").isEqualTo(403);
            assertThat(api(client, "POST", path, token("ute"), "{\"reason\": \"Seizure\"}").statusCode())
                    .isEqualTo(404);
            assertThat(count("select count(*) from access.emergency_access")).isEqualTo(before);
            assertThat(api(client, "GET", "/api/children/" + child, token("tone")).body())
                    .doesNotContain("Levetiracetam");

            HttpResponse<String> glass = api(client, "POST", path, token("tone"),
                    "{\"reason\": \"Long seizure during the session; need the rescue medication\"}");
            assertThat(glass.statusCode()).as(glass.body()).isEqualTo(201);
            JsonObject access = json(glass.body());
            assertThat(java.time.Duration.between(java.time.OffsetDateTime.parse(access.getString("startedAt")),
                    java.time.OffsetDateTime.parse(access.getString("endsAt")))).hasHours(4);
            assertThat(api(client, "GET", "/api/children/" + child, token("tone")).body())
                    .as("emergency access releases the medications").contains("Levetiracetam");
            assertThat(api(client, "PUT", "/api/children/" + child + "/care-plan", token("tone"), "{}").statusCode())
                    .as("reading only").isEqualTo(403);
            HttpResponse<String> notices = api(client, "GET", path, token("mor"));
            assertThat(notices.body()).contains(personId("tone")).doesNotContain("rescue medication");
            assertThat(count("select count(*) from access.emergency_access where reason like 'Long seizure%'"))
                    .isEqualTo(1);
        } finally {
            execute("delete from access.emergency_access");
        }
    }

    @Test
    @Order(8)
    void aGuardianPreviewsWhatATeamMemberSees() {
        String child = emma();
        HttpResponse<String> preview = api(client, "GET", "/api/children/" + child + "/preview/" + personId("tone"),
                token("mor"));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonObject reports = jsonArray(preview.body()).stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("category").equals("daily-reports")).findFirst().orElseThrow();
        assertThat(reports.getJsonArray("read").toString()).contains("mood").doesNotContain("pain");
        JsonObject medications = jsonArray(preview.body()).stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("category").equals("medications")).findFirst().orElseThrow();
        assertThat(medications.getJsonArray("read")).isEmpty();
        assertThat(api(client, "GET", "/api/children/" + child + "/preview/" + personId("tone"), token("kari"))
                .statusCode()).as("the family's tool").isEqualTo(403);
        assertThat(api(client, "GET", "/api/children/" + child + "/preview/" + personId("ute"), token("mor"))
                .statusCode()).as("not on the team").isEqualTo(404);
    }

    @Test
    @Order(9)
    void aGuardianRevokesTheTeachersAccessInTheBrowserAndHerNextPageLoadNoLongerShowsIt() {
        String child = emma();
        String childPage = base() + "/app/child.xhtml?id=" + child;
        try (Chromium teacherBrowser = new Chromium(); Chromium guardianBrowser = new Chromium()) {
            WebDriver tone = signInAs(teacherBrowser, "tone");
            tone.get(childPage);
            assertThat(tone.findElements(By.cssSelector("#contacts li"))).as("the teacher sees the contacts")
                    .isNotEmpty();
            assertThat(tone.findElements(By.id("medications"))).as("never the medications").isEmpty();
            assertThat(tone.findElements(By.id("link-care-plan"))).as("no link to what would not open").isEmpty();
            assertThat(tone.findElements(By.id("link-reports"))).isNotEmpty();
            teacherBrowser.screenshot("consent-teacher-before");

            WebDriver mor = signInAs(guardianBrowser, "mor");
            mor.get(base() + "/app/consents.xhtml?child=" + child);
            guardianBrowser.screenshot("consent-page-guardian");
            WebElement teacher = mor.findElement(By.cssSelector(
                    "li.consent[data-recipient='teacher'][data-effective='true']"));
            assertThat(teacher.getText()).contains("Kontakter");
            WebElement revoke = teacher.findElement(By.cssSelector("input.revoke"));
            revoke.click();
            new WebDriverWait(mor, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(revoke));
            assertThat(mor.findElements(By.cssSelector(
                    "#consents-current li.consent[data-recipient='teacher'][data-effective='true']")))
                    .as("no longer in force").isEmpty();
            assertThat(mor.findElements(By.cssSelector("#consents-history li.consent[data-recipient='teacher']")))
                    .as("kept in the history").isNotEmpty();

            mor.get(base() + "/app/consents.xhtml?child=" + child + "&preview=" + personId("tone"));
            assertThat(mor.findElement(By.cssSelector("#preview-table tr[data-category='contacts']"))
                    .getAttribute("class")).as("the preview shows what she sees now").isEqualTo("hidden");
            guardianBrowser.screenshot("consent-preview-teacher");

            tone.get(childPage);
            assertThat(tone.findElements(By.id("contacts"))).as("the teacher's next page load").isEmpty();
            assertThat(tone.findElements(By.id("link-reports"))).as("nor the reports").isEmpty();
            assertThat(tone.getPageSource()).doesNotContain("+47 900 00 001");
            teacherBrowser.screenshot("consent-teacher-after");
        } finally {
            if (jsonArray(api(client, "GET", "/api/children/" + child + "/consents", token("mor")).body()).stream()
                    .map(JsonValue::asJsonObject).noneMatch(c -> c.getJsonObject("recipient").getString("value")
                            .equals("teacher") && c.getString("status").equals("active"))) {
                grantTeacher(child, LocalDate.now(OSLO).minusWeeks(6), null);
            }
        }
    }

    @Test
    @Order(10)
    void aFamilyThatWantsLittleChoosesToBeShownLess() {
        String child = emma();
        String path = "/api/children/" + child + "/consents/family-choice";
        JsonObject before = json(api(client, "GET", path, token("mor")).body());
        int version = before.getInt("basedOnVersion");
        assertThat(before.getJsonArray("guardiansSee").toString()).contains("daily-reports");
        assertThat(api(client, "PUT", path, token("kari"), "{\"basedOnVersion\": " + version
                + ", \"guardiansSee\": []}").statusCode()).as("the family's choice").isEqualTo(403);
        HttpResponse<String> chosen = api(client, "PUT", path, token("mor"), "{\"basedOnVersion\": " + version
                + ", \"guardiansSee\": [\"identity\", \"contacts\", \"care-plan\", \"tasks\"]}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        try {
            String reports = "/api/children/" + child + "/reports";
            assertThat(api(client, "GET", reports, token("mor")).statusCode()).isEqualTo(403);
            assertThat(api(client, "GET", reports, token("far")).statusCode()).as("both guardians").isEqualTo(403);
            assertThat(api(client, "GET", "/api/children/" + child + "/care-plan", token("far")).statusCode())
                    .isEqualTo(200);
            assertThat(json(api(client, "GET", "/api/children/" + child, token("mor")).body()))
                    .doesNotContainKey("medications").containsKey("contacts");
            assertThat(api(client, "GET", reports, token("nina")).statusCode()).as("the team's work goes on")
                    .isEqualTo(200);
            assertThat(api(client, "GET", reports, token("emma")).statusCode()).as("the child's own view")
                    .isEqualTo(200);
        } finally {
            HttpResponse<String> restored = api(client, "PUT", path, token("far"), "{\"basedOnVersion\": "
                    + (version + 1) + ", \"guardiansSee\": " + before.getJsonArray("guardiansSee") + "}");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        assertThat(api(client, "GET", "/api/children/" + child + "/reports", token("mor")).statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(11)
    void aTeacherBreaksTheGlassInTheBrowserAndAnAdministratorSavesAScope() {
        String child = emma();
        long versions = count("select count(*) from access.scope_version where profession = 'teacher'");
        try (Chromium browser = new Chromium()) {
            WebDriver admin = signInAs(browser, "admin");
            admin.findElement(By.id("link-scopes")).click();
            browser.awaitUrl(base() + "/app/admin-scopes.xhtml");
            WebElement teacher = admin.findElement(By.id("scope-teacher"));
            assertThat(teacher.findElement(By.name("read-daily-reports")).getAttribute("value")).contains("mood")
                    .doesNotContain("pain");
            browser.screenshot("scopes-admin");
            WebElement save = teacher.findElement(By.cssSelector("input[type=submit]"));
            save.click();
            new WebDriverWait(admin, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));
            assertThat(count("select count(*) from access.scope_version where profession = 'teacher'"))
                    .as("saving keeps the old version and adds one").isEqualTo(versions + 1);

            WebDriver tone = signInAs(browser, "tone");
            tone.get(base() + "/app/child.xhtml?id=" + child);
            assertThat(tone.findElements(By.id("medications"))).isEmpty();
            WebElement breakGlass = tone.findElement(By.cssSelector("#emergency input[type=submit]"));
            breakGlass.click();
            new WebDriverWait(tone, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(breakGlass));
            assertThat(tone.findElement(By.id("reason-error")).getText()).as("a reason is required").isNotBlank();
            assertThat(count("select count(*) from access.emergency_access")).isZero();
            tone.findElement(By.id("reason")).sendKeys("Emma has a long seizure at school");
            breakGlass = tone.findElement(By.cssSelector("#emergency input[type=submit]"));
            breakGlass.click();
            new WebDriverWait(tone, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(breakGlass));
            assertThat(tone.findElement(By.id("medications")).getText()).contains("Midazolam");
            assertThat(tone.findElement(By.id("my-emergency")).getText()).isNotBlank();
            browser.screenshot("emergency-teacher");

            WebDriver mor = signInAs(browser, "mor");
            mor.get(base() + "/app/child.xhtml?id=" + child);
            assertThat(mor.findElement(By.cssSelector(".emergency-notice")).getText()).contains("Tone")
                    .doesNotContain("seizure");
        } finally {
            execute("delete from access.emergency_access");
        }
    }

    @Test
    @Order(12)
    void whereBothGuardiansMustAgreeAGrantWaitsForTheOtherAndEitherRevokesAtOnce() {
        String child = emma();
        String reports = "/api/children/" + child + "/reports";
        String consents = "/api/children/" + child + "/consents";
        JsonObject teacher = teacherConsent(child);
        HttpResponse<String> revokedByMor = api(client, "DELETE", consents + "/" + teacher.getString("id"),
                token("mor"));
        assertThat(revokedByMor.statusCode()).as(revokedByMor.body()).isEqualTo(200);
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).as("one guardian revokes alone, at once")
                .isEqualTo(403);

        long versions = count("select count(*) from consent.consent_version");
        HttpResponse<String> granted = api(client, "POST", consents, token("mor"), """
                {"recipient": {"kind": "profession", "value": "teacher"}, "purpose": "Emma's school days",
                 "categories": ["identity", "contacts", "daily-reports", "know-me", "chat", "tasks"]}
                """);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        JsonObject pending = json(granted.body());
        String id = pending.getString("id");
        assertThat(pending.getString("status")).as("waits for the other guardian").isEqualTo("pending");
        assertThat(pending.getBoolean("effective")).isFalse();
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).as("the recipient is still refused")
                .isEqualTo(403);
        HttpResponse<String> own = api(client, "POST", consents + "/" + id + "/approve", token("mor"));
        assertThat(own.statusCode()).as("the one who granted cannot approve").isEqualTo(403);
        HttpResponse<String> byTeam = api(client, "POST", consents + "/" + id + "/approve", token("nina"));
        assertThat(byTeam.statusCode()).as("nor the team").isEqualTo(403);
        assertThat(count("select count(*) from consent.consent_version")).as("refusals change nothing")
                .isEqualTo(versions + 1);
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).isEqualTo(403);

        HttpResponse<String> approved = api(client, "POST", consents + "/" + id + "/approve", token("far"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved.body()).getString("status")).isEqualTo("active");
        assertThat(count("select count(*) from audit.entry where request_id = '" + approved.headers()
                .firstValue("X-Request-Id").orElseThrow() + "' and kind = 'CONSENT_CHANGE' and outcome = 'SUCCESS'"))
                .as("the approval is in the trail").isEqualTo(1);
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).as("effective from the next request")
                .isEqualTo(200);
        HttpResponse<String> again = api(client, "POST", consents + "/" + id + "/approve", token("far"));
        assertThat(again.statusCode()).as("approved once").isEqualTo(409);

        HttpResponse<String> revokedByFar = api(client, "DELETE", consents + "/" + id, token("far"));
        assertThat(revokedByFar.statusCode()).as(revokedByFar.body()).isEqualTo(200);
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).as("the other guardian revokes alone, "
                + "at once").isEqualTo(403);
        grantTeacher(child, LocalDate.now(OSLO).minusWeeks(6), null); // as the demo family had it
        assertThat(api(client, "GET", reports, token("tone")).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(13)
    void theAdolescentKeepsReportsAndObservationsFromTheGuardiansAndNeverTheOtherWayRound() {
        String child = emma();
        LocalDate original = birthDate(child);
        String reports = "/api/children/" + child + "/reports";
        String confidential = """
                {"templateKey": "daily-report", "audience": "team-and-child", "values": {"pain": 2, "mood": "calm",
                 "notes": "Emma asked to keep this between us"}}""";
        try {
            execute("update records.child set birth_date = '" + LocalDate.now(OSLO).minusYears(11).minusDays(1)
                    + "' where id = '" + child + "'");
            long before = count(WRITTEN);
            HttpResponse<String> tooYoung = api(client, "POST", reports, token("nina"), confidential);
            assertThat(tooYoung.statusCode()).as("at 11 nothing is confidential from the guardians").isEqualTo(400);
            assertThat(tooYoung.body()).contains("\"field\":\"audience\"");
            assertThat(count(WRITTEN)).isEqualTo(before);

            execute("update records.child set birth_date = '" + LocalDate.now(OSLO).minusYears(12).minusDays(1)
                    + "' where id = '" + child + "'");
            long guardiansCount = familyReports(child, "mor");
            long guardiansHandover = handoverReports(child, "mor");
            HttpResponse<String> written = api(client, "POST", reports, token("nina"), confidential);
            assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
            String kept = json(written.body()).getString("id");

            HttpResponse<String> shared = api(client, "POST", reports, token("kari"), """
                    {"templateKey": "daily-report", "audience": "team-and-family", "values": {"pain": 4,
                     "mood": "tired"}}""");
            assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
            String narrowed = json(shared.body()).getString("id");
            assertThat(familyReports(child, "mor")).as("shared with the family").isEqualTo(guardiansCount + 1);
            HttpResponse<String> byChild = api(client, "PUT", reports + "/" + narrowed + "/audience", token("emma"),
                    "{\"audience\": \"team-and-child\"}");
            assertThat(byChild.statusCode()).as(byChild.body()).isEqualTo(200);
            assertThat(json(byChild.body()).getString("audience")).isEqualTo("team-and-child");

            HttpResponse<String> byGuardian = api(client, "POST", reports, token("mor"), """
                    {"templateKey": "daily-report", "audience": "team-and-family", "values": {"pain": 1,
                     "mood": "tired"}}""");
            assertThat(byGuardian.statusCode()).as(byGuardian.body()).isEqualTo(201);
            String guardians = json(byGuardian.body()).getString("id");
            assertThat(api(client, "PUT", reports + "/" + guardians + "/audience", token("emma"),
                    "{\"audience\": \"team-and-child\"}").statusCode()).as("a guardian's report stays theirs")
                    .isEqualTo(403);
            HttpResponse<String> widened = api(client, "PUT", reports + "/" + narrowed + "/audience", token("emma"),
                    "{\"audience\": \"team-and-family\"}");
            assertThat(widened.statusCode()).as("never widened").isEqualTo(400);
            assertThat(widened.body()).contains("\"field\":\"audience\"");
            assertThat(api(client, "PUT", reports + "/" + narrowed + "/audience", token("mor"),
                    "{\"audience\": \"team-and-family\"}").statusCode()).as("a guardian cannot even find it")
                    .isEqualTo(404);
            assertThat(api(client, "PUT", reports + "/" + narrowed + "/audience", token("nina"),
                    "{\"audience\": \"team\"}").statusCode()).as("nor the team widen or move it").isEqualTo(400);
            HttpResponse<String> guardianNarrows = api(client, "PUT", reports + "/" + guardians + "/audience",
                    token("far"), "{\"audience\": \"team-and-child\"}");
            assertThat(guardianNarrows.statusCode()).isEqualTo(400);
            assertThat(guardianNarrows.body()).contains("\"field\":\"audience\"");
            long reportsBefore = count("select count(*) from records.report");
            assertThat(api(client, "POST", reports, token("emma"), """
                    {"templateKey": "daily-report", "values": {"pain": 0, "mood": "happy"}}""").statusCode())
                    .as("the child narrows reports, never writes them").isEqualTo(403);
            assertThat(count("select count(*) from records.report")).isEqualTo(reportsBefore);
            assertThat(count("select count(*) from records.report where id in ('" + kept + "', '" + narrowed
                    + "') and audience = 'team-and-child'")).isEqualTo(2);

            for (String guardian : List.of("mor", "far")) {
                assertThat(familyReports(child, guardian)).as(guardian + "'s list and its count")
                        .isEqualTo(guardiansCount + 1);
                assertThat(api(client, "GET", reports + "?limit=100", token(guardian)).body())
                        .doesNotContain(kept).doesNotContain(narrowed).contains(guardians);
                assertThat(api(client, "GET", reports + "/" + kept, token(guardian)).statusCode()).isEqualTo(404);
                assertThat(api(client, "GET", reports + "/" + narrowed, token(guardian)).statusCode())
                        .isEqualTo(404);
                assertThat(api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token(guardian))
                        .body()).as(guardian + "'s timeline").doesNotContain(kept).doesNotContain(narrowed)
                        .doesNotContain("team-and-child");
                assertThat(api(client, "GET", "/api/children/" + child + "/preview/" + personId("kari"),
                        token(guardian)).body()).doesNotContain(kept).doesNotContain(narrowed);
            }
            assertThat(handoverReports(child, "mor")).as("the handover's count: only the guardian's own")
                    .isEqualTo(guardiansHandover + 1);
            for (String insider : List.of("emma", "nina", "kari")) {
                assertThat(api(client, "GET", reports + "?limit=100", token(insider)).body()).as(insider)
                        .contains(kept).contains(narrowed);
                assertThat(api(client, "GET", reports + "/" + narrowed, token(insider)).statusCode()).isEqualTo(200);
                assertThat(api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token(insider))
                        .body()).as(insider + "'s timeline").contains(kept).contains(narrowed);
            }
            assertThat(count("select count(*) from records.timeline_event where entry_id in ('" + kept + "', '"
                    + narrowed + "') and audience <> 'team-and-child'")).as("every event of both narrowed").isZero();

            String observations = "/api/children/" + child + "/observations?kind=pain-score&limit=500";
            HttpResponse<String> observed = api(client, "POST", "/api/children/" + child + "/observations",
                    token("kari"), "{\"kind\": \"pain-score\", \"value\": 5, \"audience\": \"team-and-family\"}");
            assertThat(observed.statusCode()).as(observed.body()).isEqualTo(201);
            String observation = json(observed.body()).getString("id");
            assertThat(api(client, "GET", observations, token("mor")).body()).contains(observation);
            HttpResponse<String> narrowObservation = api(client, "PUT", "/api/children/" + child + "/observations/"
                    + observation + "/audience", token("emma"), "{\"audience\": \"team-and-child\"}");
            assertThat(narrowObservation.statusCode()).as(narrowObservation.body()).isEqualTo(200);
            assertThat(api(client, "GET", observations, token("mor")).body()).doesNotContain(observation);
            assertThat(api(client, "GET", "/api/children/" + child + "/timeline?limit=100", token("mor")).body())
                    .doesNotContain(observation);
            assertThat(api(client, "GET", observations, token("emma")).body()).contains(observation);
            assertThat(api(client, "PUT", "/api/children/" + child + "/observations/" + observation + "/audience",
                    token("emma"), "{\"audience\": \"team-and-family\"}").statusCode()).isEqualTo(400);

            execute("update records.child set birth_date = '" + LocalDate.now(OSLO).minusYears(11).minusDays(1)
                    + "' where id = '" + child + "'");
            assertThat(api(client, "PUT", reports + "/" + guardians + "/audience", token("emma"),
                    "{\"audience\": \"team-and-child\"}").statusCode()).as("at 11 the guardians act for the child")
                    .isEqualTo(403);
        } finally {
            execute("update records.child set birth_date = '" + original + "' where id = '" + child + "'");
        }
    }

    private static LocalDate birthDate(String child) {
        String born = "select birth_date from records.child where id = '" + child + "'";
        try (var c = database(); var s = c.createStatement(); var r = s.executeQuery(born)) {
            r.next();
            return r.getDate(1).toLocalDate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many daily reports (of the daily-report template: under a page's 100) the guardian's list holds. */
    private long familyReports(String child, String guardian) {
        return json(api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=100",
                token(guardian)).body()).getJsonArray("reports").size();
    }

    /** The handover's count of new and corrected reports for this person. */
    private long handoverReports(String child, String persona) {
        HttpResponse<String> handover = api(client, "GET", "/api/children/" + child + "/handover", token(persona));
        assertThat(handover.statusCode()).as(handover.body()).isEqualTo(200);
        return json(handover.body()).getJsonObject("reports").getJsonNumber("count").longValue();
    }
}

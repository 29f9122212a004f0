package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles an administrator grants and takes away (the coordinator above all, who creates children): by national
 * identity number for someone who has never signed in, in force from the person's next request, one audit entry per
 * change, refusals and bad input leaving nothing behind; and the same on the administrators' page.
 */
abstract class RolesScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    /** A bearer token for a citizen who is no persona: this national identity number and name. */
    private static String citizenToken(String nationalId, String name) {
        Persona base = persona("far");
        return accessToken(base.issuerId(), "someone-" + nationalId,
                claimsWith(base, Map.of(base.nationalIdClaim(), nationalId, "name", name)));
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }

    private static String field(HttpResponse<String> problem) {
        return json(problem.body()).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void anAdministratorMakesSomeoneACoordinatorWhoThenCreatesAChildUntilTheRoleIsTakenAway() {
        String nationalId = SyntheticNationalIds.bornOn(LocalDate.of(1984, 5, 17));
        for (String persona : new String[]{"admin", "nina"}) { // both known before counting people
            assertThat(api(client, "GET", "/api/me", token(persona)).statusCode()).isEqualTo(200);
        }
        long people = count("select count(*) from identity.person");

        HttpResponse<String> unknownRole = api(client, "PUT", "/api/admin/people/roles", token("admin"),
                "{\"nationalId\": \"" + nationalId + "\", \"name\": \"Hanne Hansen\", \"roles\": [\"surgeon\"]}");
        assertThat(unknownRole.statusCode()).as(unknownRole.body()).isEqualTo(400);
        assertThat(field(unknownRole)).isEqualTo("roles");
        HttpResponse<String> badNumber = api(client, "PUT", "/api/admin/people/roles", token("admin"),
                "{\"nationalId\": \"12345678901\", \"name\": \"Hanne Hansen\", \"roles\": [\"coordinator\"]}");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(field(badNumber)).isEqualTo("nationalId");
        assertThat(badNumber.body()).doesNotContain("12345678901");
        HttpResponse<String> noName = api(client, "PUT", "/api/admin/people/roles", token("admin"),
                "{\"nationalId\": \"" + nationalId + "\", \"roles\": [\"coordinator\"]}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(field(noName)).isEqualTo("name");
        HttpResponse<String> byCoordinator = api(client, "PUT", "/api/admin/people/roles", token("nina"),
                "{\"nationalId\": \"" + nationalId + "\", \"name\": \"Hanne Hansen\", \"roles\": [\"coordinator\"]}");
        assertThat(byCoordinator.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(byCoordinator)
                + "' and outcome <> 'SUCCESS'")).as("the refusal is audited").isEqualTo(1);
        assertThat(api(client, "GET", "/api/admin/people", token("nina")).statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from identity.person")).as("nothing registered").isEqualTo(people);

        HttpResponse<String> granted = api(client, "PUT", "/api/admin/people/roles", token("admin"),
                "{\"nationalId\": \"" + nationalId + "\", \"name\": \"Hanne Hansen\", \"roles\": [\"coordinator\"]}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonObject hanne = json(granted.body());
        String id = hanne.getString("id");
        assertThat(hanne.getJsonArray("roles").getString(0)).isEqualTo("coordinator");
        assertThat(hanne.getString("displayName")).isEqualTo("Hanne Hansen");
        assertThat(granted.body()).doesNotContain(nationalId);
        assertThat(count("select count(*) from identity.person")).isEqualTo(people + 1);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(granted)
                + "' and operation = 'UPDATE' and outcome = 'SUCCESS' and entry_ids like '%" + id + "%'"))
                .as("one entry naming the person").isEqualTo(1);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(granted) + "'"))
                .isEqualTo(1);

        HttpResponse<String> listed = api(client, "GET", "/api/admin/people", token("admin"));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonObject inList = json(listed.body()).getJsonArray("holders").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(inList.getJsonArray("roles").getString(0)).isEqualTo("coordinator");
        assertThat(!inList.containsKey("lastSignedIn") || inList.isNull("lastSignedIn")).as("has never signed in")
                .isTrue();
        assertThat(json(listed.body()).getJsonArray("assignable").toString()).contains("coordinator", "dpo")
                .doesNotContain("admin");
        var coordinators = json(api(client, "GET", "/api/admin/people?role=coordinator", token("admin")).body())
                .getJsonArray("holders").stream().map(JsonValue::asJsonObject).toList();
        assertThat(coordinators).extracting(h -> h.getString("id")).contains(id);
        assertThat(coordinators).allSatisfy(h -> assertThat(h.getJsonArray("roles").toString()).contains("coordinator"));
        HttpResponse<String> notARole = api(client, "GET", "/api/admin/people?role=admin", token("admin"));
        assertThat(notARole.statusCode()).isEqualTo(400);
        assertThat(field(notARole)).isEqualTo("role");

        String hannesToken = citizenToken(nationalId, "Hanne Hansen");
        long children = count("select count(*) from records.child");
        HttpResponse<String> created = api(client, "POST", "/api/children", hannesToken, """
                {"nationalId": "%s", "name": "Vilde", "organisation": "Home care, Molde"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as("the new coordinator creates a child: " + created.body()).isEqualTo(201);
        assertThat(json(api(client, "GET", "/api/me", hannesToken).body()).getString("id"))
                .as("the sign-in met the registered person").isEqualTo(id);

        HttpResponse<String> takenAway = api(client, "PUT", "/api/admin/people/" + id + "/roles", token("admin"),
                "{\"roles\": []}");
        assertThat(takenAway.statusCode()).as(takenAway.body()).isEqualTo(200);
        assertThat(json(takenAway.body()).getJsonArray("roles")).isEmpty();
        HttpResponse<String> refused = api(client, "POST", "/api/children", hannesToken, """
                {"nationalId": "%s", "name": "Vilde", "organisation": "Home care, Molde"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(refused.statusCode()).as("from the next request").isEqualTo(403);
        assertThat(count("select count(*) from records.child")).isEqualTo(children + 1);

        assertThat(api(client, "PUT", "/api/admin/people/" + UUID.randomUUID() + "/roles", token("admin"),
                "{\"roles\": [\"teacher\"]}").statusCode()).isEqualTo(404);
        HttpResponse<String> notAnId = api(client, "PUT", "/api/admin/people/not-an-id/roles", token("admin"),
                "{\"roles\": [\"teacher\"]}");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(field(notAnId)).isEqualTo("personId");
    }

    @Test
    void aRoleFromTheStartingListStaysTakenAwayAfterTheNextSignIn() {
        // Tone is a teacher by sammen.bootstrap.roles, given when she was first registered.
        String id = json(api(client, "GET", "/api/me", token("tone")).body()).getString("id");
        String hasTeacher = "select count(*) from identity.person where id = '" + id
                + "' and 'teacher' = any(string_to_array(assigned_roles, ','))";
        assertThat(count(hasTeacher)).isEqualTo(1);
        try {
            HttpResponse<String> takenAway = api(client, "PUT", "/api/admin/people/" + id + "/roles", token("admin"),
                    "{\"roles\": []}");
            assertThat(takenAway.statusCode()).as(takenAway.body()).isEqualTo(200);

            assertThat(api(client, "GET", "/api/me", accessToken(persona("tone"))).statusCode()).isEqualTo(200);
            assertThat(signIn(new HttpBrowser(), persona("tone")).statusCode()).isEqualTo(200);
            assertThat(count(hasTeacher)).as("neither a new token nor a sign-in gives the role back").isZero();
        } finally {
            assertThat(api(client, "PUT", "/api/admin/people/" + id + "/roles", token("admin"),
                    "{\"roles\": [\"teacher\"]}").statusCode()).isEqualTo(200);
        }
        assertThat(count(hasTeacher)).isEqualTo(1);
    }

    @Test
    void someoneConfigurationNoLongerNamesIsNoAdministratorFromTheirNextRequest() {
        // Ola is no administrator in the configuration; as if he had been one and was taken off the list.
        String id = json(api(client, "GET", "/api/me", token("ola")).body()).getString("id");
        String administrator = "select count(*) from identity.person where id = '" + id + "' and administrator";

        execute("update identity.person set administrator = true where id = '" + id + "'");
        assertThat(api(client, "GET", "/api/admin/people", token("ola")).statusCode()).as("bearer").isEqualTo(403);
        assertThat(count(administrator)).isZero();

        HttpBrowser browser = new HttpBrowser();
        assertThat(signIn(browser, persona("ola")).statusCode()).isEqualTo(200);
        execute("update identity.person set administrator = true where id = '" + id + "'");
        assertThat(api(browser, "GET", "/api/admin/people", null).statusCode()).as("browser session").isEqualTo(403);
        assertThat(count(administrator)).isZero();
        assertThat(api(client, "GET", "/api/admin/people", token("admin")).statusCode()).as("a named one")
                .isEqualTo(200);
    }

    @Test
    void anAdministratorGivesAndTakesARoleOnThePage() {
        String nationalId = SyntheticNationalIds.bornOn(LocalDate.of(1979, 9, 3));
        long people = count("select count(*) from identity.person");
        try (Chromium browser = new Chromium()) {
            WebDriver admin = signInAs(browser, "admin");
            admin.findElement(By.id("link-roles")).click();
            browser.awaitUrl(base() + "/app/admin-roles.xhtml");

            admin.findElement(By.id("name")).sendKeys("Nils Nilsen");
            admin.findElement(By.id("grant-role-teacher")).click();
            admin.findElement(By.cssSelector("#grant input[type=submit]")).click();
            browser.awaitText(By.id("nationalId-error"), "11");
            assertThat(admin.findElement(By.id("name")).getAttribute("value")).as("kept").isEqualTo("Nils Nilsen");
            assertThat(count("select count(*) from identity.person")).isEqualTo(people);

            admin.findElement(By.id("nationalId")).sendKeys(nationalId);
            admin.findElement(By.id("grant-role-teacher")).click();
            WebElement grant = admin.findElement(By.cssSelector("#grant input[type=submit]"));
            grant.click();
            new WebDriverWait(admin, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(grant));
            String id = json(api(client, "GET", "/api/admin/people", token("admin")).body()).getJsonArray("holders")
                    .stream().map(JsonValue::asJsonObject).filter(h -> h.getString("displayName").equals("Nils Nilsen"))
                    .findFirst().orElseThrow().getString("id");
            WebElement teacher = admin.findElement(By.id("role-" + id + "-teacher"));
            assertThat(teacher.isSelected()).isTrue();
            assertThat(admin.getPageSource()).doesNotContain(nationalId);
            browser.screenshot("roles-admin");

            teacher.click();
            WebElement save = admin.findElement(By.cssSelector("#holder-" + id + " input[type=submit]"));
            save.click();
            new WebDriverWait(admin, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));
            assertThat(admin.findElements(By.id("holder-" + id))).as("no role left: no longer listed").isEmpty();
            assertThat(count("select count(*) from identity.person where id = '" + id + "' and assigned_roles = ''"))
                    .isEqualTo(1);
        }
    }
}

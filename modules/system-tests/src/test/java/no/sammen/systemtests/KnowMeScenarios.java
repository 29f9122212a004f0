package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's "Know me" page (issue 6, ADR 0023): read by the whole team including the teacher and the personal
 * assistant, kept by the family and the professions whose scope writes it, every version kept, a stale version a
 * conflict; its photos and videos go through the media access rule.
 */
abstract class KnowMeScenarios extends MediaScenario {

    private static final String TEAM_AND_FAMILY = "team-and-family";

    private String page(String child) {
        return "/api/children/" + child + "/know-me";
    }

    private long versions(String child) {
        return count("select count(*) from media.know_me_version where child_id = '" + child + "'");
    }

    private static String change(int basedOn, String sections) {
        return "{\"basedOnVersion\": " + basedOn + ", \"sections\": [" + sections + "]}";
    }

    private static String section(String title, String text, String... media) {
        return "{\"title\": \"" + title + "\", \"text\": \"" + text + "\", \"media\": ["
                + (media.length == 0 ? "" : "\"" + String.join("\", \"", media) + "\"") + "]}";
    }

    @Test
    void theTeamReadsTheFamilyAndTheWritersKeepItEveryVersionIsKeptAndAStaleOneConflicts() {
        String child = freshChild("kari", "ola", "tone", "per");
        String shared = upload(child, "kari", png(40, 30, 21), Map.of("audience", TEAM_AND_FAMILY)).getString("id");
        String teamOnly = upload(child, "kari", png(40, 30, 22), Map.of("audience", "team")).getString("id");
        String other = freshChild();
        String othersPhoto = upload(other, "kari", png(20, 20, 23), Map.of("audience", TEAM_AND_FAMILY))
                .getString("id");

        JsonObject empty = json(api(client, "GET", page(child), token("tone")).body());
        assertThat(empty.getInt("version")).isZero();
        assertThat(empty.getJsonArray("sections")).isEmpty();

        HttpResponse<String> first = api(client, "PUT", page(child), token("mor"), change(0,
                section("Når Mia lager denne lyden", "Lav mmm: fornøyd.", shared)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).getInt("version")).isEqualTo(1);

        HttpResponse<String> familyAttachesTeamOnly = api(client, "PUT", page(child), token("mor"), change(1,
                section("Når Mia lager denne lyden", "Lav mmm: fornøyd.", shared, teamOnly)));
        assertThat(familyAttachesTeamOnly.statusCode()).isEqualTo(400);
        assertThat(field(familyAttachesTeamOnly)).isEqualTo("sections[0].media");
        HttpResponse<String> foreign = api(client, "PUT", page(child), token("ola"), change(1,
                section("Sitte", "Pute.", othersPhoto)));
        assertThat(foreign.statusCode()).as("only the child's own items").isEqualTo(400);
        assertThat(field(foreign)).isEqualTo("sections[0].media");
        for (var bad : Map.of("{\"sections\": []}", "basedOnVersion",
                change(1, section("", "tekst")), "sections[0].title",
                change(1, section("A", "x") + "," + section("a", "y")), "sections[1].title",
                change(1, section("A", "x", "not-an-id")), "sections[0].media",
                "{\"basedOnVersion\": 1}", "sections").entrySet()) {
            HttpResponse<String> refused = api(client, "PUT", page(child), token("ola"), bad.getKey());
            assertThat(refused.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(field(refused)).as(bad.getKey()).isEqualTo(bad.getValue());
        }
        assertThat(versions(child)).as("nothing written by a refused change").isEqualTo(1);

        HttpResponse<String> second = api(client, "PUT", page(child), token("ola"), change(1,
                section("Når Mia lager denne lyden", "Lav mmm: fornøyd.", shared)
                        + "," + section("Løfte", "Alltid to. Støtt hodet først.", teamOnly)));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(second.body()).getInt("version")).isEqualTo(2);

        HttpResponse<String> stale = api(client, "PUT", page(child), token("per"), change(1,
                section("Når Mia lager denne lyden", "Noe annet.")));
        assertThat(stale.statusCode()).as("a change based on version 1 after version 2: no lost update")
                .isEqualTo(409);
        for (String reader : List.of("tone", "kari")) {
            assertThat(api(client, "PUT", page(child), token(reader), change(2, section("X", "y"))).statusCode())
                    .as(reader + " reads Know me but does not write it").isEqualTo(403);
        }
        assertThat(versions(child)).isEqualTo(2);

        JsonArray teacher = json(api(client, "GET", page(child), token("tone")).body()).getJsonArray("sections");
        assertThat(teacher).hasSize(2);
        assertThat(teacher.getJsonObject(0).getString("text")).isEqualTo("Lav mmm: fornøyd.");
        assertThat(teacher.getJsonObject(0).getJsonArray("media")).as("the teacher's scope has no media").isEmpty();
        assertThat(teacher.getJsonObject(0).getInt("withheld")).isEqualTo(1);
        assertThat(teacher.getJsonObject(1).getInt("withheld")).isEqualTo(1);
        assertThat(get(child, shared + "/content", "tone", null).statusCode()).isEqualTo(403);

        JsonArray assistant = json(api(client, "GET", page(child), token("per")).body()).getJsonArray("sections");
        assertThat(assistant.getJsonObject(0).getJsonArray("media").getJsonObject(0).getString("id"))
                .isEqualTo(shared);
        assertThat(assistant.getJsonObject(1).getJsonArray("media").getJsonObject(0).getString("id"))
                .isEqualTo(teamOnly);

        JsonArray family = json(api(client, "GET", page(child), token("mor")).body()).getJsonArray("sections");
        assertThat(family.getJsonObject(0).getJsonArray("media")).hasSize(1);
        assertThat(family.getJsonObject(1).getJsonArray("media")).as("a team-only photo is not there for the family")
                .isEmpty();
        assertThat(family.getJsonObject(1).getInt("withheld")).as("not even counted").isZero();

        JsonArray history = jsonArray(api(client, "GET", page(child) + "/versions", token("tone")).body());
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getInt("version")).isEqualTo(2);
        assertThat(history.getJsonObject(0).getString("changedByName")).isEqualTo(persona("ola").displayName());
        assertThat(history.getJsonObject(0).getJsonArray("changes").getJsonObject(0).getString("kind"))
                .isEqualTo("added");
        assertThat(history.getJsonObject(0).getJsonArray("changes").getJsonObject(0).getString("title"))
                .isEqualTo("Løfte");
        assertThat(history.getJsonObject(1).getString("changedByName")).isEqualTo(persona("mor").displayName());
        JsonObject firstVersion = json(api(client, "GET", page(child) + "/versions/1", token("tone")).body());
        assertThat(firstVersion.getJsonArray("sections")).hasSize(1);
        assertThat(api(client, "GET", page(child) + "/versions/9", token("tone")).statusCode()).isEqualTo(404);

        for (String path : List.of(page(child), page(child) + "/versions", page(child) + "/versions/1")) {
            assertThat(api(client, "GET", path, token("ute")).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(api(client, "PUT", page(child), token("ute"), change(2, section("X", "y"))).statusCode())
                .isEqualTo(404);
        assertThat(versions(child)).isEqualTo(2);
    }

    @Test
    void emmasDemoPageIsReadByHerTeacherAndAssistant() {
        for (String reader : List.of("tone", "per", "nina", "mor")) {
            String emma = childNamed(client, token(reader), "Emma");
            JsonObject demo = json(api(client, "GET", page(emma), token(reader)).body());
            assertThat(demo.getInt("version")).as(reader).isPositive();
            assertThat(demo.getJsonArray("sections").getJsonObject(0).getString("title"))
                    .startsWith("Når Emma lager denne lyden");
        }
    }

    @Test
    void aGuardianWritesASectionWithAPhotoAndTheTeacherReadsIt() {
        String child = freshChild("kari", "tone", "per");
        String photo = upload(child, "kari", png(90, 60, 31), Map.of("audience", TEAM_AND_FAMILY,
                "description", "Slik sitter hun best")).getString("id");
        try (Chromium chromium = new Chromium()) {
            WebDriver browser = signInAs(chromium, "mor");
            browser.get(base() + "/app/child.xhtml?id=" + child);
            browser.findElement(By.id("link-know-me")).click();
            chromium.awaitUrl(base() + "/app/know-me.xhtml?child=" + child);
            WebDriver page = browser;
            assertThat(browser.findElements(By.id("know-me-edit"))).as(() -> page.findElement(By.tagName("body"))
                    .getText()).hasSize(1);
            browser.findElement(By.id("know-me-edit")).click();
            chromium.awaitUrl(base() + "/app/know-me-edit.xhtml?child=" + child);
            browser.findElement(By.id("edit:sections:0:title")).sendKeys("Sittestilling");
            browser.findElement(By.id("edit:sections:0:text")).sendKeys("Pute med kile under knærne.");
            browser.findElement(By.cssSelector("fieldset.know-me-row details.attach summary")).click();
            browser.findElement(By.cssSelector("fieldset.know-me-row input[data-id='" + photo + "']")).click();
            chromium.screenshot("know-me-edit");
            browser.findElement(By.id("edit:save")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .withMessage(() -> page.findElement(By.tagName("body")).getText())
                    .until(d -> d.getCurrentUrl().contains("/app/know-me.xhtml")
                            && !d.findElements(By.id("section-0")).isEmpty());
            assertThat(browser.findElement(By.id("know-me-sections")).getText()).contains("Sittestilling")
                    .contains("Pute med kile under knærne.");
            assertThat(browser.findElements(By.cssSelector("#section-0 figure[data-id='" + photo + "'] img")))
                    .hasSize(1);

            browser = signInAs(chromium, "tone");
            browser.get(base() + "/app/child.xhtml?id=" + child);
            browser.findElement(By.id("link-know-me")).click();
            chromium.awaitUrl(base() + "/app/know-me.xhtml?child=" + child);
            assertThat(browser.findElement(By.id("section-0")).getText()).contains("Sittestilling")
                    .contains("Pute med kile under knærne.");
            assertThat(browser.findElements(By.id("know-me-edit"))).as("the teacher reads only").isEmpty();
            assertThat(browser.findElements(By.cssSelector("#section-0 figure"))).as("no media in her scope")
                    .isEmpty();
            assertThat(browser.findElement(By.cssSelector("#section-0 .withheld")).getText()).contains("1");
            assertThat(browser.findElement(By.id("know-me-history")).getAttribute("textContent"))
                    .contains(persona("mor").displayName()).contains("Sittestilling");
            chromium.screenshot("know-me-teacher");

            browser = signInAs(chromium, "per");
            browser.get(base() + "/app/know-me.xhtml?child=" + child);
            assertThat(browser.findElements(By.cssSelector("#section-0 figure[data-id='" + photo + "'] img")))
                    .as("the assistant sees the photo").hasSize(1);
        }
        assertThat(count("select count(*) from media.know_me_version where child_id = '" + child + "'"))
                .isEqualTo(1);
    }

    private static String field(HttpResponse<String> problem) {
        return json(problem.body()).getJsonArray("errors").getJsonObject(0).getString("field");
    }
}

package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports from templates: who writes and who reads them (the family sees only what is shared with the family, a
 * stranger nothing), corrections that keep every version, values checked against the template version's fields,
 * templates that administrators change without changing the reports already written.
 */
abstract class ReportsScenarios extends Scenario {

    private static final String DAILY = """
            {"templateKey": "daily-report", "audience": "%s",
             "values": {"pain": %d, "mood": "calm", "sleepHours": 7.5, "nutrition": "ate-well", "seizures": false,
                        "bowel": null, "notes": %s}}
            """;

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    private static String daily(String audience, int pain, String notes) {
        return DAILY.formatted(audience, pain, Json.createValue(notes).toString());
    }

    private JsonObject write(String persona, String child, String body) {
        HttpResponse<String> written = api(client, "POST", "/api/children/" + child + "/reports", token(persona), body);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        return json(written.body());
    }

    private List<String> listedIds(String persona, String child, String query) {
        HttpResponse<String> list = api(client, "GET", "/api/children/" + child + "/reports" + query, token(persona));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json(list.body()).getJsonArray("reports").stream()
                .map(r -> r.asJsonObject().getString("id")).toList();
    }

    private static long reports() {
        return count("select count(*) from records.report");
    }

    private static long versions() {
        return count("select count(*) from records.report_version");
    }

    private static long timeline(String kind, String entryId) {
        return count("select count(*) from records.timeline_event where kind = '" + kind + "' and entry_id = '"
                + entryId + "'");
    }

    @Test
    void aTeamMemberWritesADailyReport() {
        String emma = emmaId();
        HttpResponse<String> answer = api(client, "POST", "/api/children/" + emma + "/reports", token("kari"),
                daily("team", 3, "Stiv i hoftene etter trening."));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonObject report = json(answer.body());
        String id = report.getString("id");
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(report.getInt("version")).isEqualTo(1);
        assertThat(report.getString("occurredOn")).isEqualTo(LocalDate.now(ZoneId.of("Europe/Oslo")).toString());
        assertThat(report.getString("audience")).isEqualTo("team");
        assertThat(report.getJsonObject("template").getString("key")).isEqualTo("daily-report");
        assertThat(report.getJsonObject("template").getInt("version")).isEqualTo(1);

        JsonObject read = json(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("nina")).body());
        assertThat(read.getJsonObject("values").getInt("pain")).isEqualTo(3);
        assertThat(read.getJsonObject("values").getJsonNumber("sleepHours").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(read.getJsonObject("values").getBoolean("seizures")).isFalse();
        assertThat(read.getJsonObject("values").getString("notes")).isEqualTo("Stiv i hoftene etter trening.");
        assertThat(read.getString("authorName")).isNotBlank();
        assertThat(read.getJsonArray("history")).hasSize(1);
        assertThat(read.getJsonArray("history").getJsonObject(0).getString("recordedAt")).isNotBlank();
        assertThat(listedIds("lars", emma, "?template=daily-report&limit=100")).contains(id);
        assertThat(timeline("report-added", id)).isEqualTo(1);
        assertThat(count("select count(*) from records.timeline_event where entry_id = '" + id
                + "' and category = 'daily-reports' and audience = 'team'")).isEqualTo(1);
    }

    @Test
    void aGuardianWritesAReportTheFamilyAndTeamBothSee() {
        String emma = emmaId();
        String id = write("mor", emma, daily("team-and-family", 2, "God natt, sov til halv åtte.")).getString("id");
        assertThat(listedIds("mor", emma, "?limit=100")).contains(id);
        assertThat(listedIds("emma", emma, "?limit=100")).contains(id);
        assertThat(listedIds("kari", emma, "?limit=100")).contains(id);
        assertThat(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("emma")).statusCode())
                .isEqualTo(200);
        assertThat(timeline("report-added", id)).isEqualTo(1);
    }

    @Test
    void aTeamOnlyReportDoesNotExistForTheFamily() {
        String emma = emmaId();
        String id = write("kari", emma, daily("team", 4, "Mor virker sliten; snakke med koordinator.")).getString("id");
        assertThat(listedIds("kari", emma, "?limit=100")).contains(id);
        for (String family : List.of("mor", "emma")) {
            assertThat(listedIds(family, emma, "?limit=100")).as(family).doesNotContain(id);
            assertThat(listedIds(family, emma, "?template=daily-report&limit=100")).as(family).doesNotContain(id);
            HttpResponse<String> direct = api(client, "GET", "/api/children/" + emma + "/reports/" + id, token(family));
            HttpResponse<String> unknown = api(client, "GET", "/api/children/" + emma + "/reports/"
                    + UUID.randomUUID(), token(family));
            assertThat(direct.statusCode()).as(family).isEqualTo(404);
            assertThat(json(direct.body()).getString("detail")).isEqualTo(json(unknown.body()).getString("detail"));
        }
        long before = versions();
        assertThat(api(client, "POST", "/api/children/" + emma + "/reports/" + id + "/corrections", token("mor"),
                "{\"basedOnVersion\": 1, \"note\": \"x\", \"values\": {\"pain\": 1, \"mood\": \"calm\"}}").statusCode())
                .isEqualTo(404);
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void aCorrectionAppendsAVersionAndKeepsTheHistory() {
        String emma = emmaId();
        String id = write("far", emma, daily("team-and-family", 5, "Vondt i magen.")).getString("id");
        HttpResponse<String> corrected = api(client, "POST", "/api/children/" + emma + "/reports/" + id
                + "/corrections", token("far"), """
                {"basedOnVersion": 1, "note": "Feil tall: smerten var 6.",
                 "values": {"pain": 6, "mood": "irritable", "notes": "Vondt i magen hele kvelden."}}
                """);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        JsonObject report = json(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("nina")).body());
        assertThat(report.getInt("version")).isEqualTo(2);
        assertThat(report.getJsonObject("values").getInt("pain")).isEqualTo(6);
        assertThat(report.getJsonObject("values").containsKey("sleepHours")).as("values are complete per version")
                .isFalse();
        JsonArray history = report.getJsonArray("history");
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getInt("version")).isEqualTo(1);
        assertThat(history.getJsonObject(0).getJsonObject("values").getInt("pain")).isEqualTo(5);
        assertThat(history.getJsonObject(0).getJsonObject("values").getString("notes")).isEqualTo("Vondt i magen.");
        assertThat(history.getJsonObject(1).getString("note")).isEqualTo("Feil tall: smerten var 6.");
        assertThat(history.getJsonObject(1).getString("authorName")).isNotBlank();
        assertThat(count("select count(*) from records.report_version where report_id = '" + id + "'")).isEqualTo(2);
        assertThat(timeline("report-corrected", id)).isEqualTo(1);

        JsonObject listed = json(api(client, "GET", "/api/children/" + emma + "/reports?limit=100", token("far")).body())
                .getJsonArray("reports").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(listed.getInt("version")).isEqualTo(2);
        assertThat(listed.getJsonObject("values").getInt("pain")).isEqualTo(6);
    }

    @Test
    void aStaleCorrectionIsAConflictAndChangesNothing() {
        String emma = emmaId();
        String id = write("nina", emma, daily("team", 2, "Rolig.")).getString("id");
        String correction = """
                {"basedOnVersion": 1, "note": "%s", "values": {"pain": %d, "mood": "calm"}}
                """;
        assertThat(api(client, "POST", "/api/children/" + emma + "/reports/" + id + "/corrections", token("nina"),
                correction.formatted("Første", 3)).statusCode()).isEqualTo(201);
        long before = versions();
        HttpResponse<String> stale = api(client, "POST", "/api/children/" + emma + "/reports/" + id + "/corrections",
                token("lars"), correction.formatted("Andre", 4));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(versions()).isEqualTo(before);
        assertThat(timeline("report-corrected", id)).isEqualTo(1);
        JsonObject report = json(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("nina")).body());
        assertThat(report.getJsonObject("values").getInt("pain")).isEqualTo(3);
    }

    @Test
    void aFamilyMemberCorrectsOnlyTheirOwnReportsAndTheChildWritesNone() {
        String emma = emmaId();
        String id = write("mor", emma, daily("team-and-family", 1, "Fin dag.")).getString("id");
        long reports = reports();
        long versions = versions();
        assertThat(api(client, "POST", "/api/children/" + emma + "/reports/" + id + "/corrections", token("far"),
                "{\"basedOnVersion\": 1, \"note\": \"x\", \"values\": {\"pain\": 2, \"mood\": \"calm\"}}")
                .statusCode()).isEqualTo(403);
        assertThat(api(client, "POST", "/api/children/" + emma + "/reports", token("emma"),
                daily("team-and-family", 1, "Jeg har det bra.")).statusCode()).isEqualTo(403);
        assertThat(reports()).isEqualTo(reports);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aHundredThousandCharacterNoteIsStoredAndReturnedWhole() {
        String emma = emmaId();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 100_000; i++) {
            text.append("Linje ").append(i).append(": Emma sov urolig, våknet kl. 03 – «vondt i ryggen» \"ø æ å\".\n");
        }
        String notes = text.toString();
        String id = write("per", emma, daily("team", 2, notes)).getString("id");
        JsonObject report = json(api(client, "GET", "/api/children/" + emma + "/reports/" + id, token("per")).body());
        String stored = report.getJsonObject("values").getString("notes");
        assertThat(stored.length()).isGreaterThanOrEqualTo(100_000);
        assertThat(stored).isEqualTo(notes);
        JsonObject listed = json(api(client, "GET", "/api/children/" + emma + "/reports?limit=100", token("per")).body())
                .getJsonArray("reports").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("id").equals(id)).findFirst().orElseThrow();
        assertThat(listed.getBoolean("shortened")).isTrue();
        assertThat(listed.getJsonObject("values").getString("notes")).hasSizeLessThanOrEqualTo(500);

        long before = reports();
        assertField(api(client, "POST", "/api/children/" + emma + "/reports", token("per"),
                daily("team", 2, "x".repeat(200_001))), "values.notes");
        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void badValuesNameTheFieldAndNothingIsWritten() {
        String emma = emmaId();
        long reports = reports();
        long versions = versions();
        long events = count("select count(*) from records.timeline_event");
        String path = "/api/children/" + emma + "/reports";
        assertField(api(client, "POST", path, token("kari"), daily("team", 11, "x")), "values.pain");
        assertField(api(client, "POST", path, token("kari"),
                "{\"templateKey\": \"daily-report\", \"values\": {\"pain\": \"high\", \"mood\": \"calm\"}}"),
                "values.pain");
        HttpResponse<String> several = api(client, "POST", path, token("kari"), """
                {"templateKey": "daily-report", "audience": "everyone", "occurredOn": "2999-01-01",
                 "values": {"mood": "grumpy", "sleepHours": 25, "seizures": "yes", "bowel": ["normal"],
                            "longestSeizure": 2.5, "colour": "blue"}}
                """);
        assertFields(several, "audience", "occurredOn", "values.pain", "values.mood", "values.sleepHours",
                "values.seizures", "values.bowel", "values.longestSeizure", "values.colour");
        assertField(api(client, "POST", path, token("kari"), """
                {"templateKey": "school-day", "values": {"attendance": "full-day", "arrivedAt": "8.30"}}
                """), "values.arrivedAt");
        assertField(api(client, "POST", path, token("kari"), """
                {"templateKey": "physiotherapy-session", "values": {"duration": 45, "activities": ["flying"]}}
                """), "values.activities");
        HttpResponse<String> wrongShape = api(client, "POST", path, token("kari"), "{\"values\": [1, 2]}");
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(wrongShape.body()).doesNotContain("Exception");
        assertField(api(client, "GET", path + "?limit=500", token("kari")), "limit");
        assertField(api(client, "GET", path + "?limit=many", token("kari")), "limit");
        assertField(api(client, "GET", path + "?before=not-a-cursor", token("kari")), "before");
        assertField(api(client, "GET", path + "/not-an-id", token("kari")), "reportId");
        assertThat(reports()).isEqualTo(reports);
        assertThat(versions()).isEqualTo(versions);
        assertThat(count("select count(*) from records.timeline_event")).isEqualTo(events);
    }

    @Test
    void anUnknownTemplateOrVersionIsBadInput() {
        String emma = emmaId();
        long reports = reports();
        String path = "/api/children/" + emma + "/reports";
        assertField(api(client, "POST", path, token("kari"),
                "{\"templateKey\": \"no-such-template\", \"values\": {}}"), "templateKey");
        assertField(api(client, "POST", path, token("kari"),
                "{\"templateKey\": \"daily-report\", \"templateVersion\": 999, \"values\": {\"pain\": 1}}"),
                "templateVersion");
        assertField(api(client, "POST", path, token("kari"), "{\"values\": {\"pain\": 1}}"), "templateKey");
        assertThat(reports()).isEqualTo(reports);
        assertThat(api(client, "GET", "/api/report-templates/no-such-template", token("kari")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aStrangerLearnsNothingAndWritesNothing() {
        String emma = emmaId();
        String id = write("kari", emma, daily("team-and-family", 2, "Synlig for familien.")).getString("id");
        long reports = reports();
        long versions = versions();
        String path = "/api/children/" + emma + "/reports";
        assertThat(api(client, "GET", path, token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", path + "/" + id, token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "POST", path, token("ute"), daily("team", 2, "x")).statusCode()).isEqualTo(404);
        assertThat(api(client, "POST", path + "/" + id + "/corrections", token("ute"),
                "{\"basedOnVersion\": 1, \"note\": \"x\", \"values\": {\"pain\": 1, \"mood\": \"calm\"}}").statusCode())
                .isEqualTo(404);
        assertThat(api(client, "GET", path, token("admin")).statusCode()).isEqualTo(404);
        assertThat(reports()).isEqualTo(reports);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void listsAreNewestFirstAndPagedByCursor() {
        String child = json(api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Sofie", "organisation": "Home care, Bergen"}
                """.formatted(SyntheticNationalIds.child())).body()).getString("id");
        HttpResponse<String> guardian = api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"Marit Mor\"}");
        assertThat(guardian.statusCode()).as(guardian.body()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        for (int daysAgo : new int[]{3, 0, 4, 1, 2}) {
            write("nina", child, """
                    {"templateKey": "daily-report", "occurredOn": "%s", "values": {"pain": %d, "mood": "calm"}}
                    """.formatted(today.minusDays(daysAgo), daysAgo));
        }
        write("nina", child, """
                {"templateKey": "school-day", "occurredOn": "%s", "values": {"attendance": "absent"}}
                """.formatted(today.minusDays(1)));
        JsonObject first = json(api(client, "GET", "/api/children/" + child + "/reports?template=daily-report&limit=2",
                token("nina")).body());
        assertThat(days(first)).containsExactly(today.toString(), today.minusDays(1).toString());
        JsonObject second = json(api(client, "GET", "/api/children/" + child
                + "/reports?template=daily-report&limit=2&before=" + first.getString("next"), token("nina")).body());
        assertThat(days(second)).containsExactly(today.minusDays(2).toString(), today.minusDays(3).toString());
        JsonObject third = json(api(client, "GET", "/api/children/" + child
                + "/reports?template=daily-report&limit=2&before=" + second.getString("next"), token("nina")).body());
        assertThat(days(third)).containsExactly(today.minusDays(4).toString());
        assertThat(!third.containsKey("next") || third.isNull("next")).isTrue();
        assertThat(json(api(client, "GET", "/api/children/" + child + "/reports", token("nina")).body())
                .getJsonArray("reports")).hasSize(6);
    }

    @Test
    void peopleWritingReportsSeeTheActiveTemplatesInBothLanguages() {
        JsonArray templates = jsonArray(api(client, "GET", "/api/report-templates", token("per")).body());
        assertThat(templates.stream().map(t -> t.asJsonObject().getString("key")))
                .contains("daily-report", "physiotherapy-session", "occupational-therapy-session", "school-day");
        JsonObject daily = json(api(client, "GET", "/api/report-templates/daily-report", token("mor")).body());
        assertThat(daily.getString("title")).isEqualTo("Dagsrapport");
        assertThat(daily.getString("titleEn")).isEqualTo("Daily report");
        List<String> keys = daily.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("key")).toList();
        assertThat(keys).contains("sleepHours", "nutrition", "pain", "mood", "bowel", "seizures", "notes");
        JsonObject pain = daily.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("key").equals("pain")).findFirst().orElseThrow();
        assertThat(pain.getString("type")).isEqualTo("scale");
        assertThat(pain.getString("label")).isEqualTo("Smerte (0–10)");
        assertThat(pain.getString("labelEn")).isEqualTo("Pain (0–10)");
    }

    @Test
    void anAdministratorsNewVersionLeavesOldReportsAsTheyWereWritten() {
        String key = "home-visit-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> v1 = api(client, "POST", "/api/admin/report-templates", token("admin"), """
                {"key": "%s", "title": "Hjemmebesøk", "titleEn": "Home visit", "fields": [
                  {"key": "breathing", "label": "Pust", "labelEn": "Breathing", "type": "single-choice",
                   "required": true, "options": [{"value": "calm", "label": "Rolig", "labelEn": "Calm"},
                                                  {"value": "laboured", "label": "Tung", "labelEn": "Laboured"}]},
                  {"key": "weight", "label": "Vekt", "labelEn": "Weight", "type": "number", "unit": "kg",
                   "min": 1, "max": 150}]}
                """.formatted(key));
        assertThat(v1.statusCode()).as(v1.body()).isEqualTo(201);
        assertThat(json(v1.body()).getInt("version")).isEqualTo(1);
        String emma = emmaId();
        String old = write("nina", emma, """
                {"templateKey": "%s", "values": {"breathing": "laboured", "weight": 38.5}}
                """.formatted(key)).getString("id");

        HttpResponse<String> v2 = api(client, "POST", "/api/admin/report-templates", token("admin"), """
                {"key": "%s", "title": "Hjemmebesøk", "titleEn": "Home visit", "basedOnVersion": 1, "fields": [
                  {"key": "breathing", "label": "Pust", "labelEn": "Breathing", "type": "scale", "required": true},
                  {"key": "oxygen", "label": "Oksygen", "labelEn": "Oxygen", "type": "yes-no", "required": true}]}
                """.formatted(key));
        assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
        assertThat(json(v2.body()).getInt("version")).isEqualTo(2);

        JsonObject oldReport = json(api(client, "GET", "/api/children/" + emma + "/reports/" + old, token("kari")).body());
        assertThat(oldReport.getJsonObject("template").getInt("version")).isEqualTo(1);
        assertThat(oldReport.getJsonObject("template").getJsonArray("fields").getJsonObject(0).getString("type"))
                .isEqualTo("single-choice");
        assertThat(oldReport.getJsonObject("values").getString("breathing")).isEqualTo("laboured");
        assertThat(oldReport.getJsonObject("values").getJsonNumber("weight").bigDecimalValue())
                .isEqualByComparingTo("38.5");
        HttpResponse<String> correctedOld = api(client, "POST", "/api/children/" + emma + "/reports/" + old
                + "/corrections", token("nina"), """
                {"basedOnVersion": 1, "note": "Vekt veid på nytt.", "values": {"breathing": "laboured", "weight": 38.2}}
                """);
        assertThat(correctedOld.statusCode()).as("corrected against its own version: " + correctedOld.body())
                .isEqualTo(201);

        JsonObject fresh = write("nina", emma, """
                {"templateKey": "%s", "values": {"breathing": 4, "oxygen": true}}
                """.formatted(key));
        assertThat(fresh.getJsonObject("template").getInt("version")).isEqualTo(2);
        assertField(api(client, "POST", "/api/children/" + emma + "/reports", token("nina"), """
                {"templateKey": "%s", "values": {"breathing": "calm", "oxygen": true}}
                """.formatted(key)), "values.breathing");
        JsonObject againstV1 = write("nina", emma, """
                {"templateKey": "%s", "templateVersion": 1, "values": {"breathing": "calm"}}
                """.formatted(key));
        assertThat(againstV1.getJsonObject("template").getInt("version")).isEqualTo(1);

        JsonArray versions = jsonArray(api(client, "GET", "/api/admin/report-templates/" + key, token("admin")).body());
        assertThat(versions).hasSize(2);
        assertThat(versions.getJsonObject(0).getInt("version")).isEqualTo(1);
        assertThat(jsonArray(api(client, "GET", "/api/admin/report-templates", token("admin")).body()).stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("key").equals(key))
                .map(t -> t.getInt("version"))).containsExactly(2);

        long templates = count("select count(*) from records.report_template");
        HttpResponse<String> stale = api(client, "POST", "/api/admin/report-templates", token("admin"), """
                {"key": "%s", "title": "Hjemmebesøk", "titleEn": "Home visit", "basedOnVersion": 1, "fields": [
                  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text"}]}
                """.formatted(key));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> retired = api(client, "POST", "/api/admin/report-templates", token("admin"), """
                {"key": "%s", "title": "Hjemmebesøk", "titleEn": "Home visit", "active": false, "fields": [
                  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text"}]}
                """.formatted(key));
        assertThat(retired.statusCode()).isEqualTo(201);
        assertThat(count("select count(*) from records.report_template")).isEqualTo(templates + 1);
        assertThat(jsonArray(api(client, "GET", "/api/report-templates", token("nina")).body()).stream()
                .map(t -> t.asJsonObject().getString("key"))).doesNotContain(key);
        assertField(api(client, "POST", "/api/children/" + emma + "/reports", token("nina"), """
                {"templateKey": "%s", "values": {"notes": "x"}}
                """.formatted(key)), "templateKey");
        assertThat(api(client, "GET", "/api/children/" + emma + "/reports/" + old, token("nina")).statusCode())
                .as("a retired template's reports still read").isEqualTo(200);
    }

    @Test
    void templateDefinitionsAreCheckedFieldByField() {
        long templates = count("select count(*) from records.report_template");
        HttpResponse<String> bad = api(client, "POST", "/api/admin/report-templates", token("admin"), """
                {"key": "bad-template", "title": "Dårlig", "titleEn": "Bad", "fields": [
                  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text"},
                  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text"},
                  {"key": "mood", "label": "Humør", "labelEn": "Mood", "type": "single-choice"},
                  {"key": "weight", "label": "Vekt", "labelEn": "Weight", "type": "number", "min": 10, "max": 1},
                  {"key": "colour", "label": "Farge", "labelEn": "Colour", "type": "colour"}]}
                """);
        assertFields(bad, "fields[1].key", "fields[2].options", "fields[3].max", "fields[4].type");
        assertThat(count("select count(*) from records.report_template")).isEqualTo(templates);
    }

    @Test
    void onlyAdministratorsUseTheAdministrationApi() {
        long templates = count("select count(*) from records.report_template");
        String definition = """
                {"key": "daily-report", "title": "Dagsrapport", "titleEn": "Daily report", "fields": [
                  {"key": "notes", "label": "Notater", "labelEn": "Notes", "type": "text"}]}
                """;
        for (String persona : List.of("nina", "kari", "mor")) {
            assertThat(api(client, "GET", "/api/admin/report-templates", token(persona)).statusCode()).as(persona)
                    .isEqualTo(403);
            assertThat(api(client, "GET", "/api/admin/report-templates/daily-report", token(persona)).statusCode())
                    .as(persona).isEqualTo(403);
            assertThat(api(client, "POST", "/api/admin/report-templates", token(persona), definition).statusCode())
                    .as(persona).isEqualTo(403);
        }
        assertThat(api(client, "GET", "/api/admin/report-templates", null).statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from records.report_template")).isEqualTo(templates);
        assertThat(api(client, "GET", "/api/admin/report-templates/daily-report", token("admin")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theDemoFamilyHasThreeWeeksOfReportsSomeCorrected() {
        String emma = emmaId();
        long demo = count("select count(*) from records.report r join records.report_version v on v.report_id = r.id"
                + " where r.child_id = '" + emma + "' and v.version = 2 and r.occurred_on < current_date - 1");
        assertThat(demo).as("corrected demo reports").isGreaterThanOrEqualTo(2);
        JsonObject page = json(api(client, "GET", "/api/children/" + emma
                + "/reports?template=daily-report&limit=100", token("kari")).body());
        LocalDate threeWeeksAgo = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(21);
        assertThat(page.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("occurredOn"))
                .filter(d -> !LocalDate.parse(d).isAfter(threeWeeksAgo.plusDays(20)))
                .distinct()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(page.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("authorName")).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<String> days(JsonObject page) {
        return page.getJsonArray("reports").stream().map(r -> r.asJsonObject().getString("occurredOn")).toList();
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertFields(answer, field);
    }

    private static void assertFields(HttpResponse<String> answer, String... fields) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))).as(answer.body()).contains(fields);
    }
}

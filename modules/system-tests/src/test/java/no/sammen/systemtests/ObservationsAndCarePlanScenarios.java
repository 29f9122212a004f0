package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Observations (values judged against reference ranges, series with a trend, what the family sees) and the advance
 * care plan (versions, diffs, conflicts instead of lost updates, a physician's sign-off). Scenarios that change a
 * care plan do it on a child of their own, so Emma's demo plan stays as loaded.
 */
abstract class ObservationsAndCarePlanScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String name(String persona) {
        return persona(persona).displayName();
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    /** A child of this scenario's own: nina coordinates, lars and kari are on the team, mor is a guardian. */
    private String newChild() {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Sofie", "organisation": "Home care, Bergen"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : List.of("lars", "kari")) {
            HttpResponse<String> added = api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                    {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Sammen test team"}
                    """.formatted(persona(member).nationalId(), name(member), persona(member).professionCode()));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        HttpResponse<String> guardian = api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + name("mor") + "\"}");
        assertThat(guardian.statusCode()).as(guardian.body()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    private HttpResponse<String> observe(String child, String persona, String body) {
        return api(client, "POST", "/api/children/" + child + "/observations", token(persona), body);
    }

    private String observed(String child, String persona, String body) {
        HttpResponse<String> answer = observe(child, persona, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json(answer.body()).getString("id");
    }

    private List<String> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    // --- observations -------------------------------------------------------------------------------------------

    @Test
    void theKindsOfObservationCarryUnitsAndReferenceRanges() {
        HttpResponse<String> answer = api(client, "GET", "/api/observation-kinds", token("mor"));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonArray kinds = jsonArray(answer.body());
        assertThat(kinds.stream().map(k -> k.asJsonObject().getString("name"))).containsExactly("pain-score",
                "seizure-count", "sleep-hours", "weight", "spo2", "heart-rate", "temperature", "respiratory-rate");
        JsonObject spo2 = kinds.getJsonObject(4);
        assertThat(spo2.getString("unit")).isEqualTo("%");
        assertThat(spo2.getJsonObject("referenceRange").getJsonNumber("low").intValue()).isEqualTo(94);
        assertThat(spo2.getJsonObject("referenceRange").getJsonNumber("high").intValue()).isEqualTo(100);
        assertThat(kinds.getJsonObject(3).containsKey("referenceRange")).as("weight has no fixed range").isFalse();
        assertThat(api(client, "GET", "/api/observation-kinds", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anObservationOutOfRangeIsFlaggedAndSoIsItsTimelineEvent() {
        String emma = emmaId();
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> created = observe(emma, "kari", """
                {"kind": "spo2", "value": 91, "audience": "team-and-family", "note": "After a coughing fit"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject low = json(created.body());
        String lowId = low.getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(lowId));
        assertThat(low.getBoolean("outOfRange")).isTrue();
        assertThat(low.getJsonNumber("value").intValue()).isEqualTo(91);
        assertThat(low.getString("unit")).isEqualTo("%");
        assertThat(low.getString("audience")).isEqualTo("team-and-family");
        assertThat(low.getString("authorName")).isEqualTo(name("kari"));
        assertThat(count("select count(*) from records.observation where id = '" + lowId + "' and out_of_range"))
                .isEqualTo(1);
        assertThat(count("select count(*) from records.timeline_event where kind = 'observation-added' and entry_id = '"
                + lowId + "' and category = 'observations' and flagged and audience = 'team-and-family'")).isEqualTo(1);

        String normalId = observed(emma, "kari", "{\"kind\": \"spo2\", \"value\": 97.5}");
        assertThat(count("select count(*) from records.timeline_event where kind = 'observation-added' and entry_id = '"
                + normalId + "' and not flagged and audience = 'team'")).as("not flagged; audience team by default")
                .isEqualTo(1);

        HttpResponse<String> listed = api(client, "GET", "/api/children/" + emma + "/observations?kind=spo2&from="
                + before + "&limit=10", token("nina"));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonArray spo2 = jsonArray(listed.body());
        assertThat(ids(spo2)).as("newest first").containsExactly(normalId, lowId);
        assertThat(spo2.getJsonObject(0).getJsonNumber("value").doubleValue()).isEqualTo(97.5);
        assertThat(ids(jsonArray(api(client, "GET", "/api/children/" + emma + "/observations?kind=spo2&from=" + before
                + "&limit=1", token("nina")).body()))).containsExactly(normalId);
        assertThat(ids(jsonArray(api(client, "GET", "/api/children/" + emma + "/observations?kind=pain-score&from="
                + before, token("nina")).body()))).doesNotContain(normalId, lowId);
    }

    @Test
    void aSeriesCarriesTheReferenceRangeAndATrend() {
        String child = newChild();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            observed(child, "nina", "{\"kind\": \"pain-score\", \"value\": %d, \"observedAt\": \"%s\"}"
                    .formatted(i + 1, now.minus(5 - i, ChronoUnit.DAYS)));
        }
        observed(child, "nina", "{\"kind\": \"pain-score\", \"value\": 9, \"observedAt\": \"%s\"}"
                .formatted(now.minus(40, ChronoUnit.DAYS)));
        HttpResponse<String> answer = api(client, "GET", "/api/children/" + child
                + "/observations/series?kind=pain-score&days=30", token("kari"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject series = json(answer.body());
        assertThat(series.getString("kind")).isEqualTo("pain-score");
        assertThat(series.getInt("days")).isEqualTo(30);
        assertThat(series.getJsonObject("referenceRange").getInt("low")).isZero();
        assertThat(series.getJsonObject("referenceRange").getInt("high")).isEqualTo(3);
        JsonArray points = series.getJsonArray("points");
        assertThat(points).as("only the window, oldest first").hasSize(6);
        assertThat(points.getJsonObject(0).getInt("value")).isEqualTo(1);
        assertThat(points.getJsonObject(5).getInt("value")).isEqualTo(6);
        assertThat(points.getJsonObject(5).getString("time")).isEqualTo(now.toString());
        JsonObject trend = series.getJsonObject("trend");
        assertThat(trend.getJsonNumber("slopePerDay").doubleValue()).isCloseTo(1.0, within(0.001));
        assertThat(trend.getJsonNumber("changeOverWindow").doubleValue()).isCloseTo(30.0, within(0.05));
        assertThat(trend.getString("direction")).isEqualTo("rising");
        assertThat(trend.getJsonNumber("threshold").intValue()).isEqualTo(1);

        for (int i = 0; i < 3; i++) {
            observed(child, "kari", "{\"kind\": \"heart-rate\", \"value\": 100, \"observedAt\": \"%s\"}"
                    .formatted(now.minus(i, ChronoUnit.DAYS)));
        }
        JsonObject flat = json(api(client, "GET", "/api/children/" + child
                + "/observations/series?kind=heart-rate", token("nina")).body());
        assertThat(flat.getInt("days")).as("30 days by default").isEqualTo(30);
        assertThat(flat.getJsonObject("trend").getString("direction")).isEqualTo("stable");
        JsonObject empty = json(api(client, "GET", "/api/children/" + child
                + "/observations/series?kind=weight&days=7", token("nina")).body());
        assertThat(empty.getJsonArray("points")).isEmpty();
        assertThat(empty.containsKey("referenceRange")).isFalse();
        assertThat(empty.getJsonObject("trend").getString("direction")).isEqualTo("unknown");
    }

    @Test
    void emmaReportsHerOwnPainAndTheFamilySeesIt() {
        String emma = emmaId();
        HttpResponse<String> reported = observe(emma, "emma",
                "{\"kind\": \"pain-score\", \"value\": 4, \"audience\": \"team\", \"note\": \"My back\"}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonObject pain = json(reported.body());
        String id = pain.getString("id");
        assertThat(pain.getString("audience")).as("what the family records is shared with the family")
                .isEqualTo("team-and-family");
        assertThat(pain.getString("authorName")).isEqualTo(name("emma"));
        assertThat(pain.getBoolean("outOfRange")).isTrue();
        assertThat(count("select count(*) from records.timeline_event where kind = 'observation-added' and entry_id = '"
                + id + "' and flagged and audience = 'team-and-family'")).isEqualTo(1);
        for (String reader : List.of("mor", "nina", "emma")) {
            assertThat(ids(jsonArray(api(client, "GET", "/api/children/" + emma
                    + "/observations?kind=pain-score&limit=50", token(reader)).body()))).as(reader).contains(id);
        }
    }

    @Test
    void aTeamOnlyObservationIsInvisibleToTheFamily() {
        String child = newChild();
        String teamOnly = observed(child, "nina",
                "{\"kind\": \"weight\", \"value\": 20.5, \"audience\": \"team\", \"note\": \"Weighed at the clinic\"}");
        String shared = observed(child, "nina", "{\"kind\": \"weight\", \"value\": 20.7, \"audience\": \"team-and-family\"}");
        assertThat(ids(jsonArray(api(client, "GET", "/api/children/" + child + "/observations", token("nina")).body())))
                .containsExactly(shared, teamOnly);
        HttpResponse<String> mors = api(client, "GET", "/api/children/" + child + "/observations", token("mor"));
        assertThat(mors.statusCode()).isEqualTo(200);
        assertThat(ids(jsonArray(mors.body()))).containsExactly(shared);
        assertThat(mors.body()).doesNotContain("Weighed at the clinic");
        assertThat(json(api(client, "GET", "/api/children/" + child + "/observations/series?kind=weight", token("mor"))
                .body()).getJsonArray("points")).hasSize(1);
        assertThat(json(api(client, "GET", "/api/children/" + child + "/observations/series?kind=weight", token("nina"))
                .body()).getJsonArray("points")).hasSize(2);

        String mine = observed(child, "mor", "{\"kind\": \"weight\", \"value\": 20.6, \"audience\": \"team\"}");
        assertThat(ids(jsonArray(api(client, "GET", "/api/children/" + child + "/observations", token("mor")).body())))
                .as("a guardian's own entry is shared with the family").containsExactlyInAnyOrder(shared, mine);

        JsonArray emmasSpo2 = jsonArray(api(client, "GET", "/api/children/" + emmaId()
                + "/observations?kind=spo2&limit=1000", token("mor")).body());
        assertThat(emmasSpo2).isNotEmpty();
        assertThat(emmasSpo2.stream().map(o -> o.asJsonObject().getString("audience")))
                .containsOnly("team-and-family");
    }

    @Test
    void badValuesNameTheFieldAndNothingIsWritten() {
        String emma = emmaId();
        String observations = "select count(*) from records.observation where child_id = '" + emma + "'";
        String events = "select count(*) from records.timeline_event where child_id = '" + emma + "'";
        long before = count(observations);
        long eventsBefore = count(events);
        String soon = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": 11}"), "value");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": 2.5}"), "value");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": \"high\"}"), "value");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\"}"), "value");
        assertField(observe(emma, "nina", "{\"kind\": \"spo2\", \"value\": 101}"), "value");
        assertField(observe(emma, "nina", "{\"kind\": \"blood-sugar\", \"value\": 5}"), "kind");
        assertField(observe(emma, "nina", "{\"value\": 5}"), "kind");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": 2, \"observedAt\": \"" + soon + "\"}"),
                "observedAt");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": 2, \"observedAt\": \"yesterday\"}"),
                "observedAt");
        assertField(observe(emma, "nina", "{\"kind\": \"pain-score\", \"value\": 2, \"audience\": \"everyone\"}"),
                "audience");
        assertField(observe(emma, "emma", "{\"kind\": \"pain-score\", \"value\": 12}"), "value");
        String path = "/api/children/" + emma + "/observations";
        assertField(api(client, "GET", path + "/series?kind=nope", token("nina")), "kind");
        assertField(api(client, "GET", path + "/series", token("nina")), "kind");
        assertField(api(client, "GET", path + "/series?kind=spo2&days=0", token("nina")), "days");
        assertField(api(client, "GET", path + "/series?kind=spo2&days=many", token("nina")), "days");
        assertField(api(client, "GET", path + "?limit=0", token("nina")), "limit");
        assertField(api(client, "GET", path + "?from=last-week", token("nina")), "from");
        assertField(api(client, "GET", path + "?kind=nope", token("nina")), "kind");
        assertThat(count(observations)).isEqualTo(before);
        assertThat(count(events)).isEqualTo(eventsBefore);
    }

    @Test
    void aStrangerGetsNotFoundAndNothingIsWritten() {
        String emma = emmaId();
        long observations = count("select count(*) from records.observation");
        long versions = count("select count(*) from records.care_plan_version");
        long events = count("select count(*) from records.timeline_event");
        String base = "/api/children/" + emma;
        assertThat(observe(emma, "ute", "{\"kind\": \"pain-score\", \"value\": 2}").statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", base + "/observations", token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", base + "/observations/series?kind=pain-score", token("ute")).statusCode())
                .isEqualTo(404);
        assertThat(api(client, "GET", base + "/care-plan", token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", base + "/care-plan/versions", token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", base + "/care-plan/versions/1/diff/2", token("ute")).statusCode()).isEqualTo(404);
        assertThat(api(client, "PUT", base + "/care-plan", token("ute"),
                "{\"basedOnVersion\": 2, \"sections\": {\"goalsOfCare\": \"Mine now\"}}").statusCode()).isEqualTo(404);
        assertThat(api(client, "POST", base + "/care-plan/versions/2/sign-off", token("ute")).statusCode())
                .isEqualTo(404);
        assertThat(count("select count(*) from records.observation")).isEqualTo(observations);
        assertThat(count("select count(*) from records.care_plan_version")).isEqualTo(versions);
        assertThat(count("select count(*) from records.timeline_event")).isEqualTo(events);
    }

    // --- the advance care plan ----------------------------------------------------------------------------------

    private static final String FIRST_PLAN = """
            {"note": "First plan, with the family",
             "sections": {
               "goalsOfCare": "Comfort first.\\nSchool two days a week.\\nTime with friends.",
               "resuscitation": {"decision": "full-resuscitation", "text": "Discussed with the parents."},
               "preferredPlaceOfCare": "Home",
               "symptomPlans": [{"symptom": "Pain", "plan": "Paracetamol as prescribed"}],
               "whoToCall": [{"when": "Daytime", "name": "Nina", "role": "Coordinator", "phone": "+47 900 00 010"}]}}""";

    private static String secondPlan(int basedOn) {
        return """
                {"basedOnVersion": %d, "note": "After the family meeting",
                 "sections": {
                   "goalsOfCare": "Comfort first.\\nSchool when Sofie has the strength.\\nTime with friends.",
                   "resuscitation": {"decision": "no-cpr", "text": "Discussed with the parents."},
                   "preferredPlaceOfCare": "Home",
                   "symptomPlans": [{"symptom": "Pain", "plan": "Paracetamol as prescribed"},
                                    {"symptom": "Seizures", "plan": "Midazolam after 5 minutes"}],
                   "whoToCall": [{"when": "Daytime", "name": "Nina", "role": "Coordinator", "phone": "+47 900 00 010"}]}}
                """.formatted(basedOn);
    }

    private static String plan(Integer basedOn, String goals) {
        return "{" + (basedOn == null ? "" : "\"basedOnVersion\": " + basedOn + ", ")
                + "\"sections\": {\"goalsOfCare\": \"" + goals + "\"}}";
    }

    private HttpResponse<String> putPlan(HttpBrowser browser, String child, String persona, String body) {
        return api(browser, "PUT", "/api/children/" + child + "/care-plan", token(persona), body);
    }

    private JsonObject written(String child, String persona, String body) {
        HttpResponse<String> answer = putPlan(client, child, persona, body);
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return json(answer.body());
    }

    private long versionsOf(String child) {
        return count("select count(*) from records.care_plan_version where child_id = '" + child + "'");
    }

    @Test
    void theCarePlanIsVersionedAndTwoVersionsCompareSectionBySection() {
        String child = newChild();
        String base = "/api/children/" + child + "/care-plan";
        assertThat(api(client, "GET", base, token("nina")).statusCode()).as("no plan yet").isEqualTo(404);

        HttpResponse<String> first = putPlan(client, child, "lars", FIRST_PLAN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/care-plan/versions/1"));
        JsonObject v1 = json(first.body());
        assertThat(v1.getInt("version")).isEqualTo(1);
        assertThat(v1.getString("audience")).as("the care plan is shared with the family by default")
                .isEqualTo("team-and-family");
        assertThat(v1.getBoolean("signed")).isFalse();
        assertThat(v1.getString("authorName")).isEqualTo(name("lars"));

        HttpResponse<String> second = putPlan(client, child, "nina", secondPlan(1));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonObject v2 = json(second.body());
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("id")).isNotEqualTo(v1.getString("id"));

        JsonObject current = json(api(client, "GET", base, token("kari")).body());
        assertThat(current.getInt("version")).isEqualTo(2);
        assertThat(current.getBoolean("current")).isTrue();
        assertThat(current.getJsonObject("sections").getJsonObject("resuscitation").getString("decision"))
                .isEqualTo("no-cpr");
        JsonArray versions = jsonArray(api(client, "GET", base + "/versions", token("kari")).body());
        assertThat(versions.stream().map(v -> v.asJsonObject().getInt("version"))).containsExactly(2, 1);
        assertThat(versions.getJsonObject(1).getString("authorName")).isEqualTo(name("lars"));
        assertThat(versions.getJsonObject(1).getBoolean("signed")).isFalse();
        assertThat(versions.getJsonObject(0).getBoolean("current")).isTrue();
        JsonObject old = json(api(client, "GET", base + "/versions/1", token("kari")).body());
        assertThat(old.getJsonObject("sections").getString("goalsOfCare")).contains("School two days a week.");
        assertThat(old.getBoolean("current")).isFalse();

        HttpResponse<String> compared = api(client, "GET", base + "/versions/1/diff/2", token("mor"));
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        JsonObject diff = json(compared.body());
        assertThat(diff.getJsonArray("changedSections").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("goalsOfCare", "resuscitation", "symptomPlans");
        assertThat(lines(diff.getJsonObject("goalsOfCare"))).containsExactly(
                "unchanged Comfort first.", "removed School two days a week.",
                "added School when Sofie has the strength.", "unchanged Time with friends.");
        JsonObject decision = diff.getJsonObject("resuscitation").getJsonObject("decision");
        assertThat(decision.getString("from")).isEqualTo("full-resuscitation");
        assertThat(decision.getString("to")).isEqualTo("no-cpr");
        assertThat(diff.getJsonObject("resuscitation").getJsonObject("text").getBoolean("changed")).isFalse();
        JsonObject symptoms = diff.getJsonObject("symptomPlans");
        assertThat(symptoms.getJsonArray("added")).hasSize(1);
        assertThat(symptoms.getJsonArray("added").getJsonObject(0).getString("symptom")).isEqualTo("Seizures");
        assertThat(symptoms.getJsonArray("removed")).isEmpty();
        assertThat(diff.getJsonObject("whoToCall").getBoolean("changed")).isFalse();
        assertThat(diff.getJsonObject("preferredPlaceOfCare").getBoolean("changed")).isFalse();

        for (JsonObject v : List.of(v1, v2)) {
            assertThat(count("select count(*) from records.timeline_event where kind = 'care-plan-changed' and entry_id = '"
                    + v.getString("id") + "' and category = 'care-plan' and audience = 'team-and-family'"))
                    .isEqualTo(1);
        }
        assertThat(json(api(client, "GET", base, token("mor")).body()).getInt("version"))
                .as("the family reads the plan").isEqualTo(2);
        assertThat(api(client, "GET", base + "/versions/3", token("nina")).statusCode()).isEqualTo(404);
        assertField(api(client, "GET", base + "/versions/first", token("nina")), "version");
        assertField(api(client, "GET", base + "/versions/1/diff/0", token("nina")), "to");
    }

    @Test
    void aVersionForTheTeamOnlyIsHiddenFromTheFamily() {
        String child = newChild();
        String base = "/api/children/" + child + "/care-plan";
        written(child, "nina", plan(null, "Shared with the family"));
        JsonObject teamOnly = json(putPlan(client, child, "nina",
                "{\"basedOnVersion\": 1, \"audience\": \"team\", \"sections\": {\"goalsOfCare\": \"For the team\"}}")
                .body());
        assertThat(teamOnly.getString("audience")).isEqualTo("team");
        assertThat(json(api(client, "GET", base, token("kari")).body()).getInt("version")).isEqualTo(2);
        JsonObject morsPlan = json(api(client, "GET", base, token("mor")).body());
        assertThat(morsPlan.getInt("version")).isEqualTo(1);
        assertThat(morsPlan.getJsonObject("sections").getString("goalsOfCare")).isEqualTo("Shared with the family");
        assertThat(jsonArray(api(client, "GET", base + "/versions", token("mor")).body())).hasSize(1);
        assertThat(api(client, "GET", base + "/versions/2", token("mor")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", base + "/versions/1/diff/2", token("mor")).statusCode()).isEqualTo(404);
        assertThat(count("select count(*) from records.timeline_event where entry_id = '" + teamOnly.getString("id")
                + "' and audience = 'team'")).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingAtOnceGetAConflictNotALostUpdate() throws Exception {
        String child = newChild();
        String base = "/api/children/" + child + "/care-plan";
        written(child, "nina", plan(null, "First"));
        written(child, "nina", plan(1, "Nina's change"));
        HttpResponse<String> stale = putPlan(client, child, "lars", plan(1, "Lars's change"));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json(stale.body()).getString("detail")).contains("changed by " + name("nina"))
                .contains("now version 2");
        assertThat(json(api(client, "GET", base, token("lars")).body()).getJsonObject("sections")
                .getString("goalsOfCare")).isEqualTo("Nina's change");
        assertThat(versionsOf(child)).isEqualTo(2);
        assertThat(putPlan(client, child, "lars", plan(null, "A second first")).statusCode())
                .as("a plan exists: basedOnVersion is needed").isEqualTo(409);

        // the same version, sent at the same moment by two people: exactly one wins
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                int basedOn = 2 + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String persona : List.of("nina", "lars")) {
                    String body = plan(basedOn, persona + " in round " + round);
                    HttpBrowser own = new HttpBrowser();
                    token(persona);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return putPlan(own, child, persona, body);
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                String winner = null;
                for (var answer : answers) {
                    HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 200) {
                        winner = json(response.body()).getJsonObject("sections").getString("goalsOfCare");
                    } else {
                        assertThat(json(response.body()).getString("detail")).contains("reload");
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                assertThat(versionsOf(child)).isEqualTo(3 + round);
                assertThat(json(api(client, "GET", base, token("kari")).body()).getJsonObject("sections")
                        .getString("goalsOfCare")).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from records.timeline_event where kind = 'care-plan-changed' and child_id = '"
                + child + "'")).isEqualTo(5);
    }

    @Test
    void onlyAPhysicianSignsOffAndOnlyTheCurrentVersion() {
        String child = newChild();
        String base = "/api/children/" + child + "/care-plan";
        String v1 = written(child, "nina", plan(null, "First")).getString("id");
        String signed = "select count(*) from records.care_plan_sign_off where version_id = '" + v1 + "'";
        String signedEvent = "select count(*) from records.timeline_event where kind = 'care-plan-signed' and entry_id = '"
                + v1 + "'";
        HttpResponse<String> byKari = api(client, "POST", base + "/versions/1/sign-off", token("kari"));
        assertThat(byKari.statusCode()).as(byKari.body()).isEqualTo(403);
        assertThat(json(byKari.body()).getString("detail")).as("a physiotherapist reads the care plan only")
                .contains("care-plan");
        HttpResponse<String> byNina = api(client, "POST", base + "/versions/1/sign-off", token("nina"));
        assertThat(byNina.statusCode()).isEqualTo(403);
        assertThat(json(byNina.body()).getString("detail")).as("a nurse writes the plan but does not sign it off")
                .contains("physician");
        assertThat(api(client, "POST", base + "/versions/1/sign-off", token("mor")).statusCode()).isEqualTo(403);
        assertThat(count(signed)).isZero();
        assertThat(count(signedEvent)).isZero();

        HttpResponse<String> byLars = api(client, "POST", base + "/versions/1/sign-off", token("lars"));
        assertThat(byLars.statusCode()).as(byLars.body()).isEqualTo(200);
        JsonObject version = json(byLars.body());
        assertThat(version.getBoolean("signed")).isTrue();
        assertThat(version.getString("signedOffBy")).isEqualTo(name("lars"));
        assertThat(version.containsKey("signedOffAt")).isTrue();
        assertThat(count(signed)).isEqualTo(1);
        assertThat(count(signedEvent)).isEqualTo(1);
        assertThat(api(client, "POST", base + "/versions/1/sign-off", token("lars")).statusCode())
                .as("already signed").isEqualTo(409);

        written(child, "nina", plan(1, "Second"));
        written(child, "nina", plan(2, "Third"));
        HttpResponse<String> stale = api(client, "POST", base + "/versions/2/sign-off", token("lars"));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json(stale.body()).getString("detail")).contains("no longer the current");
        assertThat(json(api(client, "GET", base + "/versions/2", token("lars")).body()).getBoolean("signed")).isFalse();
        assertThat(api(client, "POST", base + "/versions/3/sign-off", token("lars")).statusCode()).isEqualTo(200);
        assertThat(api(client, "POST", base + "/versions/9/sign-off", token("lars")).statusCode()).isEqualTo(404);
        assertThat(jsonArray(api(client, "GET", base + "/versions", token("mor")).body()).stream()
                .map(v -> v.asJsonObject().getBoolean("signed"))).containsExactly(true, false, true);
    }

    @Test
    void theFamilyReadsButDoesNotWriteTheCarePlan() {
        String child = newChild();
        written(child, "nina", plan(null, "First"));
        HttpResponse<String> byMor = putPlan(client, child, "mor", plan(1, "Changed by a guardian"));
        assertThat(byMor.statusCode()).as(byMor.body()).isEqualTo(403);
        assertThat(versionsOf(child)).isEqualTo(1);
        assertThat(json(api(client, "GET", "/api/children/" + child + "/care-plan", token("mor")).body())
                .getJsonObject("sections").getString("goalsOfCare")).isEqualTo("First");

        String emma = emmaId();
        long emmasVersions = versionsOf(emma);
        assertThat(putPlan(client, emma, "emma", plan(emmasVersions > 0 ? (int) emmasVersions : null, "Mine"))
                .statusCode()).as("the child").isEqualTo(403);
        assertThat(putPlan(client, emma, "far", plan(null, "Mine")).statusCode()).isEqualTo(403);
        assertThat(versionsOf(emma)).isEqualTo(emmasVersions);
    }

    @Test
    void badCarePlansNameTheFieldAndNothingIsWritten() {
        String child = newChild();
        assertField(putPlan(client, child, "nina", "{\"note\": \"no sections\"}"), "sections");
        assertField(putPlan(client, child, "nina", "{\"sections\": {\"goalsOfCare\": \" \"}}"), "sections.goalsOfCare");
        assertField(putPlan(client, child, "nina",
                "{\"sections\": {\"goalsOfCare\": \"x\", \"resuscitation\": {\"decision\": \"maybe\"}}}"),
                "sections.resuscitation.decision");
        assertField(putPlan(client, child, "nina", "{\"sections\": {\"goalsOfCare\": \"x\", \"whoToCall\": "
                + "[{\"when\": \"Nights\", \"name\": \"On call\", \"phone\": \"call me\"}]}}"), "sections.whoToCall[0].phone");
        assertField(putPlan(client, child, "nina", "{\"sections\": {\"goalsOfCare\": \"x\", \"symptomPlans\": "
                + "[{\"symptom\": \"Pain\"}]}}"), "sections.symptomPlans[0].plan");
        assertField(putPlan(client, child, "nina", "{\"audience\": \"everyone\", \"sections\": {\"goalsOfCare\": \"x\"}}"),
                "audience");
        assertField(putPlan(client, child, "nina", "{\"sections\": {\"goalsOfCare\": \"" + "x".repeat(20_001) + "\"}}"),
                "sections.goalsOfCare");
        assertThat(putPlan(client, child, "nina", plan(1, "No plan to base it on")).statusCode()).isEqualTo(409);
        HttpResponse<String> malformed = putPlan(client, child, "nina", "{\"sections\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        assertThat(versionsOf(child)).isZero();
        assertThat(count("select count(*) from records.care_plan where child_id = '" + child + "'")).isZero();
    }

    @Test
    void emmasDemoRecordHasThreeWeeksOfObservationsAndASignedCarePlan() {
        String emma = emmaId();
        JsonObject pain = json(api(client, "GET", "/api/children/" + emma
                + "/observations/series?kind=pain-score&days=21", token("mor")).body());
        assertThat(pain.getJsonArray("points").size()).isGreaterThanOrEqualTo(30);
        assertThat(count("select count(distinct kind) from records.observation where child_id = '" + emma + "'"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from records.observation where child_id = '" + emma + "' and out_of_range"))
                .isPositive();
        JsonArray versions = jsonArray(api(client, "GET", "/api/children/" + emma + "/care-plan/versions",
                token("mor")).body());
        assertThat(versions.size()).isGreaterThanOrEqualTo(2);
        JsonObject first = versions.getJsonObject(versions.size() - 1);
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getBoolean("signed")).isTrue();
        assertThat(first.getString("signedOffBy")).isEqualTo(name("lars"));
        assertThat(json(api(client, "GET", "/api/children/" + emma + "/care-plan/versions/1/diff/2", token("nina"))
                .body()).getJsonArray("changedSections").toString()).contains("resuscitation");
    }

    private static List<String> lines(JsonObject textDiff) {
        return textDiff.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("change") + " " + l.getString("text")).toList();
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))).as(answer.body()).contains(field);
    }
}

package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Children, their care teams and families: who sees a child at all (a stranger cannot learn it exists), who may
 * change the team, and bad input that changes nothing.
 */
abstract class ChildrenScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    @Test
    void everyoneSeesTheChildrenTheyAreRelatedTo() {
        assertThat(relationToEmma("nina")).isEqualTo("coordinator");
        assertThat(relationToEmma("kari")).isEqualTo("member");
        assertThat(relationToEmma("tone")).isEqualTo("member");
        assertThat(relationToEmma("mor")).isEqualTo("guardian");
        assertThat(relationToEmma("emma")).isEqualTo("child");
        assertThat(jsonArray(api(client, "GET", "/api/children", token("ute")).body())).isEmpty();
    }

    @Test
    void aStrangerCannotLearnThatAChildExists() {
        String emma = emmaId();
        for (String path : new String[]{"/api/children/" + emma, "/api/children/" + emma + "/care-team",
                "/api/children/" + emma + "/family"}) {
            HttpResponse<String> hidden = api(client, "GET", path, token("ute"));
            HttpResponse<String> missing = api(client, "GET", path.replace(emma, "0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"),
                    token("ute"));
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(json(hidden.body()).getString("detail")).isEqualTo(json(missing.body()).getString("detail"));
        }
        assertThat(api(client, "GET", "/api/children/" + emma, token("admin")).statusCode())
                .as("administrators do not see children").isEqualTo(404);
    }

    @Test
    void thePagesAnswerAsTheApiDoes() {
        String emma = emmaId();
        HttpBrowser kari = new HttpBrowser();
        signIn(kari, persona("kari"));
        HttpResponse<String> overview = kari.get(base() + "/app/child.xhtml?id=" + emma);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Levetiracetam").contains("Nina Sykepleier");
        assertThat(kari.get(base() + "/app/home.xhtml").body()).contains("/app/child.xhtml?id=" + emma);

        HttpBrowser ute = new HttpBrowser();
        signIn(ute, persona("ute"));
        HttpResponse<String> hidden = ute.get(base() + "/app/child.xhtml?id=" + emma);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Emma").doesNotContain("Levetiracetam").doesNotContain("NotFoundException")
                .doesNotContain("at no.sammen");
        assertThat(ute.get(base() + "/app/child.xhtml?id=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void aMalformedChildIdIsBadInputNamingTheField() {
        HttpResponse<String> answer = api(client, "GET", "/api/children/not-an-id", token("kari"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("childId");
    }

    @Test
    void theTeamSeesTheProfileAndTheTeam() {
        String emma = emmaId();
        JsonObject profile = json(api(client, "GET", "/api/children/" + emma, token("kari")).body());
        assertThat(profile.getString("name")).isEqualTo("Emma");
        assertThat(profile.getInt("age")).isEqualTo(14);
        assertThat(profile.getJsonArray("medications")).isNotEmpty();
        assertThat(profile.toString()).doesNotContain("15831250086");
        var team = jsonArray(api(client, "GET", "/api/children/" + emma + "/care-team", token("mor")).body());
        assertThat(team).hasSizeGreaterThanOrEqualTo(7);
        assertThat(team.getJsonObject(0).getString("role")).isEqualTo("coordinator");
    }

    @Test
    void aCoordinatorRegistersAChildAndBuildsTheTeam() {
        String nid = SyntheticNationalIds.child();
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Jonas", "organisation": "Home care, Bergen",
                 "diagnoses": [{"code": "G12.0", "text": "Spinal muscular atrophy", "since": "2020-01-01"}]}
                """.formatted(nid));
        assertThat(created.statusCode()).isEqualTo(201);
        String jonas = json(created.body()).getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(jonas));

        assertThat(api(client, "GET", "/api/children/" + jonas, token("kari")).statusCode()).as("not yet on the team")
                .isEqualTo(404);
        HttpResponse<String> added = api(client, "POST", "/api/children/" + jonas + "/care-team", token("nina"), """
                {"nationalId": "%s", "name": "Kari Fysio", "profession": "FT", "organisation": "Physiotherapy",
                 "from": "2026-01-01"}
                """.formatted(persona("kari").nationalId()));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(api(client, "GET", "/api/children/" + jonas, token("kari")).statusCode()).isEqualTo(200);

        String membership = json(added.body()).getString("id");
        HttpResponse<String> ended = api(client, "PATCH", "/api/children/" + jonas + "/care-team/" + membership,
                token("nina"), "{\"to\": \"" + LocalDate.now().minusDays(1) + "\"}");
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(json(ended.body()).getBoolean("active")).isFalse();
        assertThat(api(client, "GET", "/api/children/" + jonas, token("kari")).statusCode()).as("left the team")
                .isEqualTo(404);

        HttpResponse<String> guardian = api(client, "POST", "/api/children/" + jonas + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("far").nationalId() + "\", \"name\": \"Frode Far\"}");
        assertThat(guardian.statusCode()).isEqualTo(201);
        assertThat(jsonArray(api(client, "GET", "/api/children", token("far")).body()).toString()).contains("Jonas");
    }

    @Test
    void onlyTheCoordinatorChangesTheTeamAndNothingIsWrittenOtherwise() {
        String emma = emmaId();
        long members = count("select count(*) from records.care_team_member");
        String newMember = """
                {"nationalId": "%s", "name": "Ute Utenfor", "profession": "FT", "organisation": "Elsewhere"}
                """.formatted(persona("ute").nationalId());
        assertThat(api(client, "POST", "/api/children/" + emma + "/care-team", token("kari"), newMember).statusCode())
                .isEqualTo(403);
        assertThat(api(client, "POST", "/api/children/" + emma + "/care-team", token("mor"), newMember).statusCode())
                .isEqualTo(403);
        assertThat(api(client, "POST", "/api/children/" + emma + "/care-team", token("ute"), newMember).statusCode())
                .isEqualTo(404);
        assertThat(count("select count(*) from records.care_team_member")).isEqualTo(members);
        assertThat(api(client, "POST", "/api/children", token("kari"),
                "{\"nationalId\": \"" + SyntheticNationalIds.child() + "\", \"name\": \"X\", \"organisation\": \"Y\"}")
                .statusCode()).as("only coordinators register children").isEqualTo(403);
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        long children = count("select count(*) from records.child");
        long people = count("select count(*) from identity.person");
        assertField(api(client, "POST", "/api/children", token("nina"),
                "{\"nationalId\": \"15831250087\", \"name\": \"Bad\", \"organisation\": \"Y\"}"), "nationalId");
        assertField(api(client, "POST", "/api/children", token("nina"),
                "{\"nationalId\": \"" + SyntheticNationalIds.child() + "\", \"organisation\": \"Y\"}"), "name");
        assertField(api(client, "POST", "/api/children", token("nina"),
                "{\"nationalId\": \"" + SyntheticNationalIds.child() + "\", \"name\": \"X\", \"organisation\": \"Y\","
                        + " \"contacts\": [{\"name\": \"A\", \"phone\": \"call me\"}]}"), "contacts[0].phone");
        assertField(api(client, "POST", "/api/children", token("nina"),
                "{\"nationalId\": \"" + SyntheticNationalIds.child() + "\", \"name\": \"X\", \"organisation\": \"Y\","
                        + " \"diagnoses\": [{\"code\": \"not icd\", \"text\": \"x\"}]}"), "diagnoses[0].code");
        HttpResponse<String> malformed = api(client, "POST", "/api/children", token("nina"), "{\"name\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        HttpResponse<String> wrongType = api(client, "POST", "/api/children", token("nina"), "{\"contacts\": \"x\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from records.child")).isEqualTo(children);
        assertThat(count("select count(*) from identity.person")).isEqualTo(people);
    }

    @Test
    void aStaleProfileVersionIsAConflictNotALostUpdate() {
        String emma = emmaId();
        JsonObject profile = json(api(client, "GET", "/api/children/" + emma, token("nina")).body());
        long version = profile.getJsonNumber("version").longValue();
        HttpResponse<String> first = api(client, "PUT", "/api/children/" + emma, token("nina"),
                "{\"version\": " + version + ", \"name\": \"Emma\"}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first.body()).getJsonNumber("version").longValue()).isEqualTo(version + 1);
        HttpResponse<String> stale = api(client, "PUT", "/api/children/" + emma, token("lars"),
                "{\"version\": " + version + ", \"name\": \"Someone else\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(api(client, "GET", "/api/children/" + emma, token("nina")).body()).getString("name"))
                .isEqualTo("Emma");
        assertThat(api(client, "PUT", "/api/children/" + emma, token("mor"),
                "{\"version\": " + (version + 1) + ", \"name\": \"Renamed\"}").statusCode()).as("guardians").isEqualTo(403);
    }

    private String relationToEmma(String persona) {
        var mine = jsonArray(api(client, "GET", "/api/children", token(persona)).body());
        return mine.stream().map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().map(c -> c.getString("relation")).orElse("none");
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))).contains(field);
    }
}

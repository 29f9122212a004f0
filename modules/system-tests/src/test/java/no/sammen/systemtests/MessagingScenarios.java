package no.sammen.systemtests;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import no.sammen.devstack.SammenServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care team's chat and the adolescent's confidential channel (issue 7): who takes part in which thread, long
 * messages, edits and deletion, references, unread counts and receipts (and the handover's count of them), the
 * audit entries, and the live feed — reconnecting after a drop, closing on lost access, and delivery across two
 * instances over one database. Emma's record is used where the confidential channel needs the real adolescent; the
 * rest builds its own child.
 */
abstract class MessagingScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emma() {
        return childNamed(client, token("nina"), "Emma");
    }

    private String personId(String persona) {
        return json(api(client, "GET", "/api/me", token(persona)).body()).getString("id");
    }

    /** A new child with nina (coordinator), kari and ola on the team, mor as guardian, consents to everyone. */
    private String freshChild() {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Sander", "organisation": "Home care, Bodø"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : List.of("kari", "ola")) {
            var p = persona(member);
            assertThat(api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                    {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Bodø municipality",
                     "from": "%s"}
                    """.formatted(p.nationalId(), p.displayName(), p.professionCode(), LocalDate.now().minusDays(30)))
                    .statusCode()).isEqualTo(201);
        }
        assertThat(api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}").statusCode()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    private List<JsonObject> threads(String persona, String child) {
        HttpResponse<String> list = api(client, "GET", "/api/children/" + child + "/threads", token(persona));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return jsonArray(list.body()).stream().map(JsonValue::asJsonObject).toList();
    }

    private String thread(String persona, String child, String kind) {
        return threads(persona, child).stream().filter(t -> t.getString("kind").equals(kind)).findFirst()
                .orElseThrow().getString("id");
    }

    /** The persona opens a thread of this kind with one chosen participant; its id. */
    private String open(String persona, String child, String kind, String title, String participant) {
        HttpResponse<String> opened = api(client, "POST", "/api/children/" + child + "/threads", token(persona), """
                {"kind": "%s", "title": "%s", "participants": ["%s"]}
                """.formatted(kind, title, personId(participant)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json(opened.body()).getString("id");
    }

    private JsonObject post(String persona, String thread, String body) {
        HttpResponse<String> posted = api(client, "POST", "/api/threads/" + thread + "/messages", token(persona),
                "{\"body\": " + jakarta.json.Json.createValue(body) + "}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return json(posted.body());
    }

    private JsonObject page(String persona, String thread, long after) {
        HttpResponse<String> page = api(client, "GET", "/api/threads/" + thread + "/messages?after=" + after,
                token(persona));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return json(page.body());
    }

    private static long messagesIn(String thread) {
        return count("select count(*) from messaging.message where thread_id = '" + thread + "'");
    }

    private String ticket(String base, String persona, String thread) {
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/threads/" + thread
                        + "/live-ticket")).header("Authorization", "Bearer " + token(persona))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()), base);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return json(issued.body()).getString("ticket");
    }

    private static List<String> bodies(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getString("body")).toList();
    }

    // ------------------------------------------------------------------------------------------------ threads

    @Test
    void theConfidentialThreadIsTheAdolescentsAndTheChosenProfessionalsAndDoesNotExistForTheGuardians() {
        String emma = emma();
        String confidential = open("emma", emma, "confidential", "Bare oss", "kari");
        post("emma", confidential, "Jeg er redd for operasjonen.");
        assertThat(post("kari", confidential, "Takk for at du sier det.").getInt("seq")).isEqualTo(2);

        assertThat(threads("kari", emma)).extracting(t -> t.getString("id")).contains(confidential);
        assertThat(threads("emma", emma)).extracting(t -> t.getString("id")).contains(confidential);
        long stored = messagesIn(confidential);
        for (String guardian : List.of("mor", "far")) {
            assertThat(threads(guardian, emma)).extracting(t -> t.getString("id")).doesNotContain(confidential);
            assertThat(threads(guardian, emma)).extracting(t -> t.getString("kind")).containsExactly("family");
            for (String path : List.of("", "/messages", "/receipts", "/messages/" + confidential + "/versions")) {
                HttpResponse<String> refused = api(client, "GET", "/api/threads/" + confidential + path,
                        token(guardian));
                assertThat(refused.statusCode()).as(guardian + " GET " + path).isEqualTo(404);
                assertThat(refused.body()).doesNotContain("Bare oss").doesNotContain("redd");
            }
            assertThat(api(client, "POST", "/api/threads/" + confidential + "/messages", token(guardian),
                    "{\"body\": \"Hei\"}").statusCode()).isEqualTo(404);
            assertThat(api(client, "POST", "/api/threads/" + confidential + "/live-ticket", token(guardian))
                    .statusCode()).isEqualTo(404);
        }
        assertThat(messagesIn(confidential)).as("nothing written by the guardians").isEqualTo(stored);
        assertThat(api(client, "GET", "/api/threads/" + confidential, token("ola")).statusCode())
                .as("a professional Emma did not choose").isEqualTo(404);
        assertThat(api(client, "POST", "/api/children/" + emma + "/threads", token("mor"), """
                {"kind": "confidential", "title": "x", "participants": ["%s"]}
                """.formatted(personId("kari"))).statusCode()).as("only the adolescent opens one").isEqualTo(403);
        assertThat(api(client, "POST", "/api/children/" + emma + "/threads", token("emma"), """
                {"kind": "confidential", "title": "x", "participants": ["%s"]}
                """.formatted(personId("mor"))).statusCode()).as("with professionals of the team only")
                .isEqualTo(400);
    }

    @Test
    void theTeamGroupAndFamilyThreadsHaveTheirOwnPeople() {
        String child = freshChild();
        assertThat(threads("kari", child)).extracting(t -> t.getString("kind")).containsExactly("team", "family");
        assertThat(threads("mor", child)).extracting(t -> t.getString("kind")).containsExactly("family");
        String team = thread("kari", child, "team");
        assertThat(api(client, "GET", "/api/threads/" + team + "/messages", token("mor")).statusCode()).isEqualTo(404);
        assertThat(api(client, "GET", "/api/children/" + child + "/threads", token("ute")).statusCode())
                .as("someone on no team").isEqualTo(404);

        String family = thread("mor", child, "family");
        post("mor", family, "Sander sov godt i natt.");
        assertThat(bodies(page("ola", family, 0).getJsonArray("messages").getValuesAs(JsonObject.class)))
                .containsExactly("Sander sov godt i natt.");

        String groupId = open("nina", child, "group", "Hjelpemidler", "ola");
        assertThat(threads("ola", child)).extracting(t -> t.getString("id")).contains(groupId);
        assertThat(threads("kari", child)).extracting(t -> t.getString("id")).doesNotContain(groupId);
        assertThat(api(client, "GET", "/api/threads/" + groupId, token("kari")).statusCode()).isEqualTo(404);
        assertThat(api(client, "POST", "/api/children/" + child + "/threads", token("mor"), """
                {"kind": "group", "title": "x", "participants": ["%s"]}
                """.formatted(personId("ola"))).statusCode()).as("groups are the team's").isEqualTo(403);

        HttpResponse<String> in = api(client, "PUT", "/api/threads/" + team, token("mor"), "{\"includeFamily\": true}");
        assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
        assertThat(threads("mor", child)).extracting(t -> t.getString("kind")).containsExactly("team", "family");
        assertThat(api(client, "PUT", "/api/threads/" + team, token("kari"), "{\"includeFamily\": false}")
                .statusCode()).as("a member who is not the coordinator").isEqualTo(403);
        assertThat(api(client, "PUT", "/api/threads/" + team, token("nina"), "{\"includeFamily\": false}")
                .statusCode()).isEqualTo(200);
        assertThat(threads("mor", child)).extracting(t -> t.getString("kind")).containsExactly("family");
    }

    // ------------------------------------------------------------------------------------------------ messages

    @Test
    void aMessageOf64000CharactersIsKeptWholeAndOneMoreIsRefusedWithNothingStored() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        String longest = "ø".repeat(63_999) + "!";
        JsonObject posted = post("kari", team, longest);
        assertThat(page("ola", team, 0).getJsonArray("messages").getJsonObject(0).getString("body"))
                .isEqualTo(longest);
        assertThat(posted.getString("body")).hasSize(64_000);

        long before = messagesIn(team);
        HttpResponse<String> refused = api(client, "POST", "/api/threads/" + team + "/messages", token("kari"),
                "{\"body\": \"" + "a".repeat(64_001) + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
        assertThat(messagesIn(team)).isEqualTo(before);
        assertThat(count("select last_event_seq from messaging.thread where id = '" + team + "'"))
                .as("no event number taken").isEqualTo(1);
    }

    @Test
    void editsKeepTheirHistoryDeletionLeavesAMarkAndAClientKeyPostsOnce() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        String key = java.util.UUID.randomUUID().toString();
        String body = "{\"body\": \"Husk trening kl 14\", \"clientKey\": \"" + key + "\"}";
        JsonObject first = json(api(client, "POST", "/api/threads/" + team + "/messages", token("kari"), body).body());
        HttpResponse<String> again = api(client, "POST", "/api/threads/" + team + "/messages", token("kari"), body);
        assertThat(json(again.body()).getString("id")).isEqualTo(first.getString("id"));
        assertThat(messagesIn(team)).isEqualTo(1);
        String id = first.getString("id");

        HttpResponse<String> edited = api(client, "PUT", "/api/threads/" + team + "/messages/" + id, token("kari"),
                "{\"body\": \"Husk trening kl 15\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonObject after = json(edited.body());
        assertThat(after.getInt("seq")).isEqualTo(1);
        assertThat(after.getJsonNumber("eventSeq").longValue()).isEqualTo(2);
        assertThat(after.containsKey("editedAt")).isTrue();
        List<JsonObject> versions = jsonArray(api(client, "GET", "/api/threads/" + team + "/messages/" + id
                + "/versions", token("ola")).body()).getValuesAs(JsonObject.class);
        assertThat(bodies(versions)).containsExactly("Husk trening kl 14");
        assertThat(api(client, "PUT", "/api/threads/" + team + "/messages/" + id, token("ola"),
                "{\"body\": \"x\"}").statusCode()).as("not the author").isEqualTo(403);

        assertThat(api(client, "DELETE", "/api/threads/" + team + "/messages/" + id, token("kari")).statusCode())
                .isEqualTo(204);
        JsonObject deleted = page("ola", team, 2).getJsonArray("messages").getJsonObject(0);
        assertThat(deleted.getBoolean("deleted")).isTrue();
        assertThat(deleted.containsKey("body")).isFalse();
        assertThat(deleted.getJsonNumber("eventSeq").longValue()).isEqualTo(3);
        assertThat(count("select count(*) from messaging.message where id = '" + id
                + "' and body = 'Husk trening kl 15' and deleted_at is not null")).as("the original is kept").isEqualTo(1);
        assertThat(page("ola", team, 3).getJsonArray("messages")).isEmpty();
    }

    @Test
    void aReferenceIsShownOnlyToThoseWhoMaySeeItsTarget() {
        String child = freshChild();
        HttpResponse<String> report = api(client, "POST", "/api/children/" + child + "/reports", token("kari"), """
                {"templateKey": "daily-report", "audience": "team",
                 "values": {"pain": 4, "mood": "calm", "sleepHours": 6, "nutrition": "ate-well", "seizures": false,
                            "bowel": null, "notes": "Vondt i hofta"}}
                """);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
        String reportId = json(report.body()).getString("id");
        String family = thread("kari", child, "family");
        HttpResponse<String> posted = api(client, "POST", "/api/threads/" + family + "/messages", token("kari"), """
                {"body": "Se rapporten fra i dag", "references": [{"kind": "report", "id": "%s"}]}
                """.formatted(reportId));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        JsonObject seenByTeam = page("ola", family, 0).getJsonArray("messages").getJsonObject(0);
        assertThat(seenByTeam.getJsonArray("references").getJsonObject(0).getString("id")).isEqualTo(reportId);
        JsonObject seenByMother = page("mor", family, 0).getJsonArray("messages").getJsonObject(0);
        assertThat(seenByMother.getString("body")).isEqualTo("Se rapporten fra i dag");
        assertThat(seenByMother.getJsonArray("references")).as("a team-only report").isEmpty();
        assertThat(seenByMother.toString()).doesNotContain(reportId);

        long before = messagesIn(family);
        HttpResponse<String> unknown = api(client, "POST", "/api/threads/" + family + "/messages", token("kari"), """
                {"body": "x", "references": [{"kind": "report", "id": "%s"}]}
                """.formatted(java.util.UUID.randomUUID()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("references");
        assertThat(messagesIn(family)).isEqualTo(before);
    }

    @Test
    void everyoneATeamOrFamilyThreadIncludesIsToldOfANewMessageBeforeTheyEverOpenedIt() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        String family = thread("kari", child, "family");
        post("kari", team, "Nytt hjelpemiddel kommer torsdag");
        post("kari", family, "Vi kommer klokka ti");

        assertThat(notificationsIn("ola", team)).as("ola never opened the team thread").containsExactly("message");
        assertThat(notificationsIn("nina", team)).as("the coordinator").containsExactly("message");
        assertThat(notificationsIn("kari", team)).as("not the author").isEmpty();
        assertThat(notificationsIn("mor", team)).as("the family has not joined the team thread").isEmpty();
        assertThat(notificationsIn("mor", family)).as("the family thread is the guardians'").containsExactly("message");
        assertThat(notificationsIn("ute", team)).as("not on the team").isEmpty();
    }

    private List<String> notificationsIn(String persona, String thread) {
        return jsonArray(api(client, "GET", "/api/notifications", token(persona)).body())
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("threadId").equals(thread))
                .map(n -> n.getString("kind")).toList();
    }

    @Test
    void mentionsUnreadCountsReceiptsNotificationsAndTheVideoCall() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        post("kari", team, "Hei alle");
        page("ola", team, 0);
        assertThat(api(client, "POST", "/api/threads/" + team + "/read", token("ola"), "{\"upTo\": 1}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> mention = api(client, "POST", "/api/threads/" + team + "/messages", token("kari"), """
                {"body": "@Ola kan du ta mandag?", "mentions": ["%s"]}
                """.formatted(personId("ola")));
        assertThat(mention.statusCode()).as(mention.body()).isEqualTo(201);
        assertThat(api(client, "POST", "/api/threads/" + team + "/messages", token("kari"), """
                {"body": "x", "mentions": ["%s"]}
                """.formatted(personId("mor"))).statusCode()).as("mor is not in the team thread").isEqualTo(400);

        JsonObject forOla = threads("ola", child).stream().filter(t -> t.getString("id").equals(team)).findFirst()
                .orElseThrow();
        assertThat(forOla.getInt("unread")).isEqualTo(1);
        assertThat(forOla.getInt("unreadMentions")).isEqualTo(1);
        List<JsonObject> notifications = jsonArray(api(client, "GET", "/api/notifications", token("ola")).body())
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("threadId").equals(team)).toList();
        assertThat(notifications).extracting(n -> n.getString("kind"))
                .as("told of the first message too, posted before Ola had opened the thread")
                .containsExactlyInAnyOrder("message", "mention");
        assertThat(notifications.toString()).doesNotContain("mandag").doesNotContain("Hei alle");

        assertThat(api(client, "POST", "/api/threads/" + team + "/read", token("ola"), "{\"upTo\": 2}").statusCode())
                .isEqualTo(204);
        forOla = threads("ola", child).stream().filter(t -> t.getString("id").equals(team)).findFirst().orElseThrow();
        assertThat(forOla.getInt("unread")).isZero();
        List<JsonObject> receipts = jsonArray(api(client, "GET", "/api/threads/" + team + "/receipts", token("kari"))
                .body()).getValuesAs(JsonObject.class);
        assertThat(receipts).anySatisfy(r -> {
            assertThat(r.getString("personId")).isEqualTo(personId("ola"));
            assertThat(r.getInt("lastReadSeq")).isEqualTo(2);
        });
        assertThat(api(client, "POST", "/api/threads/" + team + "/read", token("ola"), "{}").statusCode())
                .isEqualTo(400);

        HttpResponse<String> call = api(client, "POST", "/api/threads/" + team + "/video-call", token("kari"));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        assertThat(json(call.body()).getString("body")).matches("https://meet\\.example\\.org/sammen-[a-z2-9]{20}");
    }

    @Test
    void theAuditTrailHasOneEntryPerWriteAndPerFetchNotPerDelivery() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        try (LiveFeedClient feed = LiveFeedClient.withTicket(base(), team, 0, ticket(base(), "ola", team))) {
            HttpResponse<String> posted = api(client, "POST", "/api/threads/" + team + "/messages", token("kari"),
                    "{\"body\": \"Ny melding\"}");
            assertThat(entries(posted)).isEqualTo(1);
            assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(posted)
                    + "' and operation = 'CREATE' and categories ilike '%chat%'")).isEqualTo(1);
            HttpResponse<String> fetched = api(client, "GET", "/api/threads/" + team + "/messages", token("kari"));
            assertThat(entries(fetched)).isEqualTo(1);
            HttpResponse<String> opened = api(client, "GET", "/api/threads/" + team, token("kari"));
            assertThat(entries(opened)).isEqualTo(1);
            assertThat(feed.next().getString("body")).isEqualTo("Ny melding");
            long total = count("select count(*) from audit.entry where child_id = '" + child + "'");
            post("kari", team, "En til");
            assertThat(feed.next().getString("body")).isEqualTo("En til");
            assertThat(count("select count(*) from audit.entry where child_id = '" + child + "'"))
                    .as("the post, and nothing for the delivery").isEqualTo(total + 1);
        }
    }

    /** Mor revokes the consent given to the persona's profession: the persona no longer reads the child's chat. */
    private void revokeTheConsentFor(String persona, String child) {
        JsonObject consent = jsonArray(api(client, "GET", "/api/children/" + child + "/consents", token("mor")).body())
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("recipient").getString("value").equals(persona(persona).professionCode())
                        && c.getString("status").equals("active")).findFirst().orElseThrow();
        assertThat(api(client, "DELETE", "/api/children/" + child + "/consents/" + consent.getString("id"),
                token("mor")).statusCode()).isEqualTo(200);
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }

    private static long entries(HttpResponse<String> response) {
        return count("select count(*) from audit.entry where request_id = '" + requestId(response) + "'");
    }

    // ------------------------------------------------------------------------------------------------ handover

    /** The handover's unread messages for the persona, from a read that is one audit entry. */
    private int handoverUnread(String persona, String child) {
        HttpResponse<String> handover = api(client, "GET", "/api/children/" + child + "/handover", token(persona));
        assertThat(handover.statusCode()).as(handover.body()).isEqualTo(200);
        assertThat(entries(handover)).as("one read, one audit entry").isEqualTo(1);
        return json(handover.body()).getInt("unreadMessages");
    }

    /** The sum of the unread counts the chat's thread list shows the persona. */
    private int chatUnread(String persona, String child) {
        return threads(persona, child).stream().mapToInt(t -> t.getInt("unread")).sum();
    }

    @Test
    void theHandoverCountsTheOthersUnreadMessagesAsTheChatDoesUntilReadOrTheConsentIsGone() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        assertThat(handoverUnread("kari", child)).isZero();
        post("kari", team, "Kommer ståstativet i dag?");
        post("ola", team, "Ja, det er levert");
        JsonObject last = post("nina", team, "Fint, jeg ser på det i morgen");
        assertThat(handoverUnread("kari", child)).as("ola's and nina's, not kari's own").isEqualTo(2)
                .isEqualTo(chatUnread("kari", child));
        assertThat(handoverUnread("ola", child)).as("posting reads the thread up to one's own: nina's")
                .isEqualTo(1);
        assertThat(handoverUnread("nina", child)).isZero();

        HttpBrowser page = new HttpBrowser();
        signIn(page, persona("kari"));
        String overview = page.get(base() + "/app/child.xhtml?id=" + child + "&lang=en").body();
        assertThat(overview).contains("id=\"handover-messages\"").contains("2 unread messages")
                .contains("/app/chat.xhtml?child=" + child + "\"");
        assertThat(page.get(base() + "/app/child.xhtml?id=" + child + "&lang=nb").body())
                .contains("2 uleste meldinger");

        assertThat(api(client, "POST", "/api/threads/" + team + "/read", token("kari"),
                "{\"upTo\": " + last.getInt("seq") + "}").statusCode()).isEqualTo(204);
        assertThat(handoverUnread("kari", child)).as("read to the end").isZero();
        assertThat(page.get(base() + "/app/child.xhtml?id=" + child + "&lang=en").body())
                .doesNotContain("handover-messages");

        post("nina", open("nina", child, "group", "Hjelpemidler", "ola"), "Bare for Ola");
        post("mor", thread("mor", child, "family"), "Han sov godt i natt");
        assertThat(handoverUnread("kari", child)).as("the family thread's, not the group's she was not chosen for")
                .isEqualTo(1).isEqualTo(chatUnread("kari", child));
        assertThat(handoverUnread("ola", child)).as("nina's in the team, the group's and the family's").isEqualTo(3)
                .isEqualTo(chatUnread("ola", child));

        revokeTheConsentFor("kari", child);
        assertThat(handoverUnread("kari", child)).as("no longer allowed to read the chat").isZero();
        assertThat(api(client, "GET", "/api/children/" + child + "/threads", token("kari")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aGuardiansHandoverNeverCountsTheAdolescentsConfidentialThread() {
        String emma = emma();
        String confidential = open("emma", emma, "confidential", "Spørsmål", "kari");
        Map<String, Integer> before = new HashMap<>();
        for (String persona : List.of("mor", "far", "kari", "emma")) {
            before.put(persona, handoverUnread(persona, emma));
            assertThat(before.get(persona)).as(persona).isEqualTo(chatUnread(persona, emma));
        }

        post("emma", confidential, "Kan jeg spørre om noe uten at mamma ser det?");
        assertThat(handoverUnread("kari", emma)).as("emma's message").isEqualTo(before.get("kari") + 1)
                .isEqualTo(chatUnread("kari", emma));
        assertThat(handoverUnread("emma", emma)).as("not her own").isEqualTo(before.get("emma"));
        post("kari", confidential, "Ja, det kan du.");
        assertThat(handoverUnread("kari", emma)).as("answering read the thread").isEqualTo(before.get("kari"));
        assertThat(handoverUnread("emma", emma)).as("kari's answer").isEqualTo(before.get("emma") + 1)
                .isEqualTo(chatUnread("emma", emma));
        for (String guardian : List.of("mor", "far")) {
            assertThat(handoverUnread(guardian, emma)).as(guardian).isEqualTo(before.get(guardian))
                    .isEqualTo(chatUnread(guardian, emma));
        }

        post("kari", thread("kari", emma, "family"), "Vi kommer klokka ti");
        for (String guardian : List.of("mor", "far")) {
            assertThat(handoverUnread(guardian, emma)).as(guardian + ": the family thread counts")
                    .isEqualTo(before.get(guardian) + 1);
        }
    }

    // ------------------------------------------------------------------------------------------------ live feed

    @Test
    void aDroppedFeedReconnectsWithAfterAndGetsExactlyWhatItMissed() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        post("ola", team, "før 1");
        LiveFeedClient feed = LiveFeedClient.withTicket(base(), team, 0, ticket(base(), "kari", team));
        assertThat(feed.next().getString("body")).as("the backlog first").isEqualTo("før 1");
        for (int i = 1; i <= 5; i++) {
            post("ola", team, "live " + i);
        }
        List<JsonObject> seen = feed.next(2);
        assertThat(bodies(seen)).containsExactly("live 1", "live 2");
        feed.drop();
        post("ola", team, "while away");
        long last = seen.get(1).getJsonNumber("eventSeq").longValue();

        try (LiveFeedClient again = LiveFeedClient.withTicket(base(), team, last, ticket(base(), "kari", team))) {
            List<JsonObject> missed = again.next(4);
            assertThat(bodies(missed)).containsExactly("live 3", "live 4", "live 5", "while away");
            post("ola", team, "after");
            assertThat(again.next().getString("body")).as("then live, nothing twice").isEqualTo("after");
            assertThat(missed).extracting(m -> m.getJsonNumber("eventSeq").longValue()).isSorted();
        }
    }

    @Test
    void feedsOpenOnlyWithAValidTicketOrTheSessionFromSammensOwnOrigin() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        String ticket = ticket(base(), "kari", team);
        try (LiveFeedClient first = LiveFeedClient.withTicket(base(), team, 0, ticket)) {
            post("ola", team, "hei");
            assertThat(first.next().getString("body")).isEqualTo("hei");
            try (LiveFeedClient reused = LiveFeedClient.withTicket(base(), team, 0, ticket)) {
                assertThat(reused.closeCode()).as("a ticket opens one feed").isEqualTo(4401);
            }
        }
        String family = thread("kari", child, "family");
        try (LiveFeedClient elsewhere = LiveFeedClient.withTicket(base(), family, 0, ticket(base(), "kari", team))) {
            assertThat(elsewhere.closeCode()).as("a ticket is for its thread").isEqualTo(4401);
        }

        HttpBrowser browser = new HttpBrowser();
        signIn(browser, persona("mor"));
        String cookie = browser.cookies(hostPort()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        try (LiveFeedClient page = LiveFeedClient.withSession(base(), family, 0, cookie, base())) {
            post("kari", family, "til familien");
            assertThat(page.next().getString("body")).isEqualTo("til familien");
        }
        try (LiveFeedClient foreign = LiveFeedClient.withSession(base(), family, 0, cookie, "https://evil.example")) {
            assertThat(foreign.closeCode()).as("another site's page").isEqualTo(4401);
        }
        try (LiveFeedClient team404 = LiveFeedClient.withSession(base(), team, 0, cookie, base())) {
            assertThat(team404.closeCode()).as("mor is not in the team thread").isEqualTo(4404);
        }
    }

    @Test
    void aRevokedConsentOrAnEndedMembershipClosesTheFeedAtOnceAndTheNextFetchIsRefused() {
        String child = freshChild();
        String team = thread("kari", child, "team");
        LiveFeedClient kari = LiveFeedClient.withTicket(base(), team, 0, ticket(base(), "kari", team));
        LiveFeedClient ola = LiveFeedClient.withTicket(base(), team, 0, ticket(base(), "ola", team));
        post("nina", team, "Velkommen");
        assertThat(kari.next().getString("body")).isEqualTo("Velkommen");
        assertThat(ola.next().getString("body")).isEqualTo("Velkommen");

        revokeTheConsentFor("kari", child);
        assertThat(kari.closeCode()).isEqualTo(4403);
        assertThat(api(client, "GET", "/api/threads/" + team + "/messages", token("kari")).statusCode())
                .isEqualTo(403);
        post("nina", team, "Etter");
        assertThat(ola.next().getString("body")).as("the others' feeds go on").isEqualTo("Etter");

        JsonObject membership = jsonArray(api(client, "GET", "/api/children/" + child + "/care-team", token("nina"))
                .body()).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("personId").equals(personId("ola"))).findFirst().orElseThrow();
        assertThat(api(client, "PATCH", "/api/children/" + child + "/care-team/" + membership.getString("id"),
                token("nina"), "{\"to\": \"" + LocalDate.now().minusDays(1) + "\"}").statusCode()).isEqualTo(200);
        assertThat(ola.closeCode()).isEqualTo(4403);
        assertThat(api(client, "GET", "/api/threads/" + team + "/messages", token("ola")).statusCode())
                .isEqualTo(404);
        kari.close();
        ola.close();
    }

    @Test
    void aMessagePostedOnOneInstanceIsDeliveredLiveOnAnother() throws IOException {
        String child = freshChild();
        String team = thread("kari", child, "team");
        try (SammenServer second = secondInstance()) {
            try (LiveFeedClient onSecond = LiveFeedClient.withTicket(second.baseUrl(), team, 0,
                    ticket(second.baseUrl(), "kari", team));
                 LiveFeedClient onFirst = LiveFeedClient.withTicket(base(), team, 0, ticket(base(), "ola", team))) {
                post("ola", team, "fra den første");
                assertThat(onSecond.next().getString("body")).isEqualTo("fra den første");
                HttpResponse<String> there = client.send(HttpRequest.newBuilder(URI.create(second.baseUrl()
                                + "/api/threads/" + team + "/messages")).header("Authorization", "Bearer " + token("kari"))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"fra den andre\"}")), second.baseUrl());
                assertThat(there.statusCode()).as(there.body()).isEqualTo(201);
                assertThat(bodies(onFirst.next(2))).containsExactly("fra den første", "fra den andre");
                assertThat(onSecond.next().getString("body")).isEqualTo("fra den andre");
            }
        }
    }

    /** A second Payara Micro with the same WAR and database as the one under test (the only extra boot). */
    private static SammenServer secondInstance() throws IOException {
        Path work = Path.of(System.getProperty("sammen.target", "target")).toAbsolutePath().resolve("sammen-it-second");
        Properties first = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(System.getProperty("sammen.target", "target"))
                .toAbsolutePath().resolve("sammen-it/sammen-test.properties"))) {
            first.load(reader);
        }
        SammenServer.Builder builder = SammenServer.builder().profile("test").workDirectory(work)
                .war(Path.of(System.getProperty("sammen.war"))).payaraMicroJar(Path.of(System.getProperty(
                        "payara.microJar")));
        for (String key : first.stringPropertyNames()) {
            if (!key.equals("sammen.public-url")) {
                builder.property(key, first.getProperty(key));
            }
        }
        return builder.start();
    }
}

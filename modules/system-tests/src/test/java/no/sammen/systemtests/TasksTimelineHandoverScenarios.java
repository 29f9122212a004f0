package no.sammen.systemtests;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks that bind their assignee only once accepted, the timeline read a page at a time, and the handover: what
 * changed since a person's last visit. Each scenario that writes builds its own child, so none depends on another's
 * data or order.
 */
abstract class TasksTimelineHandoverScenarios extends Scenario {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> people = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    /** The persona's person id, as Sammen knows it. */
    private String personId(String persona) {
        return people.computeIfAbsent(persona, p -> json(api(client, "GET", "/api/me", token(p)).body()).getString("id"));
    }

    // ------------------------------------------------------------------------------------------------- tasks

    @Test
    void aTaskBindsItsAssigneeOnlyOnceAcceptedAndOnlyTheAssigneeMovesIt() {
        String child = freshChild("kari", "ola");
        HttpResponse<String> proposed = propose(child, "nina", "Check the standing frame", "kari",
                today().plusDays(3), "team");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonObject task = json(proposed.body());
        String id = task.getString("id");
        assertThat(proposed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tasks/" + id));
        assertThat(task.getString("status")).isEqualTo("proposed");
        assertThat(task.getString("assigneeId")).isEqualTo(personId("kari"));
        assertThat(task.getString("due")).isEqualTo(today().plusDays(3).toString());
        assertThat(events("task-proposed", id)).isEqualTo(1);

        String tasks = "/api/children/" + child + "/tasks/";
        for (String other : new String[]{"ola", "nina"}) {
            assertThat(api(client, "POST", tasks + id + "/accept", token(other), "{\"comment\": \"ok\"}").statusCode())
                    .as(other + " is not the assignee").isEqualTo(403);
            assertThat(api(client, "POST", tasks + id + "/decline", token(other), "{\"comment\": \"no\"}").statusCode())
                    .as(other + " is not the assignee").isEqualTo(403);
        }
        assertThat(api(client, "POST", tasks + id + "/accept", token("mor"), "{}").statusCode()).isEqualTo(403);
        assertThat(api(client, "POST", tasks + id + "/accept", token("ute"), "{}").statusCode()).isEqualTo(404);
        assertThat(status(id)).as("nothing written").isEqualTo("proposed");
        assertThat(count("select count(*) from records.timeline_event where entry_id = '" + id + "'")).isEqualTo(1);

        assertConflict(api(client, "POST", tasks + id + "/complete", token("kari"), "{}"), "proposed");

        HttpResponse<String> accepted = api(client, "POST", tasks + id + "/accept", token("kari"),
                "{\"comment\": \"I will look at it on Tuesday\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json(accepted.body()).getString("status")).isEqualTo("active");
        assertThat(json(accepted.body()).getString("comment")).isEqualTo("I will look at it on Tuesday");
        assertThat(events("task-accepted", id)).isEqualTo(1);

        assertConflict(api(client, "POST", tasks + id + "/accept", token("kari"), "{}"), "active");
        assertConflict(api(client, "POST", tasks + id + "/decline", token("kari"), "{\"comment\": \"changed my mind\"}"),
                "active");
        assertThat(api(client, "POST", tasks + id + "/complete", token("ola"), "{}").statusCode()).isEqualTo(403);
        assertThat(api(client, "POST", tasks + id + "/complete", token("nina"), "{}").statusCode()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("active");

        HttpResponse<String> done = api(client, "POST", tasks + id + "/complete", token("kari"), "{}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json(done.body()).getString("status")).isEqualTo("done");
        assertThat(events("task-completed", id)).isEqualTo(1);
        assertConflict(api(client, "POST", tasks + id + "/cancel", token("nina"), "{}"), "done");
        assertConflict(api(client, "POST", tasks + id + "/complete", token("kari"), "{}"), "done");

        var list = jsonArray(api(client, "GET", "/api/children/" + child + "/tasks", token("nina")).body());
        assertThat(list).hasSize(1);
        assertThat(list.getJsonObject(0).getString("status")).isEqualTo("done");
        assertThat(jsonArray(api(client, "GET", "/api/children/" + child + "/tasks?status=done,active", token("ola"))
                .body())).hasSize(1);
        assertThat(jsonArray(api(client, "GET", "/api/children/" + child + "/tasks?status=proposed", token("ola"))
                .body())).isEmpty();
        assertField(api(client, "GET", "/api/children/" + child + "/tasks?status=finished", token("ola")), "status");
        assertThat(count("select count(*) from records.timeline_event where entry_id = '" + id + "'")).isEqualTo(3);
    }

    @Test
    void decliningNeedsACommentAndEndsTheTask() {
        String child = freshChild("kari", "ola");
        String id = json(propose(child, "nina", "Film seizures for the neurologist", "ola", null, "team").body())
                .getString("id");
        String decline = "/api/children/" + child + "/tasks/" + id + "/decline";
        assertField(api(client, "POST", decline, token("ola"), "{}"), "comment");
        assertField(api(client, "POST", decline, token("ola"), "{\"comment\": \"   \"}"), "comment");
        assertField(api(client, "POST", decline, token("ola"), "{\"comment\": \"" + "x".repeat(2001) + "\"}"), "comment");
        assertThat(status(id)).as("nothing written").isEqualTo("proposed");
        assertThat(events("task-declined", id)).isZero();

        HttpResponse<String> declined = api(client, "POST", decline, token("ola"),
                "{\"comment\": \"I have not been shown how; please show me first\"}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(json(declined.body()).getString("status")).isEqualTo("declined");
        assertThat(json(declined.body()).getString("comment")).isEqualTo("I have not been shown how; please show me first");
        assertThat(events("task-declined", id)).isEqualTo(1);

        assertConflict(api(client, "POST", "/api/children/" + child + "/tasks/" + id + "/accept", token("ola"), "{}"),
                "declined");
        assertConflict(api(client, "POST", "/api/children/" + child + "/tasks/" + id + "/cancel", token("nina"), "{}"),
                "declined");
    }

    @Test
    void onlyTheCreatorOrTheCoordinatorCancelsATask() {
        String child = freshChild("kari", "ola");
        String first = json(propose(child, "kari", "Order a new splint", "ola", null, "team").body()).getString("id");
        String second = json(propose(child, "kari", "Measure the seat depth", "ola", null, "team").body()).getString("id");
        String tasks = "/api/children/" + child + "/tasks/";

        assertThat(api(client, "POST", tasks + first + "/cancel", token("ola"), "{}").statusCode())
                .as("the assignee did not create it").isEqualTo(403);
        assertThat(api(client, "POST", tasks + first + "/cancel", token("mor"), "{}").statusCode()).isEqualTo(403);
        assertThat(status(first)).isEqualTo("proposed");
        assertThat(events("task-cancelled", first)).isZero();

        HttpResponse<String> byCreator = api(client, "POST", tasks + first + "/cancel", token("kari"), "{}");
        assertThat(byCreator.statusCode()).as(byCreator.body()).isEqualTo(200);
        assertThat(json(byCreator.body()).getString("status")).isEqualTo("cancelled");
        assertThat(events("task-cancelled", first)).isEqualTo(1);

        assertThat(api(client, "POST", tasks + second + "/accept", token("ola"), "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> byCoordinator = api(client, "POST", tasks + second + "/cancel", token("nina"), "{}");
        assertThat(byCoordinator.statusCode()).as(byCoordinator.body()).isEqualTo(200);
        assertThat(json(byCoordinator.body()).getString("status")).isEqualTo("cancelled");
        assertConflict(api(client, "POST", tasks + second + "/complete", token("ola"), "{}"), "cancelled");
    }

    @Test
    void badTaskInputNamesTheFieldAndWritesNothing() {
        String child = freshChild("kari");
        long tasks = count("select count(*) from records.task where child_id = '" + child + "'");
        long events = count("select count(*) from records.timeline_event where child_id = '" + child + "'");

        assertField(propose(child, "nina", "Visit", personId("ute"), null, "team"), "assignee");
        assertField(propose(child, "nina", "Visit", personId("mor"), null, "team"), "assignee");
        assertField(propose(child, "nina", "Visit", personId("ola"), null, "team"), "assignee");
        assertField(propose(child, "nina", "Visit", "not-an-id", null, "team"), "assignee");
        assertField(propose(child, "nina", "Visit", UUID.randomUUID().toString(), null, "team"), "assignee");
        assertField(propose(child, "nina", "", "kari", null, "team"), "title");
        assertField(propose(child, "nina", "x".repeat(201), "kari", null, "team"), "title");
        assertField(propose(child, "nina", "Visit", "kari", today().minusDays(2), "team"), "due");
        assertField(propose(child, "nina", "Visit", "kari", null, "everyone"), "audience");
        assertField(api(client, "POST", "/api/children/" + child + "/tasks", token("nina"),
                "{\"title\": \"Visit\", \"assignee\": \"" + personId("kari") + "\", \"description\": \""
                        + "x".repeat(10_001) + "\"}"), "description");
        assertField(api(client, "POST", "/api/children/" + child + "/tasks", token("nina"), "{}"), "title");
        HttpResponse<String> malformed = api(client, "POST", "/api/children/" + child + "/tasks", token("nina"),
                "{\"title\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception");
        HttpResponse<String> wrongType = api(client, "POST", "/api/children/" + child + "/tasks", token("nina"),
                "{\"title\": \"Visit\", \"due\": \"soon\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertField(api(client, "GET", "/api/children/" + child + "/tasks/not-an-id", token("nina")), "taskId");
        assertThat(api(client, "GET", "/api/children/" + child + "/tasks/" + UUID.randomUUID(), token("nina"))
                .statusCode()).isEqualTo(404);

        assertThat(count("select count(*) from records.task where child_id = '" + child + "'")).isEqualTo(tasks);
        assertThat(count("select count(*) from records.timeline_event where child_id = '" + child + "'")).isEqualTo(events);
    }

    @Test
    void theFamilyCreatesNoTasksAndSeesOnlyThoseSharedWithIt() {
        String child = freshChild("kari");
        long before = count("select count(*) from records.task where child_id = '" + child + "'");
        assertThat(propose(child, "mor", "Bring the pram", "kari", null, "team-and-family").statusCode())
                .as("guardians do not create tasks").isEqualTo(403);
        assertThat(propose(child, "ute", "Bring the pram", "kari", null, "team-and-family").statusCode())
                .as("a stranger learns nothing").isEqualTo(404);
        assertThat(count("select count(*) from records.task where child_id = '" + child + "'")).isEqualTo(before);

        String teamOnly = json(propose(child, "nina", "Discuss the parents' exhaustion", "kari", null, null).body())
                .getString("id");
        String shared = json(propose(child, "nina", "Show the parents the new exercises", "kari", null,
                "team-and-family").body()).getString("id");

        var seenByMor = jsonArray(api(client, "GET", "/api/children/" + child + "/tasks", token("mor")).body());
        assertThat(seenByMor).extracting(v -> v.asJsonObject().getString("id")).containsExactly(shared);
        assertThat(api(client, "GET", "/api/children/" + child + "/tasks/" + teamOnly, token("mor")).statusCode())
                .isEqualTo(404);
        assertThat(api(client, "GET", "/api/children/" + child + "/tasks/" + shared, token("mor")).statusCode())
                .isEqualTo(200);
        assertThat(jsonArray(api(client, "GET", "/api/children/" + child + "/tasks", token("kari")).body())).hasSize(2);
        assertThat(api(client, "GET", "/api/children/" + child + "/tasks", token("ute")).statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoRecordHasTasksInEveryStateAndKarisHandoverShowsHerOpenTask() {
        String emma = emmaId();
        var tasks = jsonArray(api(client, "GET", "/api/children/" + emma + "/tasks", token("nina")).body());
        assertThat(tasks).extracting(v -> v.asJsonObject().getString("status"))
                .contains("proposed", "active", "declined", "done");
        JsonObject handover = json(api(client, "GET", "/api/children/" + emma + "/handover", token("kari")).body());
        assertThat(handover.getJsonObject("openTasks").getJsonArray("items"))
                .extracting(v -> v.asJsonObject().getString("title")).contains("Check the standing frame at school");
    }

    // ---------------------------------------------------------------------------------------------- timeline

    @Test
    void theTimelinePagesThroughEveryEventExactlyOnce() throws SQLException {
        String child = freshChild("kari");
        for (int i = 0; i < 4; i++) {
            assertThat(propose(child, "nina", "Task " + i, "kari", null, "team").statusCode()).isEqualTo(201);
        }
        // events at the very same instant: only the id tells them apart
        for (int i = 0; i < 5; i++) {
            insertEvent(child, "daily-reports", "report-added", "team", false, "timestamptz '2026-01-15 08:00:00+00'");
        }
        List<String> expected = eventIds(child);
        assertThat(expected).hasSizeGreaterThan(10);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        OffsetDateTime previous = null;
        int pages = 0;
        do {
            String path = "/api/children/" + child + "/timeline?limit=3"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> answer = api(client, "GET", path, token("kari"));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonObject page = json(answer.body());
            var events = page.getJsonArray("events");
            assertThat(events.size()).isLessThanOrEqualTo(3);
            for (JsonValue v : events) {
                JsonObject e = v.asJsonObject();
                seen.add(e.getString("id"));
                OffsetDateTime at = OffsetDateTime.parse(e.getString("occurredAt"));
                assertThat(previous == null || !at.isAfter(previous)).as("newest first").isTrue();
                previous = at;
            }
            cursor = optional(page, "nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(seen).as("every event exactly once, in keyset order").containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(pages).isEqualTo((expected.size() + 2) / 3);
    }

    @Test
    void theTimelineFiltersByCategoryAndLinksEveryEventToItsEntry() {
        String child = freshChild("kari", "ola");
        String task = json(propose(child, "nina", "Adjust the night splint", "ola", null, "team").body()).getString("id");
        String base = "/api/children/" + child;

        JsonObject tasks = json(api(client, "GET", base + "/timeline?category=tasks", token("kari")).body());
        assertThat(tasks.getJsonArray("events")).hasSize(1);
        JsonObject proposed = tasks.getJsonArray("events").getJsonObject(0);
        assertThat(proposed.getString("category")).isEqualTo("tasks");
        assertThat(proposed.getString("kind")).isEqualTo("task-proposed");
        assertThat(proposed.getString("link")).isEqualTo(base + "/tasks/" + task);
        assertThat(proposed.getString("authorName")).isEqualTo(persona("nina").displayName());
        assertThat(proposed.getString("summary")).contains("Adjust the night splint");
        assertThat(proposed.getBoolean("flagged")).isFalse();
        assertThat(api(client, "GET", proposed.getString("link"), token("kari")).statusCode()).as("the link leads to the task").isEqualTo(200);
        assertThat(optional(tasks, "nextCursor")).as("one page").isNull();

        var team = json(api(client, "GET", base + "/timeline?category=care-team", token("kari")).body())
                .getJsonArray("events");
        assertThat(team).hasSizeGreaterThanOrEqualTo(2).allSatisfy(v -> {
            assertThat(v.asJsonObject().getString("category")).isEqualTo("care-team");
            assertThat(v.asJsonObject().getString("link")).isEqualTo(base + "/care-team");
        });
        var both = json(api(client, "GET", base + "/timeline?category=tasks,care-team", token("kari")).body())
                .getJsonArray("events");
        assertThat(both).hasSize(team.size() + 1);
        var all = json(api(client, "GET", base + "/timeline", token("kari")).body()).getJsonArray("events");
        assertThat(all).extracting(v -> v.asJsonObject().getString("category")).contains("identity", "care-team", "tasks");
        assertThat(all.size()).isEqualTo((int) count("select count(*) from records.timeline_event where child_id = '"
                + child + "'"));

        assertField(api(client, "GET", base + "/timeline?category=gossip", token("kari")), "category");
        assertField(api(client, "GET", base + "/timeline?limit=0", token("kari")), "limit");
        assertField(api(client, "GET", base + "/timeline?limit=201", token("kari")), "limit");
        assertField(api(client, "GET", base + "/timeline?limit=ten", token("kari")), "limit");
        assertField(api(client, "GET", base + "/timeline?cursor=not-a-cursor", token("kari")), "cursor");
    }

    @Test
    void theFamilySeesNoTeamOnlyEvents() {
        String child = freshChild("kari");
        propose(child, "nina", "Talk about the parents' sleep", "kari", null, "team");
        propose(child, "nina", "Show the parents the exercises", "kari", null, "team-and-family");
        insertEvent(child, "daily-reports", "report-added", "team", false, "clock_timestamp()");
        insertEvent(child, "observations", "observation-added", "team", true, "clock_timestamp()");

        var events = json(api(client, "GET", "/api/children/" + child + "/timeline", token("mor")).body())
                .getJsonArray("events");
        assertThat(events).isNotEmpty().allSatisfy(v ->
                assertThat(v.asJsonObject().getString("audience")).isEqualTo("team-and-family"));
        assertThat(events.toString()).doesNotContain("parents' sleep").contains("Show the parents the exercises");
        assertThat(events.size()).isEqualTo((int) count("select count(*) from records.timeline_event where child_id = '"
                + child + "' and audience = 'team-and-family'"));
        assertThat(json(api(client, "GET", "/api/children/" + child + "/timeline?category=daily-reports", token("mor"))
                .body()).getJsonArray("events")).isEmpty();

        JsonObject mine = json(api(client, "GET", "/api/children/" + child + "/handover", token("mor")).body());
        assertThat(count(mine, "reports")).as("counts do not reveal hidden entries").isZero();
        assertThat(count(mine, "observations")).isZero();
        assertThat(count(mine, "taskChanges")).isEqualTo(1);
        JsonObject karis = json(api(client, "GET", "/api/children/" + child + "/handover", token("kari")).body());
        assertThat(count(karis, "reports")).isEqualTo(1);
        assertThat(count(karis, "observations")).isEqualTo(1);
        assertThat(count(karis, "taskChanges")).isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------------- handover

    @Test
    void theHandoverShowsWhatChangedSinceTheLastVisitAndNothingBefore() {
        String child = freshChild("kari");
        String before = json(propose(child, "nina", "Old news: weigh Emma", "kari", null, "team").body())
                .getString("id");
        insertEvent(child, "daily-reports", "report-added", "team", false, "clock_timestamp()");

        HttpResponse<String> visit = api(client, "PUT", "/api/children/" + child + "/last-visit", token("kari"), "{}");
        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(200);
        OffsetDateTime seenAt = OffsetDateTime.parse(json(visit.body()).getString("seenAt"));

        String after = json(propose(child, "nina", "New: check the hoist", "kari", today().plusDays(1), "team").body())
                .getString("id");
        String report = insertEvent(child, "daily-reports", "report-added", "team", false, "clock_timestamp()");
        String flagged = insertEvent(child, "observations", "observation-added", "team", true, "clock_timestamp()");
        insertEvent(child, "observations", "observation-added", "team", false, "clock_timestamp()");
        addMember(child, "ola");

        HttpResponse<String> answer = api(client, "GET", "/api/children/" + child + "/handover", token("kari"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject handover = json(answer.body());
        assertThat(OffsetDateTime.parse(handover.getString("since")).toInstant()).isEqualTo(seenAt.toInstant());
        assertThat(OffsetDateTime.parse(handover.getString("lastVisit")).toInstant()).isEqualTo(seenAt.toInstant());
        String base = "/api/children/" + child;

        assertThat(count(handover, "reports")).isEqualTo(1);
        assertThat(items(handover, "reports").getJsonObject(0).getString("link")).isEqualTo(base + "/reports/" + report);
        assertThat(items(handover, "reports").getJsonObject(0).getString("kind")).isEqualTo("report-added");
        assertThat(count(handover, "observations")).as("only the one out of range").isEqualTo(1);
        assertThat(items(handover, "observations").getJsonObject(0).getBoolean("flagged")).isTrue();
        assertThat(items(handover, "observations").getJsonObject(0).getString("link")).isEqualTo(base + "/observations");
        assertThat(flagged).isNotNull();

        assertThat(count(handover, "taskChanges")).isEqualTo(1);
        assertThat(items(handover, "taskChanges").getJsonObject(0).getString("link")).isEqualTo(base + "/tasks/" + after);
        assertThat(items(handover, "taskChanges").toString()).doesNotContain("Old news");
        assertThat(count(handover, "team")).isEqualTo(1);
        assertThat(count(handover, "carePlan")).isZero();

        JsonObject open = handover.getJsonObject("openTasks");
        assertThat(open.getJsonNumber("count").longValue()).as("open tasks are not limited to the window").isEqualTo(2);
        assertThat(open.getJsonArray("items")).extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly(after, before);
        assertThat(open.getJsonArray("items").getJsonObject(0).getString("due")).isEqualTo(today().plusDays(1).toString());
        assertThat(handover.getInt("newMedia")).isZero();
        assertThat(handover.getInt("unreadMessages")).isZero();

        JsonObject reloaded = json(api(client, "GET", "/api/children/" + child + "/handover", token("kari")).body());
        assertThat(reloaded.getString("since")).as("reading the handover does not mark a visit")
                .isEqualTo(handover.getString("since"));
        assertThat(count(reloaded, "reports")).isEqualTo(1);

        assertThat(api(client, "PUT", "/api/children/" + child + "/last-visit", token("kari"), "{}").statusCode())
                .isEqualTo(200);
        JsonObject afterVisit = json(api(client, "GET", "/api/children/" + child + "/handover", token("kari")).body());
        for (String group : new String[]{"reports", "observations", "carePlan", "taskChanges", "team"}) {
            assertThat(count(afterVisit, group)).as(group).isZero();
        }
        assertThat(afterVisit.getJsonObject("openTasks").getJsonNumber("count").longValue()).isEqualTo(2);
        assertThat(count("select count(*) from records.last_seen where child_id = '" + child + "'")).isEqualTo(1);
    }

    @Test
    void aFirstVisitLooksBackFourteenDaysAndGroupsStayAHandful() {
        String child = freshChild("kari");
        insertEvent(child, "daily-reports", "report-added", "team", false, "clock_timestamp() - interval '20 days'");
        for (int i = 0; i < 7; i++) {
            insertEvent(child, "daily-reports", i % 2 == 0 ? "report-added" : "report-corrected", "team", false,
                    "clock_timestamp() - interval '10 days'");
        }
        JsonObject handover = json(api(client, "GET", "/api/children/" + child + "/handover", token("kari")).body());
        assertThat(optional(handover, "lastVisit")).isNull();
        OffsetDateTime since = OffsetDateTime.parse(handover.getString("since"));
        assertThat(since).isBetween(OffsetDateTime.now().minusDays(14).minusMinutes(5),
                OffsetDateTime.now().minusDays(14).plusMinutes(5));
        assertThat(count(handover, "reports")).isEqualTo(7);
        assertThat(items(handover, "reports")).hasSize(5);
    }

    @Test
    void aStrangerLearnsNothingAndWritesNothing() {
        String emma = emmaId();
        String base = "/api/children/" + emma;
        long seen = count("select count(*) from records.last_seen");
        long tasks = count("select count(*) from records.task");
        for (String path : new String[]{"/timeline", "/handover", "/tasks"}) {
            HttpResponse<String> hidden = api(client, "GET", base + path, token("ute"));
            HttpResponse<String> missing = api(client, "GET", "/api/children/" + UUID.randomUUID() + path, token("ute"));
            assertThat(hidden.statusCode()).as(path).isEqualTo(404);
            assertThat(json(hidden.body()).getString("detail")).isEqualTo(json(missing.body()).getString("detail"));
        }
        assertThat(api(client, "PUT", base + "/last-visit", token("ute"), "{}").statusCode()).isEqualTo(404);
        assertThat(api(client, "POST", base + "/tasks", token("ute"),
                "{\"title\": \"x\", \"assignee\": \"" + personId("ute") + "\"}").statusCode()).isEqualTo(404);
        String someTask = jsonArray(api(client, "GET", base + "/tasks", token("nina")).body()).getJsonObject(0)
                .getString("id");
        assertThat(api(client, "POST", base + "/tasks/" + someTask + "/cancel", token("ute"), "{}").statusCode())
                .isEqualTo(404);
        assertThat(count("select count(*) from records.last_seen")).isEqualTo(seen);
        assertThat(count("select count(*) from records.task")).isEqualTo(tasks);
        assertThat(count("select count(*) from records.last_seen where person_id = '" + personId("ute") + "'")).isZero();
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    private String emmaId() {
        var mine = jsonArray(api(client, "GET", "/api/children", token("nina")).body());
        return mine.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("Emma"))
                .findFirst().orElseThrow().getString("id");
    }

    /** A new child of nina's, with these personas on the team and mor as guardian. */
    // ------------------------------------------------------------------------------------------------- load

    /**
     * Reads that cross two persistence units in one transaction (tasks and the family ask identity for names) take
     * one pooled connection each, not two: 64 at once against a pool of 32 all answer. With connections not shared
     * within a transaction, 32 requests would each hold one and wait for a second until the pool's wait time ends
     * (ADR 0010).
     */
    @Test
    void manyConcurrentReadsAcrossModulesAllAnswer() throws Exception {
        String child = freshChild("kari");
        String bearer = token("kari");
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .executor(java.util.concurrent.Executors.newFixedThreadPool(8)).build();
        List<java.util.concurrent.CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String path = "/api/children/" + child + (i % 2 == 0 ? "/tasks" : "/family");
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                    .header("Authorization", "Bearer " + bearer)
                    .timeout(java.time.Duration.ofSeconds(45)).GET().build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode)
                    .exceptionally(failure -> -1));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).as("64 concurrent reads").hasSize(64).containsOnly(200);
    }

    private String freshChild(String... members) {
        HttpResponse<String> created = api(client, "POST", "/api/children", token("nina"), """
                {"nationalId": "%s", "name": "Tiril", "organisation": "Home care, Bergen"}
                """.formatted(SyntheticNationalIds.child()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String child = json(created.body()).getString("id");
        for (String member : members) {
            addMember(child, member);
        }
        HttpResponse<String> guardian = api(client, "POST", "/api/children/" + child + "/family", token("nina"),
                "{\"nationalId\": \"" + persona("mor").nationalId() + "\", \"name\": \"" + persona("mor").displayName()
                        + "\"}");
        assertThat(guardian.statusCode()).as(guardian.body()).isEqualTo(201);
        consentToTheWholeTeam(client, child, token("mor"));
        return child;
    }

    private void addMember(String child, String member) {
        var p = persona(member);
        HttpResponse<String> added = api(client, "POST", "/api/children/" + child + "/care-team", token("nina"), """
                {"nationalId": "%s", "name": "%s", "profession": "%s", "organisation": "Bergen municipality"}
                """.formatted(p.nationalId(), p.displayName(), p.professionCode() == null ? "assistant" : p.professionCode()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    }

    /** Proposes a task; {@code assignee} is a persona's username or a raw id. */
    private HttpResponse<String> propose(String child, String by, String title, String assignee, LocalDate due,
                                         String audience) {
        String assigneeId = env().personas().all().stream().anyMatch(p -> p.username().equals(assignee))
                ? personId(assignee) : assignee;
        var body = jakarta.json.Json.createObjectBuilder().add("title", title).add("assignee", assigneeId)
                .add("description", "So that nobody has to guess what is meant.");
        if (due != null) {
            body.add("due", due.toString());
        }
        if (audience != null) {
            body.add("audience", audience);
        }
        return api(client, "POST", "/api/children/" + child + "/tasks", token(by), body.build().toString());
    }

    private static String status(String task) {
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("select status from records.task where id = ?::uuid")) {
            s.setString(1, task);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long events(String kind, String entry) {
        return count("select count(*) from records.timeline_event where kind = '" + kind + "' and entry_id = '" + entry
                + "'");
    }

    /** Writes a timeline event as another module would (reports and observations live on other branches). */
    private String insertEvent(String child, String category, String kind, String audience, boolean flagged,
                               String timeSql) {
        String entry = UUID.randomUUID().toString();
        execute("insert into records.timeline_event (id, child_id, occurred_at, recorded_at, category, kind, entry_id,"
                + " audience, author_id, summary, flagged) values ('" + UUID.randomUUID() + "', '" + child + "', "
                + timeSql + ", " + timeSql + ", '" + category + "', '" + kind + "', '" + entry + "', '" + audience
                + "', '" + personId("nina") + "', 'A " + kind + " written for the test', " + flagged + ")");
        return entry;
    }

    private static List<String> eventIds(String child) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "select id from records.timeline_event where child_id = ?::uuid order by occurred_at desc, id desc")) {
            s.setString(1, child);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    /** A string member that may be absent or null (JSON-B leaves out null members). */
    private static String optional(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : null;
    }

    private static long count(JsonObject handover, String group) {
        return handover.getJsonObject(group).getJsonNumber("count").longValue();
    }

    private static jakarta.json.JsonArray items(JsonObject handover, String group) {
        return handover.getJsonObject(group).getJsonArray("items");
    }

    private static void assertConflict(HttpResponse<String> answer, String currentStatus) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(json(answer.body()).getString("detail")).contains(currentStatus);
    }

    private static void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(answer.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))).contains(field);
    }
}

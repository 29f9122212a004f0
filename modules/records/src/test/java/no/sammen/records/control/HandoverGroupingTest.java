package no.sammen.records.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.sammen.records.Handover;

import static org.assertj.core.api.Assertions.assertThat;

class HandoverGroupingTest {

    private static final OffsetDateTime SINCE = OffsetDateTime.parse("2026-03-01T07:00:00Z");

    @Test
    void eventsFallIntoTheirGroupsByTheAgreedKinds() {
        assertThat(HandoverGroup.of("daily-reports", "report-added", false)).contains(HandoverGroup.REPORTS);
        assertThat(HandoverGroup.of("daily-reports", "report-corrected", false)).contains(HandoverGroup.REPORTS);
        assertThat(HandoverGroup.of("observations", "observation-added", true)).contains(HandoverGroup.OBSERVATIONS);
        assertThat(HandoverGroup.of("care-plan", "care-plan-changed", false)).contains(HandoverGroup.CARE_PLAN);
        assertThat(HandoverGroup.of("care-plan", "care-plan-signed", false)).contains(HandoverGroup.CARE_PLAN);
        for (String kind : new String[]{"task-proposed", "task-accepted", "task-declined", "task-completed",
                "task-cancelled"}) {
            assertThat(HandoverGroup.of("tasks", kind, false)).as(kind).contains(HandoverGroup.TASK_CHANGES);
        }
        assertThat(HandoverGroup.of("care-team", "member-added", false)).contains(HandoverGroup.TEAM);
        assertThat(HandoverGroup.of("care-team", "member-ended", false)).contains(HandoverGroup.TEAM);
    }

    @Test
    void observationsInRangeAndOtherEventsAreNotHandoverNews() {
        assertThat(HandoverGroup.of("observations", "observation-added", false)).isEmpty();
        assertThat(HandoverGroup.of("identity", "profile-changed", false)).isEmpty();
        assertThat(HandoverGroup.of("identity", "child-registered", false)).isEmpty();
        assertThat(HandoverGroup.of("daily-reports", "report-viewed", false)).isEmpty();
        assertThat(HandoverGroup.of("media", "photo-added", true)).isEmpty();
    }

    @Test
    void theSqlClassifiesLikeTheJava() {
        String sql = HandoverGroup.sqlCase("t");
        assertThat(sql).startsWith("case").endsWith(" end")
                .contains("when t.category = 'daily-reports' and t.kind in ('report-added', 'report-corrected') then 'REPORTS'")
                .contains("when t.category = 'observations' and t.kind in ('observation-added') and t.flagged then 'OBSERVATIONS'")
                .contains("when t.category = 'care-plan' and t.kind in ('care-plan-changed', 'care-plan-signed') then 'CARE_PLAN'")
                .contains("when t.category = 'tasks' then 'TASK_CHANGES'")
                .contains("when t.category = 'care-team' then 'TEAM'");
        assertThat(sql.replaceAll("'[a-zA-Z_-]+'", "")).as("only constant, quote-free literals").doesNotContain("'");
        for (HandoverGroup g : HandoverGroup.values()) {
            assertThat(HandoverGroup.valueOf(g.name())).isEqualTo(g);
        }
    }

    @Test
    void theHandoverQueryReadsOnlyTheWindowAndNarrowsTheFamilyInSql() {
        String team = TimelineRecords.handoverQuery(false);
        String family = TimelineRecords.handoverQuery(true);
        assertThat(team).contains("t.child_id = ?1 and t.recorded_at > cast(?2 as timestamptz)")
                .contains("where w.rn <= " + HandoverGroup.ITEMS).contains("join records.timeline_event e on e.id = w.id").doesNotContain("audience");
        assertThat(family).contains("t.audience = 'team-and-family'");
    }

    @Test
    void aGroupShowsItsCountAndAtMostAHandfulOfItemsNewestFirst() {
        HandoverSheet sheet = new HandoverSheet();
        for (int i = 0; i < 8; i++) {
            sheet.add(HandoverGroup.REPORTS, 12, item("report-added", "report " + i));
        }
        sheet.add(HandoverGroup.OBSERVATIONS, 1, item("observation-added", "SpO2 88 %"));
        Handover handover = sheet.build(SINCE, null, new Handover.OpenTasks(0, java.util.List.of()), 0);
        assertThat(handover.reports().count()).isEqualTo(12);
        assertThat(handover.reports().items()).hasSize(HandoverGroup.ITEMS)
                .extracting(Handover.Item::summary).containsExactly("report 0", "report 1", "report 2", "report 3",
                        "report 4");
        assertThat(handover.observations().count()).isEqualTo(1);
        assertThat(handover.observations().items()).extracting(Handover.Item::summary).containsExactly("SpO2 88 %");
    }

    @Test
    void emptyGroupsCountZeroAndTheUnreadMessagesAreTheChatsCount() {
        var openTasks = new Handover.OpenTasks(1, java.util.List.of(new Handover.OpenTask(UUID.randomUUID(), "Check the frame",
                "proposed", null, false, "/api/children/x/tasks/y")));
        Handover handover = new HandoverSheet().build(SINCE, SINCE, openTasks, 3);
        assertThat(handover.since()).isEqualTo(SINCE);
        assertThat(handover.lastVisit()).isEqualTo(SINCE);
        for (Handover.Group g : new Handover.Group[]{handover.reports(), handover.observations(), handover.carePlan(),
                handover.taskChanges(), handover.team()}) {
            assertThat(g.count()).isZero();
            assertThat(g.items()).isEmpty();
        }
        assertThat(handover.openTasks().count()).isEqualTo(1);
        assertThat(handover.newMedia()).isZero();
        assertThat(handover.unreadMessages()).isEqualTo(3);
        assertThat(new HandoverSheet().build(SINCE, SINCE, openTasks, Long.MAX_VALUE).unreadMessages())
                .as("a count beyond int's range stays at its largest value").isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void linksPointToTheEntry() {
        UUID child = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
        UUID entry = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-000000000001");
        String base = "/api/children/" + child;
        assertThat(EntryLinks.of(child, "daily-reports", entry)).isEqualTo(base + "/reports/" + entry);
        assertThat(EntryLinks.of(child, "observations", entry)).isEqualTo(base + "/observations");
        assertThat(EntryLinks.of(child, "care-plan", entry)).isEqualTo(base + "/care-plan/versions");
        assertThat(EntryLinks.of(child, "tasks", entry)).isEqualTo(base + "/tasks/" + entry);
        assertThat(EntryLinks.of(child, "care-team", entry)).isEqualTo(base + "/care-team");
        assertThat(EntryLinks.of(child, "identity", entry)).isEqualTo(base);
    }

    private static Handover.Item item(String kind, String summary) {
        return new Handover.Item(SINCE.plusHours(1), kind, summary, "Kari Fysio", false, "/api/children/x");
    }
}

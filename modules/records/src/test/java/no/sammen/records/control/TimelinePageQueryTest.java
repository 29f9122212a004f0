package no.sammen.records.control;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePageQueryTest {

    @Test
    void theFirstPageIsTheNewestRowsOfOneChildAndNeverAnOffset() {
        String sql = TimelineRecords.pageQuery(false, false, List.of(), 51);
        assertThat(sql).contains("where child_id = ?1").endsWith("order by occurred_at desc, id desc limit 51")
                .doesNotContainIgnoringCase("offset").doesNotContain("audience =").doesNotContain("?2");
    }

    @Test
    void laterPagesStartAfterTheCursorsKeyset() {
        String sql = TimelineRecords.pageQuery(false, true, List.of(), 11);
        assertThat(sql).contains("occurred_at <= cast(?2 as timestamptz)")
                .contains("(occurred_at < cast(?2 as timestamptz) or id < ?3)");
    }

    @Test
    void theFamilyIsNarrowedInTheQuery() {
        assertThat(TimelineRecords.pageQuery(true, false, List.of(), 51)).contains("audience = 'team-and-family'");
        assertThat(TimelineRecords.pageQuery(true, true, List.of("tasks", "care-team"), 51))
                .containsPattern("(?s)category = \\?4 and audience = 'team-and-family'.*category = \\?5 and audience = 'team-and-family'");
    }

    @Test
    void categoriesAreOneOrderedRangeEachMergedIntoOnePage() {
        String sql = TimelineRecords.pageQuery(false, true, List.of("daily-reports", "observations"), 51);
        assertThat(sql).contains("category = ?4").contains("category = ?5").contains(" union all ")
                .endsWith(") e order by occurred_at desc, id desc limit 51");
        assertThat(sql.split("limit 51", -1)).hasSize(4);
    }

    @Test
    void guardiansNeverSeeTheChildsConfidentialEntriesTheChildDoes() {
        assertThat(TimelineRecords.audienceNarrowing(no.sammen.records.Relation.GUARDIAN, "t."))
                .isEqualTo(" and t.audience = 'team-and-family'");
        assertThat(TimelineRecords.audienceNarrowing(no.sammen.records.Relation.CHILD, ""))
                .contains("'team-and-child'").contains("'team-and-family'").doesNotContain("'team'");
        assertThat(TimelineRecords.audienceNarrowing(no.sammen.records.Relation.MEMBER, "")).isEmpty();
        assertThat(TimelineRecords.pageQuery(" and audience = 'team-and-family'",
                java.util.EnumSet.of(no.sammen.platform.Category.TASKS), false, List.of(), 11))
                .contains("category in ('tasks')");
    }
}

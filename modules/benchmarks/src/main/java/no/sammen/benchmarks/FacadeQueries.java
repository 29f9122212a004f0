package no.sammen.benchmarks;

/**
 * The SQL a request for the handover or the timeline makes Sammen run, as the text the application sends (numbered
 * parameters as JPA writes them), for a caller on the care team (no family narrowing):
 *
 * <ol>
 *   <li>the bearer token's person, by national-id hash (identity's {@code PersonEntity.byNationalIdHash});</li>
 *   <li>the caller's relation to the child ({@code records.control.Relations}), once per request;</li>
 *   <li>for the handover ({@code TimelineRecords.handover}): the caller's last visit, the grouped events since then,
 *       the caller's open tasks; for the timeline ({@code TimelineRecords.events}, no cursor, no category, limit 50):
 *       one page plus one row;</li>
 *   <li>the name of every distinct author on the answer, one primary-key read each ({@code PersonNames}, through
 *       identity's {@code People.find}).</li>
 * </ol>
 *
 * <p>Copied from {@code modules/records} (and the SQL EclipseLink generates for identity's two reads); keep them in
 * step when those queries change. {@link HandoverBenchmark} checks before measuring that these queries and the HTTP
 * answer agree (counts per handover group, the timeline's event ids), so a drift shows up as a failed run.
 */
final class FacadeQueries {

    private static final String PERSON_COLUMNS = "id, national_id_hash, national_id_cipher, national_id_key_id, "
            + "display_name, birth_date, hpr_number, hpr_professions, assigned_roles, administrator, created_at, "
            + "last_login_at";

    /** The bearer token's person. ?1 national-id hash. */
    static final String CALLER_BY_NATIONAL_ID_HASH =
            "select " + PERSON_COLUMNS + " from identity.person where national_id_hash = ?1";

    /** An author's name (the whole entity, as {@code em.find} reads it). ?1 person id. */
    static final String PERSON_BY_ID = "select " + PERSON_COLUMNS + " from identity.person where id = ?1";

    /** {@code Relations.lookUp}. ?1 child, ?2 person, ?3 today (a date in the family's zone). */
    static final String RELATION = """
            select team_role, profession, organisation from records.care_team_member
             where child_id = ?1 and person_id = ?2 and valid_from <= ?3 and (valid_to is null or valid_to >= ?3)
            union all
            select relation, null, null from records.family_member where child_id = ?1 and person_id = ?2
            union all
            select 'born', to_char(birth_date, 'YYYY-MM-DD'), null from records.child where id = ?1
            """;

    /**
     * {@code ThreadRows.unread} (messaging, ADR 0031) for a team member: the unread messages of the child's threads
     * they take part in. ?1 child, ?2 person.
     */
    static final String UNREAD_MESSAGES = """
            select coalesce(sum((select count(*) from messaging.message m where m.thread_id = t.id
                   and m.deleted_at is null and m.author_id <> ?2 and m.seq > coalesce((select r.last_read_seq
                   from messaging.participant r where r.thread_id = t.id and r.person_id = ?2), 0))), 0)
              from messaging.thread t
             where t.child_id = ?1 and (t.kind in ('team', 'family')
                or (t.kind in ('group', 'confidential') and exists (select 1 from messaging.participant c
                    where c.thread_id = t.id and c.person_id = ?2 and c.chosen)))
            """;

    /** {@code TimelineRecords.lastVisit}. ?1 child, ?2 person. */
    static final String LAST_VISIT = "select seen_at from records.last_seen where child_id = ?1 and person_id = ?2";

    /** {@code HandoverGroup.sqlCase("t")}. */
    static final String HANDOVER_GROUP = "case"
            + " when t.category = 'daily-reports' and t.kind in ('report-added', 'report-corrected') then 'REPORTS'"
            + " when t.category = 'observations' and t.kind in ('observation-added') and t.flagged then 'OBSERVATIONS'"
            + " when t.category = 'care-plan' and t.kind in ('care-plan-changed', 'care-plan-signed') then 'CARE_PLAN'"
            + " when t.category = 'tasks' then 'TASK_CHANGES'"
            + " when t.category = 'care-team' then 'TEAM'"
            + " end";

    /** {@code TimelineRecords.handoverQuery(false)}. ?1 child, ?2 the window's start (a timestamptz literal). */
    static final String HANDOVER = """
            select e.id, e.occurred_at, e.category, e.kind, e.entry_id, e.author_id, e.summary, e.flagged,
                   w.grp, w.total
              from (select g.id, g.grp,
                           row_number() over (partition by g.grp order by g.recorded_at desc, g.id desc) as rn,
                           count(*) over (partition by g.grp) as total
                      from (select t.id, t.recorded_at, %s as grp
                              from records.timeline_event t
                             where t.child_id = ?1 and t.recorded_at > cast(?2 as timestamptz)) g
                     where g.grp is not null) w
              join records.timeline_event e on e.id = w.id
             where w.rn <= 5
             order by w.grp, w.rn
            """.formatted(HANDOVER_GROUP);

    /** {@code TimelineRecords.openTasks} for a team member. ?1 child, ?2 the caller. */
    static final String OPEN_TASKS = """
            select id, title, status, due, count(*) over () as total
              from records.task
             where child_id = ?1 and assignee_id = ?2 and status in ('proposed', 'active')
             order by due asc nulls last, created_at, id
             limit 5
            """;

    /** {@code TimelineRecords.pageQuery(false, false, [], 51)}: the first page of 50 and one more row. ?1 child. */
    static final String TIMELINE_PAGE = "select id, child_id, occurred_at, recorded_at, category, kind, entry_id, "
            + "audience, author_id, summary, flagged from records.timeline_event where child_id = ?1 "
            + "order by occurred_at desc, id desc limit 51";

    private FacadeQueries() {
    }
}

package no.sammen.records.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.Audience;
import no.sammen.records.Handover;
import no.sammen.records.LastVisit;
import no.sammen.records.Relation;
import no.sammen.records.Timeline;
import no.sammen.records.TimelineEvent;
import no.sammen.records.TimelinePage;
import no.sammen.records.UnreadMessages;
import no.sammen.records.entity.TimelineEventEntity;

/**
 * Reads the timeline every part of the record writes to, and the handover built from it.
 *
 * <p>Access: reading the timeline or the handover needs a {@code READ} of {@link Category#CARE_TEAM}, which every
 * person related to the child has. Until the consent and access module brings profession scopes and consents per
 * category, the only narrowing inside is the entries' audience (the family sees entries shared with the family); that
 * module will add a per-category narrowing of these same queries. Marking a visit writes only the caller's own
 * {@code last_seen} row, nothing of the child's record, so it needs no more than reading. The handover shows
 * everything in the window, the caller's own changes included; new media counts the media module's {@code media-added}
 * events; unread messages are what the chat counts unread for the caller ({@link UnreadMessages}, implemented by the
 * messaging module; 0 when it is not deployed), counted only when the caller may read {@link Category#CHAT}, like
 * every other group only when its category is readable. The audit entry is the guard's one entry for the handover
 * ({@link Category#CARE_TEAM}); it names none of the categories counted inside, chat no more than reports (ADR 0031).
 *
 * <p>Every read is a few indexed queries on {@code timeline_event}, bounded by the page size or the handover's
 * window, never a child's whole history: the timeline walks {@code (child_id, occurred_at desc, id desc)} (per
 * category {@code (child_id, category, occurred_at desc, id desc)}) from a keyset cursor; the handover reads the
 * range of {@code (child_id, recorded_at)} since the caller's last visit, index-only, in one query that counts and
 * picks the newest items per group.
 */
@ApplicationScoped
/*
 * Reads run in one transaction (REQUIRED), like every other façade read: since the XA datasource (ADR 0010) the
 * identity and access units share its one connection, and the read's audit entry commits with it, so a request
 * borrows one pooled connection and commits once instead of taking a connection per query and committing the entry
 * on its own (ADR 0028).
 */
@Transactional
public class TimelineRecords implements Timeline {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** The handover's window for someone with no recorded visit. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

    private static final String EVENT_COLUMNS =
            "id, child_id, occurred_at, recorded_at, category, kind, entry_id, audience, author_id, summary, flagged";

    @PersistenceContext(unitName = "records")
    EntityManager em;

    /** The caller of the current request; a provider, since this bean outlives requests. */
    @Inject
    Provider<Caller> callers;

    @Inject
    Relations relations;

    @Inject
    RecordsClock clock;

    @Inject
    PersonNames names;

    /** The one access rule: which categories' events the caller may see. */
    @Inject
    AccessPolicy policy;

    /** The chat's unread counts (the messaging module's), or none when that module is not deployed. */
    @Inject
    Instance<UnreadMessages> unreadMessages;

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public TimelinePage events(ChildRef child, String categories, String limitValue, String cursorValue) {
        Checks checks = new Checks();
        Set<String> wanted = new LinkedHashSet<>();
        if (categories != null) {
            for (String c : categories.split(",")) {
                if (!c.isBlank()) {
                    try {
                        wanted.add(Category.fromApiName(c.trim()).apiName());
                    } catch (InvalidInputException e) {
                        checks.add(e, "");
                    }
                }
            }
        }
        int limit = DEFAULT_LIMIT;
        if (limitValue != null && !limitValue.isBlank()) {
            try {
                limit = Integer.parseInt(limitValue.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            checks.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be a whole number from 1 to " + MAX_LIMIT);
        }
        TimelineCursor cursor = null;
        try {
            cursor = TimelineCursor.decode(cursorValue);
        } catch (InvalidInputException e) {
            checks.add(e, "");
        }
        checks.orThrow();

        Relation relation = relations.of(callers.get().personId(), child.id());
        String sql = pageQuery(audienceNarrowing(relation, ""), readable(callers.get(), child), cursor != null,
                new ArrayList<>(wanted), limit + 1);
        Query query = em.createNativeQuery(sql, TimelineEventEntity.class).setParameter(1, child.id());
        if (cursor != null) {
            query.setParameter(2, cursor.occurredAtLiteral()).setParameter(3, cursor.id());
        }
        int position = 4;
        for (String category : wanted) {
            query.setParameter(position++, category);
        }
        @SuppressWarnings("unchecked")
        List<TimelineEventEntity> rows = query.getResultList();
        boolean more = rows.size() > limit;
        List<TimelineEventEntity> page = more ? rows.subList(0, limit) : rows;
        names.preload(page.stream().map(TimelineEventEntity::authorId).toList());
        List<TimelineEvent> events = page.stream().map(this::event).toList();
        TimelineEventEntity last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new TimelinePage(events, more ? TimelineCursor.after(last.occurredAt(), last.id()).encode() : null);
    }

    /**
     * The SQL of one page: newest first, after the cursor, narrowed to the family's audience and to the categories
     * asked for. With categories, one ordered index range per category, merged and cut to the page.
     * Parameters: ?1 child, ?2 and ?3 the cursor's time and id, ?4... the categories.
     */
    static String pageQuery(boolean family, boolean cursor, List<String> categories, int rows) {
        return pageQuery(audienceNarrowing(family ? Relation.GUARDIAN : Relation.MEMBER, ""), null, cursor, categories,
                rows);
    }

    /** As above, with the audiences' narrowing and the categories the caller may read ({@code null}: all). */
    static String pageQuery(String audiences, Set<Category> readable, boolean cursor, List<String> categories,
                            int rows) {
        String narrowing = audiences + categoryNarrowing("", readable)
                + (cursor ? " and occurred_at <= cast(?2 as timestamptz)"
                        + " and (occurred_at < cast(?2 as timestamptz) or id < ?3)" : "");
        String order = " order by occurred_at desc, id desc limit " + rows;
        if (categories.isEmpty()) {
            return "select " + EVENT_COLUMNS + " from records.timeline_event where child_id = ?1" + narrowing + order;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            parts.add("(select " + EVENT_COLUMNS + " from records.timeline_event where child_id = ?1 and category = ?"
                    + (4 + i) + narrowing + order + ")");
        }
        return "select " + EVENT_COLUMNS + " from (" + String.join(" union all ", parts) + ") e" + order;
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public Handover handover(ChildRef child) {
        Caller caller = callers.get();
        Relation relation = relations.of(caller.personId(), child.id());
        boolean family = relation.family();
        OffsetDateTime lastVisit = lastVisit(child, caller);
        OffsetDateTime since = lastVisit != null ? lastVisit
                : clock.now().minus(DEFAULT_WINDOW).truncatedTo(ChronoUnit.MICROS);

        HandoverSheet sheet = new HandoverSheet();
        @SuppressWarnings("unchecked")
        Set<Category> readable = readable(caller, child);
        List<Object[]> rows = em.createNativeQuery(handoverQuery(audienceNarrowing(relation, "t."), readable))
                .setParameter(1, child.id())
                .setParameter(2, SqlValues.literal(since.toInstant()))
                .getResultList();
        names.preload(rows.stream().map(row -> SqlValues.uuid(row[5])).toList());
        for (Object[] row : rows) {
            UUID entryId = SqlValues.uuid(row[4]);
            String category = (String) row[2];
            sheet.add(HandoverGroup.valueOf((String) row[8]), SqlValues.number(row[9]),
                    new Handover.Item(SqlValues.utc(row[1]), (String) row[3], (String) row[6],
                            names.of(SqlValues.uuid(row[5])), SqlValues.bool(row[7]),
                            EntryLinks.of(child.id(), category, entryId)));
        }
        return sheet.build(since, lastVisit, readable == null || readable.contains(Category.TASKS)
                ? openTasks(child, caller, family) : new Handover.OpenTasks(0, List.of()),
                unreadMessages(child, caller, readable));
    }

    /**
     * The chat's unread count for the caller, inside this read's transaction; 0 when the caller may not read the
     * child's chat or no module counts them.
     */
    long unreadMessages(ChildRef child, Caller caller, Set<Category> readable) {
        if ((readable != null && !readable.contains(Category.CHAT)) || !unreadMessages.isResolvable()) {
            return 0;
        }
        return unreadMessages.get().unread(child.id(), caller.personId());
    }

    /**
     * One index-only range scan of {@code (child_id, recorded_at)} since the window's start classifies and counts
     * the events per group; only the newest {@link HandoverGroup#ITEMS} of each group are then read from the table
     * by id. Parameters: ?1 child, ?2 the window's start.
     */
    static String handoverQuery(boolean family) {
        return handoverQuery(audienceNarrowing(family ? Relation.GUARDIAN : Relation.MEMBER, "t."), null);
    }

    /** As above, with the audiences' narrowing and the categories the caller may read ({@code null}: all). */
    static String handoverQuery(String audiences, Set<Category> readable) {
        return """
                select e.id, e.occurred_at, e.category, e.kind, e.entry_id, e.author_id, e.summary, e.flagged,
                       w.grp, w.total
                  from (select g.id, g.grp,
                               row_number() over (partition by g.grp order by g.recorded_at desc, g.id desc) as rn,
                               count(*) over (partition by g.grp) as total
                          from (select t.id, t.recorded_at, %s as grp
                                  from records.timeline_event t
                                 where t.child_id = ?1 and t.recorded_at > cast(?2 as timestamptz)%s%s) g
                         where g.grp is not null) w
                  join records.timeline_event e on e.id = w.id
                 where w.rn <= %d
                 order by w.grp, w.rn
                """.formatted(HandoverGroup.sqlCase("t"), audiences, categoryNarrowing("t.", readable),
                HandoverGroup.ITEMS);
    }

    /** Tasks proposed to the caller or active and theirs, the most pressing first; the count over all of them. */
    private Handover.OpenTasks openTasks(ChildRef child, Caller caller, boolean family) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, title, status, due, count(*) over () as total
                          from records.task
                         where child_id = ?1 and assignee_id = ?2 and status in ('proposed', 'active')%s
                         order by due asc nulls last, created_at, id
                         limit %d
                        """.formatted(audienceNarrowing(family ? Relation.GUARDIAN : Relation.MEMBER, ""),
                        HandoverGroup.ITEMS))
                .setParameter(1, child.id())
                .setParameter(2, caller.personId())
                .getResultList();
        var today = clock.today();
        long count = rows.isEmpty() ? 0 : SqlValues.number(rows.get(0)[4]);
        List<Handover.OpenTask> items = rows.stream().map(r -> {
            UUID id = SqlValues.uuid(r[0]);
            var due = SqlValues.date(r[3]);
            return new Handover.OpenTask(id, (String) r[1], (String) r[2], due, due != null && due.isBefore(today),
                    EntryLinks.of(child.id(), Category.TASKS.apiName(), id));
        }).toList();
        return new Handover.OpenTasks(count, items);
    }

    /**
     * The categories whose events the caller may read, asked of the access rule per category ({@code null} when
     * every category is readable, so that the common case needs no extra predicate).
     */
    private Set<Category> readable(Caller caller, ChildRef child) {
        Set<Category> readable = java.util.EnumSet.noneOf(Category.class);
        for (Category category : Category.values()) {
            if (policy.released(caller, child, category).permitted()) {
                readable.add(category);
            }
        }
        return readable.size() == Category.values().length ? null : readable;
    }

    /**
     * The audiences a relation sees: the guardians what is shared with the family, the child also their confidential
     * entries ({@code team-and-child}), the team everything.
     */
    static String audienceNarrowing(Relation relation, String alias) {
        List<String> seen = Confidentiality.visible(relation).stream().distinct().toList();
        if (seen.size() == Audience.values().length) {
            return "";
        }
        if (seen.size() == 1) {
            return " and " + alias + "audience = '" + seen.get(0) + "'";
        }
        return " and " + alias + "audience in (" + String.join(", ", seen.stream().map(a -> "'" + a + "'").toList())
                + ")";
    }

    /** {@code and category in (...)} from the enum's own names (no input reaches the SQL text). */
    static String categoryNarrowing(String alias, Set<Category> readable) {
        if (readable == null) {
            return "";
        }
        if (readable.isEmpty()) {
            return " and false";
        }
        return " and " + alias + "category in (" + String.join(", ",
                readable.stream().map(c -> "'" + c.apiName() + "'").sorted().toList()) + ")";
    }

    private OffsetDateTime lastVisit(ChildRef child, Caller caller) {
        List<?> seen = em.createNativeQuery(
                        "select seen_at from records.last_seen where child_id = ?1 and person_id = ?2")
                .setParameter(1, child.id())
                .setParameter(2, caller.personId())
                .getResultList();
        return seen.isEmpty() ? null : SqlValues.utc(seen.get(0));
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public LastVisit visited(ChildRef child) {
        Caller caller = callers.get();
        OffsetDateTime now = clock.now().truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                        insert into records.last_seen (child_id, person_id, seen_at)
                        values (?1, ?2, cast(?3 as timestamptz))
                        on conflict (child_id, person_id) do update set seen_at = excluded.seen_at
                        """)
                .setParameter(1, child.id())
                .setParameter(2, caller.personId())
                .setParameter(3, SqlValues.literal(now.toInstant()))
                .executeUpdate();
        return new LastVisit(now);
    }

    private TimelineEvent event(TimelineEventEntity e) {
        return new TimelineEvent(e.id(), e.occurredAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), e.category(),
                e.kind(), e.summary(), e.authorId(), names.of(e.authorId()), e.flagged(), e.audience(),
                EntryLinks.of(e.childId(), e.category(), e.entryId()));
    }
}

package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import no.sammen.messaging.ChatThread;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Relation;

/**
 * The thread rows: the participation rule in SQL, the thread counters, the participants. Callers have been guarded
 * already; this class decides nothing about the child, only which of its threads a party takes part in.
 */
@ApplicationScoped
public class ThreadRows {

    /**
     * The threads of child ?1 that a party takes part in: ?2 on the team, ?3 a guardian, ?4 the child, ?5 the
     * person. The same table as {@link Participation}.
     */
    static final String VISIBLE = """
            t.child_id = ?1 and (
              (t.kind = 'team' and (?2 or (?3 and t.include_family)))
              or (t.kind = 'family' and (?2 or ?3))
              or (t.kind = 'group' and ?2 and exists (select 1 from messaging.participant c
                  where c.thread_id = t.id and c.person_id = ?5 and c.chosen))
              or (t.kind = 'confidential' and (?2 or ?4) and exists (select 1 from messaging.participant c
                  where c.thread_id = t.id and c.person_id = ?5 and c.chosen)))""";

    private static final String READ_UP_TO = """
            coalesce((select r.last_read_seq from messaging.participant r
                      where r.thread_id = t.id and r.person_id = ?5), 0)""";

    /** The messages of thread {@code t} that person ?5 has not read: not deleted, not theirs, after their marker. */
    private static final String UNREAD = "(select count(*) from messaging.message m where m.thread_id = t.id"
            + " and m.deleted_at is null and m.author_id <> ?5 and m.seq > " + READ_UP_TO + ")";

    private static final String COLUMNS = "t.id, t.child_id, t.kind, t.title, t.include_family, t.last_event_seq, "
            + UNREAD + ","
            + " (select count(*) from messaging.message m join messaging.mention n on n.message_id = m.id"
            + " and n.person_id = ?5 where m.thread_id = t.id and m.deleted_at is null and m.seq > " + READ_UP_TO
            + ")";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /** A thread row as loaded. */
    record Row(UUID id, UUID childId, String kind, String title, boolean includeFamily, long lastEventSeq,
               int unread, int unreadMentions) {
    }

    /** The child's team and family threads, made when first asked for (every child has them). */
    void ensureStandingThreads(UUID childId, UUID askedBy) {
        for (String[] kind : new String[][] {{Participation.TEAM, "Care team"}, {Participation.FAMILY,
                "Family and care team"}}) {
            em.createNativeQuery("insert into messaging.thread (id, child_id, kind, title, created_by, created_at)"
                            + " values (?1, ?2, ?3, ?4, ?5, now()) on conflict do nothing")
                    .setParameter(1, Ids.newId()).setParameter(2, childId).setParameter(3, kind[0])
                    .setParameter(4, kind[1]).setParameter(5, askedBy).executeUpdate();
        }
    }

    /** The threads of the child the party takes part in, the team and family threads first. */
    List<Row> visible(UUID childId, Party party) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from messaging.thread t where " + VISIBLE
                + " order by case t.kind when 'team' then 0 when 'family' then 1 else 2 end, t.created_at, t.id");
        bind(query, childId, party);
        List<Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row((Object[]) row));
        }
        return rows;
    }

    /**
     * The person's unread messages over all the child's threads they take part in, as the thread list counts them
     * per thread ({@link #UNREAD} over {@link #VISIBLE}), in one query.
     */
    long unread(UUID childId, UUID personId, Relation relation) {
        Query query = em.createNativeQuery("select coalesce(sum(" + UNREAD + "), 0) from messaging.thread t where "
                + VISIBLE);
        bind(query, childId, personId, relation);
        return Rows.count(query.getSingleResult());
    }

    /** The thread if the party takes part in it; otherwise it does not exist for them. */
    Row find(ChildRef child, UUID threadId, Party party) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from messaging.thread t where t.id = ?6 and "
                + VISIBLE);
        bind(query, child.id(), party);
        List<?> found = query.setParameter(6, threadId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("The thread");
        }
        return row((Object[]) found.get(0));
    }

    /** Whether the party takes part in the thread (a delivery's check; no row means no). */
    boolean takesPart(UUID childId, UUID threadId, Party party) {
        Query query = em.createNativeQuery("select count(*) from messaging.thread t where t.id = ?6 and " + VISIBLE);
        bind(query, childId, party);
        return Rows.count(query.setParameter(6, threadId).getSingleResult()) > 0;
    }

    /** The child's team thread, or {@code null} before the child's threads were first listed. */
    UUID teamThreadOf(UUID childId) {
        List<?> found = em.createNativeQuery("select id from messaging.thread where child_id = ?1 and kind = 'team'")
                .setParameter(1, childId).getResultList();
        return found.isEmpty() ? null : Rows.id(found.get(0));
    }

    /** The child a thread belongs to, or {@code null}; says nothing about who may see it. */
    UUID childOf(UUID threadId) {
        List<?> found = em.createNativeQuery("select child_id from messaging.thread where id = ?1")
                .setParameter(1, threadId).getResultList();
        return found.isEmpty() ? null : Rows.id(found.get(0));
    }

    private static void bind(Query query, UUID childId, Party party) {
        bind(query, childId, party.personId(), party.relation());
    }

    private static void bind(Query query, UUID childId, UUID personId, Relation relation) {
        query.setParameter(1, childId).setParameter(2, relation.onTeam())
                .setParameter(3, relation == Relation.GUARDIAN).setParameter(4, relation == Relation.CHILD)
                .setParameter(5, personId);
    }

    private static Row row(Object[] r) {
        return new Row(Rows.id(r[0]), Rows.id(r[1]), (String) r[2], (String) r[3], Boolean.TRUE.equals(r[4]),
                Rows.count(r[5]), (int) Rows.count(r[6]), (int) Rows.count(r[7]));
    }

    /**
     * Takes the thread's next event number (and, for a new message, its next position) under the thread row's
     * lock, held until the transaction ends: a thread's writers queue here, so numbers are gap-free and commit in
     * order.
     *
     * @return {position (0 when no new message), event}
     */
    long[] nextEvent(UUID threadId, boolean newMessage) {
        Object[] r = (Object[]) em.createNativeQuery("update messaging.thread set last_event_seq = last_event_seq + 1,"
                        + " last_seq = last_seq + ?2 where id = ?1 returning last_seq, last_event_seq")
                .setParameter(1, threadId).setParameter(2, newMessage ? 1 : 0).getSingleResult();
        return new long[] {newMessage ? Rows.count(r[0]) : 0, Rows.count(r[1])};
    }

    /** Locks the thread row (the writers' queue) without taking a number yet. */
    void lock(UUID threadId) {
        em.createNativeQuery("select id from messaging.thread where id = ?1 for update").setParameter(1, threadId)
                .getResultList();
    }

    /** Adds a participant (chosen at opening, or taking part in a team or family thread); keeps an existing one. */
    void join(UUID threadId, Party party, boolean chosen) {
        em.createNativeQuery("insert into messaging.participant (thread_id, person_id, display_name, role, chosen)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (thread_id, person_id) do update"
                        + " set display_name = excluded.display_name, role = excluded.role")
                .setParameter(1, threadId).setParameter(2, party.personId()).setParameter(3, party.displayName())
                .setParameter(4, party.role()).setParameter(5, chosen).executeUpdate();
    }

    /** The participants of threads of a child, by thread. */
    Map<UUID, List<ChatThread.Participant>> participants(UUID childId) {
        return participantsWhere("t.child_id = ?1", childId);
    }

    /** The participants of one thread. */
    List<ChatThread.Participant> participantsOf(UUID threadId) {
        return participantsWhere("t.id = ?1", threadId).getOrDefault(threadId, List.of());
    }

    private Map<UUID, List<ChatThread.Participant>> participantsWhere(String where, UUID id) {
        Map<UUID, List<ChatThread.Participant>> byThread = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select p.thread_id, p.person_id, p.display_name, p.role"
                        + " from messaging.participant p join messaging.thread t on t.id = p.thread_id where " + where
                        + " order by p.display_name, p.person_id")
                .setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            byThread.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>())
                    .add(new ChatThread.Participant(Rows.id(r[1]), (String) r[2], (String) r[3]));
        }
        return byThread;
    }

    /** The people to notify of a new message: the thread's participants but the author. */
    List<UUID> others(UUID threadId, UUID author) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("select person_id from messaging.participant where thread_id = ?1"
                        + " and person_id <> ?2").setParameter(1, threadId).setParameter(2, author).getResultList()) {
            ids.add(Rows.id(id));
        }
        return ids;
    }

    /**
     * Whether a person who stands to the child as {@code relation} takes part in the thread ({@link Participation});
     * asks whether they were chosen only for the kinds where that counts.
     */
    boolean includes(Row thread, UUID personId, Relation relation) {
        boolean chosenKind = Participation.GROUP.equals(thread.kind())
                || Participation.CONFIDENTIAL.equals(thread.kind());
        return Participation.takesPart(relation, thread.kind(), thread.includeFamily(),
                chosenKind && chosen(thread.id(), personId));
    }

    private boolean chosen(UUID threadId, UUID personId) {
        return Rows.count(em.createNativeQuery("select count(*) from messaging.participant where thread_id = ?1"
                        + " and person_id = ?2 and chosen").setParameter(1, threadId).setParameter(2, personId)
                .getSingleResult()) > 0;
    }

    static ChatThread view(Row row, List<ChatThread.Participant> participants) {
        return new ChatThread(row.id(), row.childId(), row.kind(), row.title(), row.includeFamily(), participants,
                row.lastEventSeq(), row.unread(), row.unreadMentions());
    }
}

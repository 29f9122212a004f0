package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Relation;

/** Reading messages with their mentions and references, by event number; shared by the API and the live feed. */
@ApplicationScoped
public class MessageRows {

    private static final String COLUMNS = "m.id, m.thread_id, m.seq, m.event_seq, m.author_id, m.author_name, m.body,"
            + " m.sent_at, m.edited_at, m.deleted_at is not null";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    /** The messages of the thread whose latest change is after event {@code after}, in event order. */
    List<StoredMessage> after(UUID threadId, long after, int limit) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from messaging.message m where m.thread_id = ?1"
                        + " and m.event_seq > ?2 order by m.event_seq limit ?3")
                .setParameter(1, threadId).setParameter(2, after).setParameter(3, limit).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long last = Rows.count(((Object[]) rows.get(rows.size() - 1))[3]);
        String range = " m.thread_id = ?1 and m.event_seq > ?2 and m.event_seq <= ?3";
        Map<UUID, List<UUID>> mentions = new HashMap<>();
        for (Object row : em.createNativeQuery("select n.message_id, n.person_id from messaging.mention n"
                        + " join messaging.message m on m.id = n.message_id where" + range + " order by n.person_id")
                .setParameter(1, threadId).setParameter(2, after).setParameter(3, last).getResultList()) {
            Object[] r = (Object[]) row;
            mentions.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>()).add(Rows.id(r[1]));
        }
        Map<UUID, List<StoredMessage.Target>> references = new HashMap<>();
        for (Object row : em.createNativeQuery("select f.message_id, f.kind, f.target_id, f.label, f.audience"
                        + " from messaging.reference f join messaging.message m on m.id = f.message_id where" + range
                        + " order by f.message_id, f.position")
                .setParameter(1, threadId).setParameter(2, after).setParameter(3, last).getResultList()) {
            Object[] r = (Object[]) row;
            references.computeIfAbsent(Rows.id(r[0]), k -> new ArrayList<>())
                    .add(new StoredMessage.Target((String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        Map<UUID, StoredMessage> messages = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            UUID id = Rows.id(r[0]);
            messages.put(id, new StoredMessage(id, Rows.id(r[1]), Rows.count(r[2]), Rows.count(r[3]), Rows.id(r[4]),
                    (String) r[5], (String) r[6], Rows.instant(r[7]), Rows.instant(r[8]), Boolean.TRUE.equals(r[9]),
                    mentions.getOrDefault(id, List.of()), references.getOrDefault(id, List.of())));
        }
        return new ArrayList<>(messages.values());
    }

    /** One message of the thread. */
    StoredMessage one(UUID threadId, UUID messageId) {
        List<?> found = em.createNativeQuery("select event_seq from messaging.message where id = ?1 and thread_id = ?2")
                .setParameter(1, messageId).setParameter(2, threadId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("The message");
        }
        return after(threadId, Rows.count(found.get(0)) - 1, 1).get(0);
    }

    /** The reader of a child's messages: what the rule lets them read of the categories references point into. */
    Reader reader(Caller caller, ChildRef child, Relation relation) {
        Set<Category> readable = EnumSet.noneOf(Category.class);
        for (Category category : Reader.CATEGORIES) {
            if (policy.released(caller, child, category).permitted()) {
                readable.add(category);
            }
        }
        return new Reader(relation, readable);
    }
}

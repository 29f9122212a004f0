package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.messaging.Message;
import no.sammen.messaging.MessagePage;
import no.sammen.messaging.MessageVersion;
import no.sammen.messaging.Messages;
import no.sammen.messaging.NewMessage;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/**
 * The messages of a thread the caller takes part in. Every change takes the thread's next event number under the
 * thread row's lock and announces {@code threadId:eventSeq} with {@code pg_notify} in the same transaction, so the
 * announcement goes out when, and only if, the change commits (ADR 0021).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MessageRecords implements Messages {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Inject
    ThreadRows threads;

    @Inject
    MessageRows messages;

    @Inject
    Parties parties;

    @Inject
    References references;

    @Inject
    Notices notices;

    @Inject
    MessagingSettings settings;

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public MessagePage after(ChildRef child, UUID threadId, long after, Integer limit) {
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (after < 0) {
            throw new InvalidInputException("after", "must be an event number (0 or more)");
        }
        Party caller = parties.current(child.id());
        ThreadRows.Row thread = threads.find(child, threadId, caller);
        List<StoredMessage> found = messages.after(threadId, after, max + 1);
        boolean more = found.size() > max;
        List<Message> page = new ArrayList<>();
        Reader reader = found.isEmpty() ? null : messages.reader(callers.get(), child, caller.relation());
        for (StoredMessage message : found.subList(0, Math.min(max, found.size()))) {
            page.add(message.view(reader));
        }
        long last = page.isEmpty() ? Math.min(after, thread.lastEventSeq()) : page.get(page.size() - 1).eventSeq();
        return new MessagePage(page, last, more);
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Message post(ChildRef child, UUID threadId, NewMessage message) {
        if (message == null) {
            throw new InvalidInputException("body", "a JSON object with the message's body");
        }
        String body = checkedBody(message.body());
        Party caller = parties.current(child.id());
        ThreadRows.Row thread = threads.find(child, threadId, caller);
        Set<UUID> mentions = checkedMentions(child, thread, message.mentions());
        List<StoredMessage.Target> targets = references.resolve(child.id(), message.references());
        threads.lock(threadId);
        if (message.clientKey() != null) {
            List<?> earlier = em.createNativeQuery("select id from messaging.message where thread_id = ?1"
                            + " and author_id = ?2 and client_key = ?3")
                    .setParameter(1, threadId).setParameter(2, caller.personId()).setParameter(3, message.clientKey())
                    .getResultList();
            if (!earlier.isEmpty()) {
                return view(child, caller, messages.one(threadId, Rows.id(earlier.get(0))));
            }
        }
        return view(child, caller, insert(child, thread, caller, body, mentions, targets, message.clientKey()));
    }

    private StoredMessage insert(ChildRef child, ThreadRows.Row thread, Party author, String body, Set<UUID> mentions,
                                 List<StoredMessage.Target> targets, UUID clientKey) {
        long[] numbers = threads.nextEvent(thread.id(), true);
        UUID id = Ids.newId();
        em.createNativeQuery("insert into messaging.message (id, thread_id, seq, event_seq, author_id, author_name,"
                        + " body, sent_at, client_key) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), ?8)")
                .setParameter(1, id).setParameter(2, thread.id()).setParameter(3, numbers[0])
                .setParameter(4, numbers[1]).setParameter(5, author.personId()).setParameter(6, author.displayName())
                .setParameter(7, body).setParameter(8, clientKey).executeUpdate();
        for (UUID person : mentions) {
            em.createNativeQuery("insert into messaging.mention (message_id, person_id) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, person).executeUpdate();
        }
        int position = 0;
        for (StoredMessage.Target target : targets) {
            em.createNativeQuery("insert into messaging.reference (message_id, position, kind, target_id, label,"
                            + " audience) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, position++).setParameter(3, target.kind())
                    .setParameter(4, target.id()).setParameter(5, target.label()).setParameter(6, target.audience())
                    .executeUpdate();
        }
        threads.join(thread.id(), author, false);
        em.createNativeQuery("update messaging.participant set last_read_seq = ?3, read_at = now()"
                        + " where thread_id = ?1 and person_id = ?2")
                .setParameter(1, thread.id()).setParameter(2, author.personId()).setParameter(3, numbers[0])
                .executeUpdate();
        notices.newMessage(child.id(), thread, id, author.personId(), mentions);
        announce(thread.id(), numbers[1]);
        return messages.one(thread.id(), id);
    }

    /** Tells every instance (this one too) that the thread has a new event, when the transaction commits. */
    private void announce(UUID threadId, long eventSeq) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, ChangeListener.MESSAGES)
                .setParameter(2, threadId + ":" + eventSeq).getSingleResult();
    }

    static String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "write something (1 to " + MAX_BODY + " characters)");
        }
        if (body.codePointCount(0, body.length()) > MAX_BODY) {
            throw new InvalidInputException("body", "at most " + MAX_BODY + " characters; this one has "
                    + body.codePointCount(0, body.length()) + " (nothing was sent)");
        }
        if (body.indexOf('\0') >= 0) {
            throw new InvalidInputException("body", "must be plain text");
        }
        return body;
    }

    /** The mentioned people: each must take part in the thread. */
    private Set<UUID> checkedMentions(ChildRef child, ThreadRows.Row thread, List<UUID> mentioned) {
        Set<UUID> mentions = new LinkedHashSet<>();
        if (mentioned == null) {
            return mentions;
        }
        for (UUID person : mentioned) {
            if (person == null || !threads.includes(thread, person, parties.relation(person, child.id()))) {
                throw new InvalidInputException("mentions", "only people in the thread can be mentioned");
            }
            mentions.add(person);
        }
        if (mentions.size() > ThreadRecords.MAX_PARTICIPANTS) {
            throw new InvalidInputException("mentions", "at most " + ThreadRecords.MAX_PARTICIPANTS + " people");
        }
        return mentions;
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE)
    public Message edit(ChildRef child, UUID threadId, UUID messageId, String body) {
        String text = checkedBody(body);
        Party caller = parties.current(child.id());
        StoredMessage message = own(child, threadId, messageId, caller);
        threads.lock(threadId);
        long event = threads.nextEvent(threadId, false)[1];
        em.createNativeQuery("insert into messaging.message_version (message_id, version, body, written_at)"
                        + " select m.id, (select count(*) + 1 from messaging.message_version v where v.message_id = m.id),"
                        + " m.body, coalesce(m.edited_at, m.sent_at) from messaging.message m where m.id = ?1")
                .setParameter(1, messageId).executeUpdate();
        em.createNativeQuery("update messaging.message set body = ?2, edited_at = now(), event_seq = ?3 where id = ?1")
                .setParameter(1, messageId).setParameter(2, text).setParameter(3, event).executeUpdate();
        announce(threadId, event);
        return view(child, caller, messages.one(threadId, message.id()));
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public List<MessageVersion> versions(ChildRef child, UUID threadId, UUID messageId) {
        threads.find(child, threadId, parties.current(child.id()));
        StoredMessage message = messages.one(threadId, messageId);
        List<MessageVersion> versions = new ArrayList<>();
        if (message.deleted()) {
            return versions;
        }
        for (Object row : em.createNativeQuery("select version, body, written_at from messaging.message_version"
                        + " where message_id = ?1 order by version").setParameter(1, messageId).getResultList()) {
            Object[] r = (Object[]) row;
            versions.add(new MessageVersion((int) Rows.count(r[0]), (String) r[1], Rows.instant(r[2])));
        }
        return versions;
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE, operation = AuditEvent.Operation.DELETE)
    public void delete(ChildRef child, UUID threadId, UUID messageId) {
        Party caller = parties.current(child.id());
        own(child, threadId, messageId, caller);
        threads.lock(threadId);
        long event = threads.nextEvent(threadId, false)[1];
        em.createNativeQuery("update messaging.message set deleted_at = now(), event_seq = ?2 where id = ?1")
                .setParameter(1, messageId).setParameter(2, event).executeUpdate();
        em.createNativeQuery("delete from messaging.notification where message_id = ?1").setParameter(1, messageId)
                .executeUpdate();
        announce(threadId, event);
    }

    /** The caller's own message, not deleted. */
    private StoredMessage own(ChildRef child, UUID threadId, UUID messageId, Party caller) {
        threads.find(child, threadId, caller);
        StoredMessage message = messages.one(threadId, messageId);
        if (!message.authorId().equals(caller.personId())) {
            throw new AccessDeniedException("Only the author changes or deletes a message.");
        }
        if (message.deleted()) {
            throw new ConflictException("The message is deleted.");
        }
        return message;
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Message videoCall(ChildRef child, UUID threadId) {
        String link = settings.videoCallLink()
                .orElseThrow(() -> new ConflictException("No video call provider is configured."));
        Party caller = parties.current(child.id());
        ThreadRows.Row thread = threads.find(child, threadId, caller);
        threads.lock(threadId);
        return view(child, caller, insert(child, thread, caller, link, Set.of(), List.of(), null));
    }

    private Message view(ChildRef child, Party caller, StoredMessage message) {
        return message.view(messages.reader(callers.get(), child, caller.relation()));
    }
}

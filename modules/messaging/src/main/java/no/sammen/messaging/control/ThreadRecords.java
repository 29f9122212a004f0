package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.messaging.ChatThread;
import no.sammen.messaging.LiveTicket;
import no.sammen.messaging.NewThread;
import no.sammen.messaging.Receipt;
import no.sammen.messaging.ThreadChange;
import no.sammen.messaging.Threads;
import no.sammen.platform.AccessChanged;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.Relation;

/** A child's threads, narrowed to the caller's participation in the query (ADR 0020). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ThreadRecords implements Threads {

    static final int MAX_TITLE = 200;
    static final int MAX_PARTICIPANTS = 50;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    ThreadRows threads;

    @Inject
    Parties parties;

    @Inject
    LiveTickets tickets;

    @Inject
    Event<AccessChanged> accessChanged;

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public List<ChatThread> list(ChildRef child) {
        Party caller = parties.current(child.id());
        threads.ensureStandingThreads(child.id(), caller.personId());
        Map<UUID, List<ChatThread.Participant>> participants = threads.participants(child.id());
        List<ChatThread> list = new ArrayList<>();
        for (ThreadRows.Row row : threads.visible(child.id(), caller)) {
            list.add(ThreadRows.view(row, participants.getOrDefault(row.id(), List.of())));
        }
        return list;
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public ChatThread open(ChildRef child, NewThread thread) {
        if (thread == null) {
            throw new InvalidInputException("body", "a JSON object with kind, title and participants");
        }
        Party caller = parties.current(child.id());
        String kind = thread.kind() == null ? "" : thread.kind().strip();
        if (Participation.GROUP.equals(kind)) {
            if (!caller.relation().onTeam()) {
                throw new AccessDeniedException("Only members of the care team open group threads.");
            }
        } else if (Participation.CONFIDENTIAL.equals(kind)) {
            if (caller.relation() != Relation.CHILD) {
                throw new AccessDeniedException("Only the adolescent opens a confidential thread.");
            }
        } else if (Participation.TEAM.equals(kind) || Participation.FAMILY.equals(kind)) {
            throw new InvalidInputException("kind", "every child has one " + kind + " thread already");
        } else {
            throw new InvalidInputException("kind", "must be group or confidential");
        }
        String title = thread.title() == null ? "" : thread.title().strip();
        if (title.isEmpty() && Participation.CONFIDENTIAL.equals(kind)) {
            title = "Confidential";
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new InvalidInputException("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        Set<UUID> chosenIds = new LinkedHashSet<>(thread.participants() == null ? List.of() : thread.participants());
        chosenIds.remove(null);
        chosenIds.remove(caller.personId());
        if (chosenIds.isEmpty() || chosenIds.size() > MAX_PARTICIPANTS) {
            throw new InvalidInputException("participants", "choose 1 to " + MAX_PARTICIPANTS
                    + " members of the care team");
        }
        List<Party> chosen = parties.chosenProfessionals(child.id(), chosenIds);
        UUID id = Ids.newId();
        em.createNativeQuery("insert into messaging.thread (id, child_id, kind, title, created_by, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, now())")
                .setParameter(1, id).setParameter(2, child.id()).setParameter(3, kind).setParameter(4, title)
                .setParameter(5, caller.personId()).executeUpdate();
        threads.join(id, caller, true);
        for (Party party : chosen) {
            threads.join(id, party, true);
        }
        return view(child, id, caller);
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public ChatThread thread(ChildRef child, UUID threadId) {
        return view(child, threadId, parties.current(child.id()));
    }

    private ChatThread view(ChildRef child, UUID threadId, Party caller) {
        return ThreadRows.view(threads.find(child, threadId, caller), threads.participantsOf(threadId));
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE)
    public ChatThread change(ChildRef child, UUID threadId, ThreadChange change) {
        Party caller = parties.current(child.id());
        // Every child has a team thread, so the family may address it before taking part in it.
        if (!threadId.equals(threads.teamThreadOf(child.id()))) {
            threads.find(child, threadId, caller);
            throw new InvalidInputException("includeFamily", "only the team thread takes the family in or out");
        }
        if (change == null || change.includeFamily() == null) {
            throw new InvalidInputException("includeFamily", "true or false");
        }
        if (caller.relation() != Relation.GUARDIAN && caller.relation() != Relation.COORDINATOR) {
            throw new AccessDeniedException("The family or the coordinator decides whether the guardians take part.");
        }
        em.createNativeQuery("update messaging.thread set include_family = ?2 where id = ?1")
                .setParameter(1, threadId).setParameter(2, change.includeFamily()).executeUpdate();
        accessChanged.fire(new AccessChanged(child.id()));
        return view(child, threadId, caller);
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.WRITE)
    public void markRead(ChildRef child, UUID threadId, long upTo) {
        Party caller = parties.current(child.id());
        threads.find(child, threadId, caller);
        if (upTo < 0) {
            throw new InvalidInputException("upTo", "must be a message position (0 or more)");
        }
        threads.join(threadId, caller, false);
        em.createNativeQuery("update messaging.participant set last_read_seq = least(?3,"
                        + " (select last_seq from messaging.thread where id = ?1)), read_at = now()"
                        + " where thread_id = ?1 and person_id = ?2 and last_read_seq < ?3")
                .setParameter(1, threadId).setParameter(2, caller.personId()).setParameter(3, upTo).executeUpdate();
        em.createNativeQuery("update messaging.notification n set read_at = now() where n.person_id = ?2"
                        + " and n.thread_id = ?1 and n.read_at is null and exists (select 1 from messaging.message m"
                        + " where m.id = n.message_id and m.seq <= ?3)")
                .setParameter(1, threadId).setParameter(2, caller.personId()).setParameter(3, upTo).executeUpdate();
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public List<Receipt> receipts(ChildRef child, UUID threadId) {
        threads.find(child, threadId, parties.current(child.id()));
        List<Receipt> receipts = new ArrayList<>();
        for (Object row : em.createNativeQuery("select person_id, display_name, last_read_seq, read_at"
                        + " from messaging.participant where thread_id = ?1 and read_at is not null"
                        + " order by last_read_seq desc, display_name")
                .setParameter(1, threadId).getResultList()) {
            Object[] r = (Object[]) row;
            receipts.add(new Receipt(Rows.id(r[0]), (String) r[1], Rows.count(r[2]), Rows.instant(r[3])));
        }
        return receipts;
    }

    @Override
    @ChildAccess(category = Category.CHAT, action = Action.READ)
    public LiveTicket liveTicket(ChildRef child, UUID threadId) {
        threads.find(child, threadId, parties.current(child.id()));
        return tickets.issue(threadId);
    }
}

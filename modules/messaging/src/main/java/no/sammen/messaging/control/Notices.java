package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.platform.Ids;

/**
 * The notifications a new message leaves: in-app for everyone else in the thread who still takes part in it (in the
 * team and family threads everyone on the team or in the family whom the thread includes, whether or not they have
 * opened it yet; in the others the chosen people), {@code mention} for the people it mentions, {@code message} for
 * the rest, and the content-free e-mail notice
 * where {@link MailNotices#wanted} says so, sent after the message commits.
 */
@ApplicationScoped
public class Notices {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Parties parties;

    @Inject
    ThreadRows threads;

    @Inject
    MailNotices mail;

    @Inject
    Event<MailNotices.Due> due;

    void newMessage(UUID childId, ThreadRows.Row thread, UUID messageId, UUID author, Set<UUID> mentions) {
        Set<UUID> recipients = new LinkedHashSet<>(threads.others(thread.id(), author));
        if (Participation.TEAM.equals(thread.kind()) || Participation.FAMILY.equals(thread.kind())) {
            // The team and family threads are everyone's who takes part, also of those who never opened them.
            recipients.addAll(parties.people(childId));
        }
        recipients.addAll(mentions);
        recipients.remove(author);
        List<String> addresses = new ArrayList<>();
        for (UUID person : recipients) {
            if (!threads.includes(thread, person, parties.relation(person, childId))) {
                continue;
            }
            List<?> waiting = em.createNativeQuery("select (select address from messaging.notice_address"
                            + " where person_id = ?1), (select count(*) from messaging.notification where person_id = ?1"
                            + " and thread_id = ?2 and read_at is null)")
                    .setParameter(1, person).setParameter(2, thread.id()).getResultList();
            Object[] r = (Object[]) waiting.get(0);
            em.createNativeQuery("insert into messaging.notification (id, person_id, kind, child_id, thread_id,"
                            + " message_id, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, now())")
                    .setParameter(1, Ids.newId()).setParameter(2, person)
                    .setParameter(3, mentions.contains(person) ? "mention" : "message").setParameter(4, childId)
                    .setParameter(5, thread.id()).setParameter(6, messageId).executeUpdate();
            if (mail.wanted((String) r[0], Rows.count(r[1]) > 0)) {
                addresses.add((String) r[0]);
            }
        }
        if (!addresses.isEmpty()) {
            due.fire(new MailNotices.Due(addresses));
        }
    }
}

package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.messaging.Notification;
import no.sammen.messaging.Notifications;
import no.sammen.platform.Caller;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;

/** The caller's own notifications: no child's data beyond ids, so not a guarded read; someone else's do not exist. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class NotificationRecords implements Notifications {

    static final int MAX_ADDRESS = 254;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Override
    public List<Notification> mine() {
        List<Notification> list = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, kind, child_id, thread_id, message_id, created_at,"
                        + " read_at is not null from messaging.notification where person_id = ?1"
                        + " order by created_at desc, id desc limit 100")
                .setParameter(1, callers.get().personId()).getResultList()) {
            Object[] r = (Object[]) row;
            list.add(new Notification(Rows.id(r[0]), (String) r[1], Rows.id(r[2]), Rows.id(r[3]), Rows.id(r[4]),
                    Rows.instant(r[5]), Boolean.TRUE.equals(r[6])));
        }
        return list;
    }

    @Override
    public void markRead(UUID notificationId) {
        int changed = em.createNativeQuery("update messaging.notification set read_at = coalesce(read_at, now())"
                        + " where id = ?1 and person_id = ?2")
                .setParameter(1, notificationId).setParameter(2, callers.get().personId()).executeUpdate();
        if (changed == 0) {
            throw new NotFoundException("The notification");
        }
    }

    @Override
    public void noticeAddress(String address) {
        UUID person = callers.get().personId();
        if (address == null || address.isBlank()) {
            em.createNativeQuery("delete from messaging.notice_address where person_id = ?1").setParameter(1, person)
                    .executeUpdate();
            return;
        }
        String value = address.strip();
        if (value.length() > MAX_ADDRESS || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("address", "must be an e-mail address");
        }
        em.createNativeQuery("insert into messaging.notice_address (person_id, address) values (?1, ?2)"
                        + " on conflict (person_id) do update set address = excluded.address")
                .setParameter(1, person).setParameter(2, value).executeUpdate();
    }
}

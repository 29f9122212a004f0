package no.sammen.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.platform.AccessChanged;

/**
 * Passes an {@link AccessChanged} on to every instance: a {@code pg_notify} in the changing transaction, which
 * PostgreSQL delivers to the listeners only once that transaction has committed, so the feeds re-decide on the new
 * state (and never on a change that rolled back). Outside a transaction the notification goes out at once.
 */
@ApplicationScoped
public class AccessRelay {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    void relay(@Observes(during = TransactionPhase.IN_PROGRESS) AccessChanged change) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, ChangeListener.ACCESS)
                .setParameter(2, change.childId().toString()).getSingleResult();
    }
}

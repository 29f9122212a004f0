package no.sammen.media.control;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Removes abandoned uploads (ADR 0024): those nothing arrived for during {@code sammen.media.upload-expiry} (default
 * seven days), their parts on storage first, then their rows. A transaction-scoped advisory lock lets one instance
 * sweep at a time; the others skip. An upload whose parts cannot be deleted keeps its row and is tried again next
 * time, so no row ever points at nothing and no part is left without a row.
 */
@ApplicationScoped
public class UploadSweep {

    /** The advisory lock key of the sweep ("sammen media sweep"). */
    static final long LOCK = 0x534d_4d45_4449_4153L;
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(UploadSweep.class.getName());

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Inject
    MediaSettings settings;

    @Inject
    @ConfigProperty(name = "sammen.media.upload-expiry", defaultValue = "P7D")
    String expiry;

    /** Sweeps one batch; -1 if another instance holds the lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<Object> expired = em.createNativeQuery("""
                        select id from media.upload where touched_at < now() - cast(?1 as interval)
                         order by touched_at limit ?2 for update skip locked""")
                .setParameter(1, Duration.parse(expiry).toSeconds() + " seconds").setParameter(2, BATCH)
                .getResultList();
        int removed = 0;
        for (Object value : expired) {
            UUID id = Sql.uuid(value);
            try {
                settings.store().objects().deleteAll("uploads/" + id + "/");
            } catch (IOException e) {
                LOG.warning(() -> "an abandoned upload's parts could not be deleted; tried again next time: " + id);
                continue;
            }
            em.createNativeQuery("delete from media.upload where id = ?1").setParameter(1, id).executeUpdate();
            removed++;
        }
        return removed;
    }

    public String expiry() {
        return expiry;
    }
}

package no.sammen.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.media.MediaOperations;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Audited;

/**
 * The administrators' commands over the media store (ADR 0024). The objects to re-wrap are found from the rows
 * (every item's content and thumbnail, every part of an open upload), never by listing the bucket.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Operations implements MediaOperations {

    private static final Logger LOG = Logger.getLogger(Operations.class.getName());

    @PersistenceContext(unitName = "media")
    EntityManager em;

    @Inject
    UploadSweep sweep;

    @Inject
    MediaSettings settings;

    @Override
    @Audited(operation = AuditEvent.Operation.DELETE)
    public Sweep sweepAbandonedUploads() {
        int total = 0;
        int removed;
        do {
            removed = sweep.sweep();
            if (removed < 0) {
                return new Sweep(false, total);
            }
            total += removed;
        } while (removed == UploadSweep.BATCH);
        return new Sweep(true, total);
    }

    @Override
    @Audited(operation = AuditEvent.Operation.UPDATE)
    public Rewrap rewrapUnderCurrentKey() {
        List<String> keys = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                        select i.id, i.has_thumbnail, exists (select 1 from media.item_segment s where s.item_id = i.id)
                          from media.item i order by i.id""").getResultList();
        for (Object[] item : items) {
            if (!Boolean.TRUE.equals(item[2])) {
                keys.add("items/" + Sql.uuid(item[0]));
            }
            if (Boolean.TRUE.equals(item[1])) {
                keys.add("thumbs/" + Sql.uuid(item[0]));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> parts = em.createNativeQuery("select object_key from media.upload_part order by object_key")
                .getResultList();
        keys.addAll(parts);
        @SuppressWarnings("unchecked")
        List<String> segments = em.createNativeQuery("select distinct object_key from media.item_segment"
                + " order by object_key").getResultList();
        keys.addAll(segments);
        long rewrapped = 0;
        SealedStore store = settings.store();
        for (String key : keys) {
            try {
                if (store.rewrap(key)) {
                    rewrapped++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("re-wrapping stopped at " + key + " (run it again to go on)", e);
            }
        }
        long count = rewrapped;
        LOG.info(() -> "media objects re-wrapped under " + store.currentKeyId() + ": " + count + " of "
                + keys.size());
        return new Rewrap(store.currentKeyId(), keys.size(), rewrapped);
    }
}

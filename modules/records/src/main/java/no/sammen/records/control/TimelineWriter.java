package no.sammen.records.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.platform.Category;
import no.sammen.platform.Ids;
import no.sammen.records.Audience;
import no.sammen.records.TimelineEntry;
import no.sammen.records.entity.TimelineEventEntity;

/**
 * Adds an event to a child's timeline. Must be called inside the transaction that writes the entry, so the timeline
 * never shows an entry that was not saved, nor misses one that was.
 */
@ApplicationScoped
public class TimelineWriter {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    RecordsClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID childId, OffsetDateTime occurredAt, Category category, String kind, UUID entryId,
                       Audience audience, UUID authorId, String summary, boolean flagged) {
        write(childId, occurredAt, clock.now(), category, kind, entryId, audience, authorId, summary, flagged);
    }

    /** Adds an entry another module fired in its transaction (ADR 0019). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFromModule(@Observes TimelineEntry entry) {
        record(entry.childId(), entry.occurredAt(), entry.category(), entry.kind(), entry.entryId(), entry.audience(),
                entry.authorId(), entry.summary(), false);
    }

    /**
     * Adds an event that belongs to the past (history loaded in bulk, such as demo data): it counts as recorded
     * when it occurred, so it does not show up as new in anyone's handover.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordHistory(UUID childId, OffsetDateTime occurredAt, Category category, String kind, UUID entryId,
                              Audience audience, UUID authorId, String summary, boolean flagged) {
        write(childId, occurredAt, occurredAt, category, kind, entryId, audience, authorId, summary, flagged);
    }

    /**
     * Narrows the audience of every timeline event of an entry, in the transaction that narrows the entry, so that the
     * timeline and the handover stop showing it to those it is now kept from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void narrow(UUID childId, UUID entryId, Audience audience) {
        em.createQuery("update TimelineEventEntity t set t.audience = :audience where t.childId = :child"
                        + " and t.entryId = :entry")
                .setParameter("audience", audience.apiName()).setParameter("child", childId)
                .setParameter("entry", entryId).executeUpdate();
    }

    private void write(UUID childId, OffsetDateTime occurredAt, OffsetDateTime recordedAt, Category category,
                       String kind, UUID entryId, Audience audience, UUID authorId, String summary, boolean flagged) {
        String shortSummary = summary.length() > 280 ? summary.substring(0, 279) + "…" : summary;
        em.persist(new TimelineEventEntity(Ids.newId(), childId, occurredAt, recordedAt, category.apiName(), kind,
                entryId, audience.apiName(), authorId, shortSummary, flagged));
    }
}

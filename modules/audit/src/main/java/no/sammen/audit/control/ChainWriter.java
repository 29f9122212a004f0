package no.sammen.audit.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.audit.entity.AuditEntryEntity;

/**
 * Appends an entry to its chain (ADR 0011): locks the chain's head row, links the entry to the head's hash, inserts
 * it and moves the head, all in the current transaction. Chains are per child, so appends for different children
 * do not wait for each other; two appends to one child's chain queue on its head row until the first commits.
 */
@ApplicationScoped
public class ChainWriter {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    /** Joins the caller's transaction (a write commits with its entry), or commits on its own before returning. */
    @Transactional(Transactional.TxType.REQUIRED)
    public long append(String chain, Function<Link, ChainedEntry> entry) {
        return appendLocked(chain, entry);
    }

    /** Commits on its own, whatever becomes of the caller's transaction (refusals, failures). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long appendAlone(String chain, Function<Link, ChainedEntry> entry) {
        // A head this request's suspended transaction still holds would wait forever: give up instead (and fail the
        // request rather than go unrecorded).
        em.createNativeQuery("set local lock_timeout = '10s'").executeUpdate();
        return appendLocked(chain, entry);
    }

    private long appendLocked(String chain, Function<Link, ChainedEntry> build) {
        Object[] head = lockHead(chain);
        long position = ((Number) head[0]).longValue();
        ChainedEntry entry = build.apply(new Link(position, (String) head[1],
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        AuditEntryEntity row = new AuditEntryEntity(entry);
        em.persist(row);
        em.createNativeQuery("update audit.chain_head set hash = ?1 where chain = ?2")
                .setParameter(1, entry.hash()).setParameter(2, chain).executeUpdate();
        em.flush();
        return row.id();
    }

    /** Moves the head one on and returns [new position, previous hash]; the row stays locked until commit. */
    private Object[] lockHead(String chain) {
        for (int attempt = 0; attempt < 2; attempt++) {
            var moved = em.createNativeQuery(
                    "update audit.chain_head set position = position + 1 where chain = ?1 returning position, hash")
                    .setParameter(1, chain).getResultList();
            if (!moved.isEmpty()) {
                return (Object[]) moved.get(0);
            }
            em.createNativeQuery("insert into audit.chain_head (chain, position, hash) values (?1, 0, ?2) "
                    + "on conflict (chain) do nothing")
                    .setParameter(1, chain).setParameter(2, ChainedEntry.GENESIS).executeUpdate();
        }
        throw new IllegalStateException("audit chain head could not be locked");
    }

    /**
     * Where the new entry goes.
     *
     * @param position     its position in the chain (1 for the first)
     * @param previousHash the hash of the entry before it
     * @param now          when it is recorded
     */
    public record Link(long position, String previousHash, Instant now) {
    }
}

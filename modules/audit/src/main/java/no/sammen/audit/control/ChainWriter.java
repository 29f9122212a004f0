package no.sammen.audit.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.audit.entity.AuditEntryEntity;

/**
 * Appends an entry to one of its chains (ADR 0011): locks a chain's head row, links the entry to the head's hash,
 * inserts it and moves the head, all in the current transaction. Chains are per child, so appends for different
 * children do not wait for each other. Of a child's few chains an append takes the first whose head no other
 * transaction holds ({@code skip locked}, ADR 0027), and waits for a head only when all of them are held.
 */
@ApplicationScoped
public class ChainWriter {

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    /**
     * Joins the caller's transaction (a write commits with its entry), or commits on its own before returning.
     *
     * @param chains the chains the entry may go to (a child's, or the system chain): the first whose head is free,
     *               else one of them at random once its head is free
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public long append(List<String> chains, Function<Link, ChainedEntry> entry) {
        return appendLocked(chains, entry);
    }

    /** Commits on its own, whatever becomes of the caller's transaction (refusals, failures). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long appendAlone(List<String> chains, Function<Link, ChainedEntry> entry) {
        // A head this request's suspended transaction still holds would wait forever: give up instead (and fail the
        // request rather than go unrecorded). A free head of another of the child's chains is taken without waiting.
        em.createNativeQuery("set local lock_timeout = '10s'").executeUpdate();
        return appendLocked(chains, entry);
    }

    private long appendLocked(List<String> chains, Function<Link, ChainedEntry> build) {
        Object[] head = lockFreeHead(chains);
        if (head == null) {
            String chain = chains.get(ThreadLocalRandom.current().nextInt(chains.size()));
            Object[] waited = lockHead(chain);
            head = new Object[]{chain, waited[0], waited[1]};
        }
        String chain = (String) head[0];
        long position = ((Number) head[1]).longValue();
        ChainedEntry entry = build.apply(new Link(chain, position, (String) head[2],
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        AuditEntryEntity row = new AuditEntryEntity(entry);
        em.persist(row);
        em.createNativeQuery("update audit.chain_head set hash = ?1 where chain = ?2")
                .setParameter(1, entry.hash()).setParameter(2, chain).executeUpdate();
        em.flush();
        return row.id();
    }

    /**
     * Moves on the head of the first of these chains that no other transaction holds, without waiting, and returns
     * [chain, new position, previous hash]; {@code null} when every existing head is held (or none exists yet). The
     * row stays locked until commit.
     */
    private Object[] lockFreeHead(List<String> chains) {
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= chains.size(); i++) {
            names.append(i == 1 ? "?" : ", ?").append(i);
        }
        var query = em.createNativeQuery("""
                with free as (select chain from audit.chain_head where chain in (%s)
                               order by chain limit 1 for update skip locked)
                update audit.chain_head h set position = h.position + 1 from free where h.chain = free.chain
                returning h.chain, h.position, h.hash
                """.formatted(names));
        for (int i = 0; i < chains.size(); i++) {
            query.setParameter(i + 1, chains.get(i));
        }
        List<?> moved = query.getResultList();
        return moved.isEmpty() ? null : (Object[]) moved.get(0);
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
     * @param chain        the chain
     * @param position     its position in the chain (1 for the first)
     * @param previousHash the hash of the entry before it
     * @param now          when it is recorded
     */
    public record Link(String chain, long position, String previousHash, Instant now) {
    }
}

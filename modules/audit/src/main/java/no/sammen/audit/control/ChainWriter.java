package no.sammen.audit.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;


/**
 * Appends an entry to one of its chains (ADR 0011): locks a chain's head row, links the entry to the head's hash,
 * inserts it and moves the head, all in the current transaction. Chains are per child, so appends for different
 * children do not wait for each other. Of a child's few chains an append takes the first whose head no other
 * transaction holds ({@code skip locked}, ADR 0027), and waits for a head only when all of them are held.
 */
@ApplicationScoped
public class ChainWriter {

    private static final String COLUMNS = "chain, position, recorded_at, kind, operation, outcome, person_id, "
            + "person_name, professions, hpr_number, organisation, child_id, categories, entry_ids, fields, basis, "
            + "purpose, justification, request_id, client_address, user_agent, previous_hash, hash";

    /** The entry's 23 columns as ?1 … ?23 (recorded_at as text), then its chain's head moved to its hash. */
    private static final String INSERT_AND_MOVE_HEAD = "with entry as (insert into audit.entry (" + COLUMNS
            + ") values (?1, ?2, cast(?3 as timestamptz), " + marks(4, 23) + ") returning id, chain, hash), "
            + "head as (update audit.chain_head h set hash = entry.hash from entry where h.chain = entry.chain) "
            + "select id from entry";

    /** {@code with free …} over 1 to 16 chains, by number of chains (a child has 16, the system chain is one). */
    private static final Map<Integer, String> LOCK_FREE_HEAD = new ConcurrentHashMap<>();

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
        return insertAndMoveHead(entry);
    }

    /**
     * Inserts the entry and sets its chain's head to its hash in one statement (one round trip; the head row is
     * already locked by this transaction), and returns the entry's id.
     */
    private long insertAndMoveHead(ChainedEntry entry) {
        Object[] values = {entry.chain(), entry.position(), entry.recordedAt().toString(),
            entry.kind(), entry.operation(), entry.outcome(), entry.personId(), entry.personName(), entry.professions(),
            entry.hprNumber(), entry.organisation(), entry.childId(), entry.categories(), entry.entryIds(),
            entry.fields(), entry.basis(), entry.purpose(), entry.justification(), entry.requestId(),
            entry.clientAddress(), entry.userAgent(), entry.previousHash(), entry.hash()};
        var query = em.createNativeQuery(INSERT_AND_MOVE_HEAD);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Moves on the head of the first of these chains that no other transaction holds, without waiting, and returns
     * [chain, new position, previous hash]; {@code null} when every existing head is held (or none exists yet). The
     * row stays locked until commit.
     */
    private Object[] lockFreeHead(List<String> chains) {
        var query = em.createNativeQuery(LOCK_FREE_HEAD.computeIfAbsent(chains.size(), n -> """
                with free as (select chain from audit.chain_head where chain in (%s)
                               order by chain limit 1 for update skip locked)
                update audit.chain_head h set position = h.position + 1 from free where h.chain = free.chain
                returning h.chain, h.position, h.hash
                """.formatted(marks(1, n))));
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

    /** {@code ?from, …, ?to}. */
    private static String marks(int from, int to) {
        StringBuilder marks = new StringBuilder();
        for (int i = from; i <= to; i++) {
            marks.append(i == from ? "?" : ", ?").append(i);
        }
        return marks.toString();
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

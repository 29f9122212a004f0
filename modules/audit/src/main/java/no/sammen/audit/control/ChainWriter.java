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
 * transaction holds ({@code skip locked}, ADR 0027), in one statement that also hashes and inserts the entry
 * (ADR 0034), and waits for a head only when all of them are held (then in three: wait, hash in Java, insert).
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

    /** The entry's columns after chain and position, up to the user agent ({@link ChainedEntry#tailValues()}). */
    private static final int TAIL_VALUES = 19;

    /** {@link #APPEND_TO_FREE_HEAD} over 1 to 16 chains, by number of chains (a child has 16, the system one). */
    private static final Map<Integer, String> APPEND_TO_FREE_HEAD = new ConcurrentHashMap<>();

    /**
     * One statement that takes the first free head of ?1 … ?n, links the entry to it, inserts it and moves the head
     * (ADR 0034): the hash is SHA-256 over {@link ChainedEntry#head} computed here, in SQL, from the head's hash,
     * the chain and the new position, followed by ?n+1, the {@link ChainedEntry#tail} computed in Java; ?n+2 …
     * ?n+20 are the stored values from recorded_at to user_agent. No row when every head is held or none exists.
     */
    private static final String APPEND_TO_FREE_HEAD_SQL = """
            with free as (select chain, position + 1 as position, hash as previous from audit.chain_head
                           where chain in (%1$s) order by chain limit 1 for update skip locked),
            sealed as (select chain, position, previous, encode(sha256(convert_to(
                           length(previous) || ':' || previous || ';' || length(chain) || ':' || chain || ';'
                           || length(position::text) || ':' || position || ';' || ?%2$d, 'UTF8')), 'hex') as hash
                         from free),
            entry as (insert into audit.entry (%3$s)
                      select chain, position, cast(?%4$d as timestamptz), %5$s, previous, hash from sealed
                      returning id, chain, position, hash),
            head as (update audit.chain_head h set position = entry.position, hash = entry.hash
                       from entry where h.chain = entry.chain)
            select id from entry
            """;

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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // What does not depend on the head; the chain, position and previous hash of this draft are placeholders.
        ChainedEntry draft = build.apply(new Link(ChainedEntry.SYSTEM_CHAIN, 0, ChainedEntry.GENESIS, now));
        Long appended = appendToFreeHead(chains, draft);
        if (appended != null) {
            return appended;
        }
        String chain = chains.get(ThreadLocalRandom.current().nextInt(chains.size()));
        Object[] waited = lockHead(chain);
        ChainedEntry entry = build.apply(new Link(chain, ((Number) waited[0]).longValue(), (String) waited[1], now));
        return insertAndMoveHead(entry);
    }

    /**
     * Appends the entry to the first of these chains whose head no other transaction holds, in one statement, and
     * returns its id; {@code null} when every existing head is held (or none exists yet). The head stays locked
     * until commit.
     */
    private Long appendToFreeHead(List<String> chains, ChainedEntry draft) {
        int n = chains.size();
        var query = em.createNativeQuery(APPEND_TO_FREE_HEAD.computeIfAbsent(n, size -> APPEND_TO_FREE_HEAD_SQL
                .formatted(marks(1, size), size + 1, COLUMNS, size + 2, marks(size + 3, size + 1 + TAIL_VALUES))));
        for (int i = 0; i < n; i++) {
            query.setParameter(i + 1, chains.get(i));
        }
        query.setParameter(n + 1, draft.tail());
        String[] values = draft.tailValues();
        for (int i = 0; i < values.length; i++) {
            query.setParameter(n + 2 + i, values[i]);
        }
        List<?> ids = query.getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /**
     * Inserts the entry and sets its chain's head to its hash in one statement (one round trip; the head row is
     * already locked by this transaction), and returns the entry's id.
     */
    private long insertAndMoveHead(ChainedEntry entry) {
        var query = em.createNativeQuery(INSERT_AND_MOVE_HEAD)
                .setParameter(1, entry.chain()).setParameter(2, entry.position());
        String[] values = entry.tailValues();
        for (int i = 0; i < values.length; i++) {
            query.setParameter(3 + i, values[i]);
        }
        query.setParameter(3 + TAIL_VALUES, entry.previousHash()).setParameter(4 + TAIL_VALUES, entry.hash());
        return ((Number) query.getSingleResult()).longValue();
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

package no.sammen.audit.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.audit.Verification;
import no.sammen.platform.LogSafe;

/**
 * Checks the whole trail (archive included): every checkpoint's signature and its link to the one before, every
 * chain from its first entry (positions without gaps, each entry linked to the one before, each hash recomputed),
 * and that every head a checkpoint signed is still there with the same hash. Reports the first broken link; entries
 * after the last checkpoint are counted as unsealed (their end can be cut off unnoticed: ADR 0011).
 */
@ApplicationScoped
public class ChainVerifier {

    private static final int PAGE = 5000;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Inject
    Checkpoints checkpoints;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        List<Verification.BrokenLink> broken = new ArrayList<>();
        // chain -> position -> hash, as signed
        Map<String, Map<Long, String>> signed = new HashMap<>();
        Map<String, Long> sealedUpTo = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, created_at, jws from audit.checkpoint order by id")
                .getResultList();
        String previous = ChainedEntry.GENESIS;
        Instant lastCheckpoint = null;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String jws = (String) row[2];
            Map<String, Object> payload = checkpoints.signer().verified(jws);
            if (payload == null) {
                String kid = CheckpointSigner.keyIdOf(jws);
                broken.add(new Verification.BrokenLink(null, null, null, "checkpoint " + id + (checkpoints.signer()
                        .knows(kid) ? ": the signature does not verify (changed, or signed with another key)"
                        : ": signed with an unknown key (kid " + (kid == null ? "none" : LogSafe.value(kid)) + "), neither the current signing key nor a "
                        + "configured previous one")));
            } else {
                if (!previous.equals(payload.get("previous"))) {
                    broken.add(new Verification.BrokenLink(null, null, null, "checkpoint " + id
                            + ": does not follow the checkpoint before it (a checkpoint was removed or changed)"));
                }
                sealedUpTo.clear();
                if (payload.get("heads") instanceof List<?> heads) {
                    for (Object h : heads) {
                        if (h instanceof List<?> head && head.size() == 3) {
                            String chain = (String) head.get(0);
                            long position = ((Number) head.get(1)).longValue();
                            signed.computeIfAbsent(chain, c -> new TreeMap<>()).put(position, (String) head.get(2));
                            sealedUpTo.put(chain, position);
                        }
                    }
                }
                lastCheckpoint = row[1] instanceof OffsetDateTime t ? t.toInstant() : lastCheckpoint;
            }
            previous = ChainedEntry.sha256(jws);
        }
        long entries = 0;
        long unsealed = 0;
        int chains = 0;
        Map<String, Long> lastPositions = new HashMap<>();
        String chain = null;
        long expected = 1;
        String previousHash = ChainedEntry.GENESIS;
        boolean chainBroken = false;
        String afterChain = "";
        long afterPosition = 0;
        while (true) {
            List<StoredEntry> page = page(afterChain, afterPosition);
            for (StoredEntry row : page) {
                ChainedEntry e = row.entry();
                entries++;
                if (!e.chain().equals(chain)) {
                    if (chain != null) {
                        lastPositions.put(chain, expected - 1);
                    }
                    chain = e.chain();
                    chains++;
                    expected = 1;
                    previousHash = ChainedEntry.GENESIS;
                    chainBroken = false;
                }
                if (!chainBroken) {
                    String problem = null;
                    if (e.position() != expected) {
                        problem = e.position() > expected ? "entries missing before this one (deleted)"
                                : "position out of order (inserted)";
                    } else if (!e.previousHash().equals(previousHash)) {
                        problem = "does not link to the entry before it (one was inserted, deleted or changed)";
                    } else if (!e.hash().equals(row.storedHash())) {
                        problem = "content does not match its hash (changed)";
                    } else {
                        Map<Long, String> claims = signed.get(chain);
                        String claim = claims == null ? null : claims.get(e.position());
                        if (claim != null && !claim.equals(row.storedHash())) {
                            problem = "differs from what a signed checkpoint recorded (rewritten)";
                        }
                    }
                    if (problem != null) {
                        broken.add(new Verification.BrokenLink(chain, e.position(), row.id(), problem));
                        chainBroken = true;
                    }
                }
                previousHash = row.storedHash();
                expected = e.position() + 1;
                afterChain = e.chain();
                afterPosition = e.position();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (chain != null) {
            lastPositions.put(chain, expected - 1);
        }
        for (var sealed : sealedUpTo.entrySet()) {
            long last = lastPositions.getOrDefault(sealed.getKey(), 0L);
            if (last < sealed.getValue()) {
                broken.add(new Verification.BrokenLink(sealed.getKey(), last + 1, null,
                        "entries up to position " + sealed.getValue() + " were signed by a checkpoint and are missing"));
            }
        }
        for (var last : lastPositions.entrySet()) {
            unsealed += Math.max(0, last.getValue() - sealedUpTo.getOrDefault(last.getKey(), 0L));
        }
        return new Verification(broken.isEmpty(), entries, chains, rows.size(), unsealed, lastCheckpoint,
                broken.isEmpty() ? null : broken.get(0), broken.size());
    }

    private List<StoredEntry> page(String afterChain, long afterPosition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + StoredEntry.COLUMNS + " from audit.entry_history "
                + "where (chain, position) > (?1, ?2) order by chain, position limit " + PAGE)
                .setParameter(1, afterChain).setParameter(2, afterPosition).getResultList();
        return rows.stream().map(StoredEntry::of).toList();
    }
}

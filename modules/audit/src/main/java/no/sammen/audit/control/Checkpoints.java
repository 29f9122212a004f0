package no.sammen.audit.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.audit.entity.CheckpointEntity;

/**
 * Seals the trail: a checkpoint is a JWS over the head (position and hash) of every chain and over the previous
 * checkpoint, so that neither an entry it covers nor an earlier checkpoint can change or go missing unnoticed.
 * Several instances may try at once: a PostgreSQL advisory lock lets one of them write it, the others skip.
 */
@ApplicationScoped
public class Checkpoints {

    /** The advisory lock key of checkpoint writing ("sammen audit"). */
    static final long LOCK = 0x5341_4d41_5544_4954L;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sammen.audit.signing-key")
    String signingKey;

    /** The public keys that signed checkpoints before the signing key was rotated (a JWK set; ADR 0011). */
    @Inject
    @ConfigProperty(name = "sammen.audit.previous-keys")
    Optional<String> previousKeys;

    CheckpointSigner signer;

    @PostConstruct
    void init() {
        signer = CheckpointSigner.of(signingKey, previousKeys.orElse(null));
    }

    public CheckpointSigner signer() {
        return signer;
    }

    /**
     * Writes a checkpoint over the committed heads, unless another instance is writing one or nothing was recorded
     * since the last.
     *
     * @return the new checkpoint's id
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> seal() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select h.chain, h.position, e.hash from audit.chain_head h
                  join audit.entry_history e on e.chain = h.chain and e.position = h.position
                 order by h.chain""").getResultList();
        List<List<Object>> heads = new ArrayList<>();
        long entries = 0;
        for (Object[] row : rows) {
            long position = ((Number) row[1]).longValue();
            heads.add(List.of(row[0], position, row[2]));
            entries += position;
        }
        @SuppressWarnings("unchecked")
        List<String> last = em.createNativeQuery("select jws from audit.checkpoint order by id desc limit 1")
                .getResultList();
        Map<String, Object> previous = last.isEmpty() ? null : signer.verified(last.get(0));
        if (previous != null && sameHeads(previous.get("heads"), heads)) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iat", now.getEpochSecond());
        payload.put("entries", entries);
        payload.put("previous", last.isEmpty() ? ChainedEntry.GENESIS : ChainedEntry.sha256(last.get(0)));
        payload.put("heads", heads);
        String jws = signer.sign(payload);
        var json = Json.createArrayBuilder();
        heads.forEach(h -> json.add(Json.createArrayBuilder().add((String) h.get(0)).add((Long) h.get(1))
                .add((String) h.get(2))));
        CheckpointEntity checkpoint = new CheckpointEntity(now.atOffset(ZoneOffset.UTC), entries,
                json.build().toString(), jws);
        em.persist(checkpoint);
        em.flush();
        return Optional.of(checkpoint.id());
    }

    /**
     * Moves entries recorded before {@code cutoff} and covered by the last checkpoint to the archive, with that
     * checkpoint's id (a database function with the owner's rights: the application may not delete entries).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public long archiveCoveredBefore(OffsetDateTime cutoff) {
        Object moved = em.createNativeQuery("select audit.archive_covered_before(?1)").setParameter(1, cutoff)
                .getSingleResult();
        return ((Number) moved).longValue();
    }

    private static boolean sameHeads(Object signed, List<List<Object>> heads) {
        if (!(signed instanceof List<?> list) || list.size() != heads.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof List<?> h) || h.size() != 3 || !h.get(0).equals(heads.get(i).get(0))
                    || ((Number) h.get(1)).longValue() != (Long) heads.get(i).get(1)
                    || !h.get(2).equals(heads.get(i).get(2))) {
                return false;
            }
        }
        return true;
    }
}

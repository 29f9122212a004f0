package no.sammen.audit.control;

import java.time.Period;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.audit.AuditEntry;
import no.sammen.audit.AuditQuery;
import no.sammen.audit.AuditTrail;
import no.sammen.audit.Verification;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Audited;
import no.sammen.platform.Caller;
import no.sammen.platform.InvalidInputException;

/**
 * The façade over the trail for administrators and the data protection officer: both search and verify, only
 * administrators seal and archive, whatever calls it; each call is recorded by the {@link Audited} interceptor.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    @PersistenceContext(unitName = "audit")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Inject
    ChainVerifier verifier;

    @Inject
    Checkpoints checkpoints;

    @Inject
    @ConfigProperty(name = "sammen.audit.retention", defaultValue = "P10Y")
    String retention;

    @Override
    @Audited(operation = AuditEvent.Operation.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query) {
        auditor();
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new InvalidInputException("to", "must be after from");
        }
        return new HistoryQuery()
                .where("person_id", "=", query.person() == null ? null : query.person().toString())
                .where("child_id", "=", query.child() == null ? null : query.child().toString())
                .between(query.from(), query.to())
                .newest(em, limit).stream().map(Entries::toEntry).toList();
    }

    @Override
    @Audited
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify() {
        auditor();
        return verifier.verify();
    }

    @Override
    @Audited
    public Optional<Long> seal() {
        administrator();
        return checkpoints.seal();
    }

    /** Seals, then moves what is older than the retention period and covered by the last checkpoint. */
    @Override
    @Audited(operation = AuditEvent.Operation.UPDATE)
    @Transactional(Transactional.TxType.REQUIRED)
    public long archiveExpired() {
        administrator();
        checkpoints.seal();
        return checkpoints.archiveCoveredBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(Period.parse(retention)));
    }

    /** Administrators and the data protection officer read and verify the trail. */
    private void auditor() {
        Caller caller = callers.get();
        if (!caller.administrator() && !caller.dataProtectionOfficer()) {
            throw new AccessDeniedException("Only administrators and the data protection officer may read the audit "
                    + "trail.");
        }
    }

    private void administrator() {
        if (!callers.get().administrator()) {
            throw new AccessDeniedException("Only administrators may seal or archive the audit trail.");
        }
    }
}

package no.sammen.audit;

import java.util.List;
import java.util.Optional;

/**
 * The audit module's façade for administrators and the data protection officer: search, verification, sealing and
 * archiving. Every call is itself recorded ({@link no.sammen.platform.Audited}).
 */
public interface AuditTrail {

    /** Entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query);

    /** Checks every chain and checkpoint; reports the first broken link. */
    Verification verify();

    /** Writes a signed checkpoint now (unless nothing changed or another instance is writing one). */
    Optional<Long> seal();

    /** Moves entries past the retention period and covered by a checkpoint to the archive; returns how many. */
    long archiveExpired();
}

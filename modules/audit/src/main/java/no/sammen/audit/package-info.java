/**
 * The tamper-evident audit trail. Capture points in the platform (the access guard, the sign-in mechanism, the
 * {@link no.sammen.platform.Audited} interceptor) hand events to the module's {@link no.sammen.platform.AccessJournal}
 * implementation, which writes them into hash chains in PostgreSQL that signed checkpoints seal; business code never
 * calls the audit module. This base package is what others may use: {@link no.sammen.audit.AuditTrail} (search,
 * verify, seal, archive: administrators) and {@link no.sammen.audit.AccessLogs} (the family's view of who looked),
 * with their records.
 */
@Module(allowedDependencies = {})
package no.sammen.audit;

import no.sammen.platform.Module;

package no.sammen.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the trail, as administrators and the data protection officer see it.
 *
 * @param id             the entry's id in the trail
 * @param recordedAt     when (UTC)
 * @param kind           {@code DATA_ACCESS}, {@code LOGIN}, ... ({@link no.sammen.platform.AuditEvent.Kind})
 * @param operation      {@code CREATE}, {@code READ}, {@code UPDATE}, {@code DELETE}, {@code EXECUTE}
 * @param outcome        {@code SUCCESS}, {@code MINOR_FAILURE}, ...
 * @param personId       who, or {@code null} when unknown
 * @param personName     their name (or what is known)
 * @param professions    their professions or roles
 * @param hprNumber      their HPR number, if any
 * @param organisation   where they work, when known
 * @param childId        on behalf of which child, or {@code null}
 * @param categories     categories concerned
 * @param entryIds       ids of the entries concerned
 * @param fields         fields released or written (empty: the whole category)
 * @param basis          the ground of access, or the reason for a refusal
 * @param purpose        the purpose stated, or {@code null}
 * @param justification  the reason given for emergency access, or {@code null}
 * @param requestId      the request
 * @param clientAddress  where the request came from
 * @param userAgent      the client's user agent
 */
public record AuditEntry(long id, Instant recordedAt, String kind, String operation, String outcome, UUID personId,
                         String personName, List<String> professions, String hprNumber, String organisation,
                         UUID childId, List<String> categories, List<String> entryIds, List<String> fields,
                         String basis, String purpose, String justification, String requestId, String clientAddress,
                         String userAgent) {
}

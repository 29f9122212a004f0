package no.sammen.access;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An emergency access ("break the glass"): who, since and until when. The reason is kept for the audit, not shown
 * here.
 */
public record EmergencyAccess(UUID id, UUID personId, String personName, OffsetDateTime startedAt,
                              OffsetDateTime endsAt, boolean active) {
}

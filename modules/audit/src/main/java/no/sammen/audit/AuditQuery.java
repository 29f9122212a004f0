package no.sammen.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A search of the trail; every part is optional.
 *
 * @param person entries about this person
 * @param child  entries on behalf of this child
 * @param from   recorded at or after
 * @param to     recorded before
 * @param limit  at most this many, newest first (default 100, at most 1000)
 */
public record AuditQuery(UUID person, UUID child, Instant from, Instant to, Integer limit) {
}

package no.sammen.records;

import java.time.Instant;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * One version of a child's advance care plan. A version is never changed; a physician's sign-off is recorded with it.
 *
 * @param id            the version's own id (the timeline's entry id)
 * @param version       its number, from 1
 * @param current       whether it is the newest version the caller may see
 * @param signedOffById the physician who signed it off, or {@code null}
 */
public record CarePlanVersion(UUID id, int version, CarePlanSections sections, String audience, String note,
                              UUID authorId, String authorName, Instant createdAt, boolean signed,
                              UUID signedOffById, String signedOffBy, Instant signedOffAt, boolean current) implements ChildEntry {
}

package no.sammen.records;

import java.time.Instant;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/** A version of the care plan as the version list shows it. */
public record CarePlanVersionSummary(UUID id, int version, String authorName, Instant createdAt, String note,
                                     String audience, boolean signed, String signedOffBy, Instant signedOffAt,
                                     boolean current) implements ChildEntry {
}

package no.sammen.records;

import java.time.OffsetDateTime;

/** When the caller last saw a child's record: the start of their next handover. */
public record LastVisit(OffsetDateTime seenAt) {
}

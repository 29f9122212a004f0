package no.sammen.messaging;

import java.time.Instant;
import java.util.UUID;

/** How far a participant has read a thread. */
public record Receipt(UUID personId, String displayName, long lastReadSeq, Instant readAt) {
}

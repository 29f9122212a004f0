package no.sammen.messaging;

import java.time.Instant;

/** A single-use ticket that opens one thread's live feed, valid until {@code expiresAt} (30 seconds). */
public record LiveTicket(String ticket, Instant expiresAt) {
}

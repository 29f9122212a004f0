package no.sammen.messaging;

import java.time.Instant;
import java.util.UUID;

/** An in-app notification of the caller: a new message ({@code message}) or a mention ({@code mention}). */
public record Notification(UUID id, String kind, UUID childId, UUID threadId, UUID messageId, Instant at,
                           boolean read) {
}

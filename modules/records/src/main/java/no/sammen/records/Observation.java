package no.sammen.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * One recorded observation.
 *
 * @param outOfRange whether the value lies outside the kind's reference range, as judged when it was recorded
 */
public record Observation(UUID id, String kind, BigDecimal value, String unit, Instant observedAt,
                          boolean outOfRange, String audience, String note, UUID authorId, String authorName,
                          Instant recordedAt) implements ChildEntry {
}

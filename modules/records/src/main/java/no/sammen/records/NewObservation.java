package no.sammen.records;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An observation to record.
 *
 * @param kind       the kind's API name
 * @param value      the value, in the kind's unit
 * @param observedAt when it was observed; now if {@code null}, and never more than five minutes ahead
 * @param audience   {@code team} (the default) or {@code team-and-family}; always {@code team-and-family} when the
 *                   family records it
 * @param note       an optional remark
 */
public record NewObservation(String kind, BigDecimal value, Instant observedAt, String audience, String note) {
}

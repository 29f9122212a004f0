package no.sammen.records;

import java.time.Instant;

/**
 * Which observations to list, newest first.
 *
 * @param kind  one kind only, or all if {@code null}
 * @param from  observed at or after this instant, if given
 * @param to    observed before this instant, if given
 * @param limit at most this many (1–1000; 100 if {@code null})
 */
public record ObservationQuery(String kind, Instant from, Instant to, Integer limit) {
}

package no.sammen.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What part of a child's access log to show; every part optional.
 *
 * @param person   only this person's accesses
 * @param category only this category (API name, e.g. {@code daily-reports})
 * @param from     at or after
 * @param to       before
 */
public record AccessLogFilter(UUID person, String category, Instant from, Instant to) {

    public static AccessLogFilter all() {
        return new AccessLogFilter(null, null, null, null);
    }
}

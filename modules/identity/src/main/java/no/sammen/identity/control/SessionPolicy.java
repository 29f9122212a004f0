package no.sammen.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a login session ends by itself: after {@code idle} without a request, or {@code absolute} after login
 * whatever the activity. Both come from configuration.
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    /** Why a session is no longer valid at {@code now}, or {@code null} while it is. */
    public String expiry(Instant startedAt, Instant lastSeenAt, Instant now) {
        if (!now.isBefore(startedAt.plus(absolute))) {
            return "absolute_timeout";
        }
        if (!now.isBefore(lastSeenAt.plus(idle))) {
            return "idle_timeout";
        }
        return null;
    }

    /** Whether the last-seen time is old enough to be worth writing again (at most once a minute). */
    public boolean worthTouching(Instant lastSeenAt, Instant now) {
        return Duration.between(lastSeenAt, now).compareTo(Duration.ofMinutes(1)) >= 0;
    }
}

package no.sammen.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a login session ends by itself: after {@code idle} without a request, or {@code absolute} after login
 * whatever the activity; and how long an ended session is kept before it is forgotten ({@code forgottenAfter}, never
 * less than {@code idle}, so that no live session is forgotten). All come from configuration. Logins and logouts stay
 * in the audit trail for its retention period; the session row is only what a running login needs.
 */
public record SessionPolicy(Duration idle, Duration absolute, Duration forgottenAfter) {

    /** Ended sessions are kept a day. */
    public SessionPolicy(Duration idle, Duration absolute) {
        this(idle, absolute, Duration.ofDays(1));
    }

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

    /**
     * Sessions that ended, or were last seen, before this instant are over and can be forgotten: {@code forgottenAfter}
     * before {@code now}, or {@code idle} if that is longer (a session not seen for {@code idle} has ended).
     */
    public Instant forgetBefore(Instant now) {
        return now.minus(forgottenAfter.compareTo(idle) > 0 ? forgottenAfter : idle);
    }

    /** Whether the last-seen time is old enough to be worth writing again (at most once a minute). */
    public boolean worthTouching(Instant lastSeenAt, Instant now) {
        return Duration.between(lastSeenAt, now).compareTo(Duration.ofMinutes(1)) >= 0;
    }
}

package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final Duration TICK = Duration.ofNanos(1);

    private final SessionPolicy policy = new SessionPolicy(IDLE, ABSOLUTE);

    @Test
    void freshSessionIsValid() {
        assertThat(policy.expiry(START, START, START)).isNull();
        assertThat(policy.expiry(START, START, START.plusSeconds(1))).isNull();
    }

    @Test
    void idleTimeoutJustBeforeAtAndAfter() {
        Instant lastSeen = START.plus(Duration.ofHours(2));
        Instant limit = lastSeen.plus(IDLE);

        assertThat(policy.expiry(START, lastSeen, limit.minus(TICK))).isNull();
        assertThat(policy.expiry(START, lastSeen, limit.minusSeconds(1))).isNull();
        assertThat(policy.expiry(START, lastSeen, limit)).isEqualTo("idle_timeout");
        assertThat(policy.expiry(START, lastSeen, limit.plus(TICK))).isEqualTo("idle_timeout");
        assertThat(policy.expiry(START, lastSeen, limit.plus(Duration.ofHours(1)))).isEqualTo("idle_timeout");
    }

    @Test
    void idleTimeoutCountsFromLastActivityNotFromLogin() {
        Instant now = START.plus(Duration.ofHours(3));

        assertThat(policy.expiry(START, now.minus(IDLE).plusSeconds(1), now)).isNull();
        assertThat(policy.expiry(START, START, now)).isEqualTo("idle_timeout");
    }

    @Test
    void absoluteTimeoutJustBeforeAtAndAfterEvenWhenActive() {
        Instant limit = START.plus(ABSOLUTE);

        // Active a second ago each time: only the absolute limit can end the session.
        assertThat(policy.expiry(START, limit.minusSeconds(1), limit.minus(TICK))).isNull();
        assertThat(policy.expiry(START, limit.minusSeconds(1), limit)).isEqualTo("absolute_timeout");
        assertThat(policy.expiry(START, limit.minusSeconds(1), limit.plus(TICK))).isEqualTo("absolute_timeout");
        assertThat(policy.expiry(START, limit.plusSeconds(60), limit.plusSeconds(61))).isEqualTo("absolute_timeout");
    }

    @Test
    void activityCannotExtendBeyondTheAbsoluteLimit() {
        Instant now = START.plus(ABSOLUTE).plus(Duration.ofDays(3));

        assertThat(policy.expiry(START, now, now)).isEqualTo("absolute_timeout");
    }

    @Test
    void bothLimitsPassedIsExpired() {
        Instant now = START.plus(ABSOLUTE).plus(IDLE);

        assertThat(policy.expiry(START, START, now)).isNotNull();
    }

    @Test
    void otherDurationsAreHonoured() {
        var strict = new SessionPolicy(Duration.ofMinutes(5), Duration.ofMinutes(20));

        assertThat(strict.expiry(START, START, START.plus(Duration.ofMinutes(5)))).isEqualTo("idle_timeout");
        assertThat(strict.expiry(START, START.plus(Duration.ofMinutes(19)), START.plus(Duration.ofMinutes(20))))
                .isEqualTo("absolute_timeout");
        assertThat(strict.expiry(START, START.plus(Duration.ofMinutes(15)), START.plus(Duration.ofMinutes(19))))
                .isNull();
    }

    @Test
    void lastSeenIsWrittenAtMostOnceAMinute() {
        assertThat(policy.worthTouching(START, START)).isFalse();
        assertThat(policy.worthTouching(START, START.plusSeconds(59))).isFalse();
        assertThat(policy.worthTouching(START, START.plusSeconds(60))).isTrue();
        assertThat(policy.worthTouching(START, START.plusSeconds(600))).isTrue();
    }

    @Test
    void endedSessionsAreForgottenADayLaterByDefault() {
        assertThat(policy.forgetBefore(START)).isEqualTo(START.minus(Duration.ofDays(1)));
        var week = new SessionPolicy(IDLE, ABSOLUTE, Duration.ofDays(7));
        assertThat(week.forgetBefore(START)).isEqualTo(START.minus(Duration.ofDays(7)));
    }

    @Test
    void noSessionIsForgottenBeforeItsIdleTimeCouldHaveEndedIt() {
        var hasty = new SessionPolicy(Duration.ofMinutes(30), ABSOLUTE, Duration.ofMinutes(5));
        Instant cutoff = hasty.forgetBefore(START);

        assertThat(cutoff).isEqualTo(START.minus(Duration.ofMinutes(30)));
        assertThat(hasty.expiry(START.minus(Duration.ofHours(1)), cutoff.plusSeconds(1), START))
                .as("seen after the cutoff: may still be live, so kept").isNull();
    }
}

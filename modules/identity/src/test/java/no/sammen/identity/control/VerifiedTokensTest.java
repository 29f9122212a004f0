package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import no.sammen.identity.NationalId;

class VerifiedTokensTest {

    static final long MINUTE = 60_000;

    final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    final VerifiedTokens tokens = new VerifiedTokens(5 * MINUTE, now::get);
    final VerifiedIdentity kari = new VerifiedIdentity("citizen", NationalId.parse("15831250086", "pid"), "Kari", "high",
            null, null, List.of());

    @Test
    void aTokenCountsUntilItExpires() {
        tokens.remember("token-a", kari, now.get() + 2 * MINUTE);
        assertThat(tokens.known("token-a")).isEqualTo(kari);
        assertThat(tokens.known("token-b")).isNull();

        now.addAndGet(2 * MINUTE - 1);
        assertThat(tokens.known("token-a")).isEqualTo(kari);
        now.addAndGet(1);
        assertThat(tokens.known("token-a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void noTokenCountsLongerThanTheKeySetIsKept() {
        tokens.remember("token-a", kari, now.get() + 60 * MINUTE);
        now.addAndGet(5 * MINUTE - 1);
        assertThat(tokens.known("token-a")).isEqualTo(kari);
        now.addAndGet(1);
        assertThat(tokens.known("token-a")).isNull();
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        tokens.remember("token-a", kari, now.get());
        assertThat(tokens.known("token-a")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < VerifiedTokens.MAX_KEPT + 10; i++) {
            tokens.remember("token-" + i, kari, now.get() + MINUTE);
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_KEPT);
        assertThat(tokens.known("token-" + (VerifiedTokens.MAX_KEPT + 9))).isEqualTo(kari);
    }
}

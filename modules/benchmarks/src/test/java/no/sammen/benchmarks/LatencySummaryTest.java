package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void nearestRankPercentiles() {
        long[] latencies = new long[200];
        for (int i = 0; i < 100; i++) {
            latencies[i] = 100 - i; // 100 .. 1, unsorted
        }
        LatencySummary s = LatencySummary.of(latencies, 100, 0, 2_000_000_000L);
        assertThat(s.p50Nanos()).isEqualTo(50);
        assertThat(s.p95Nanos()).isEqualTo(95);
        assertThat(s.p99Nanos()).isEqualTo(99);
        assertThat(s.maxNanos()).isEqualTo(100);
        assertThat(s.throughputPerSecond()).isEqualTo(50.0);
    }

    @Test
    void fewSamples() {
        LatencySummary one = LatencySummary.of(new long[] {7}, 1, 0, 1);
        assertThat(one.p50Nanos()).isEqualTo(7);
        assertThat(one.p99Nanos()).isEqualTo(7);
        assertThat(LatencySummary.of(new long[3], 0, 0, 0).count()).isZero();
    }

    @Test
    void failedRequestsCountInThePercentilesButNotInTheThroughput() {
        long[] latencies = {1, 2, 3, 30_000};
        LatencySummary s = LatencySummary.of(latencies, 4, 1, 1_000_000_000L, "timed out");
        assertThat(s.p99Nanos()).isEqualTo(30_000);
        assertThat(s.throughputPerSecond()).isEqualTo(3.0);
        assertThat(s.firstError()).isEqualTo("timed out");
    }
}

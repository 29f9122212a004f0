package no.sammen.benchmarks;

import java.util.Arrays;

/**
 * Percentiles of a run's latencies (nearest rank: the p-th percentile is the smallest value that at least p % of the
 * samples do not exceed), and its throughput.
 *
 * @param count      requests measured, failed ones included (with the time they took to fail)
 * @param errors     how many of them failed
 * @param p50Nanos   median
 * @param p95Nanos   95th percentile
 * @param p99Nanos   99th percentile
 * @param maxNanos   slowest
 * @param wallNanos  from the first request's start to the last one's end
 * @param firstError the first failure, or null
 */
record LatencySummary(int count, int errors, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos,
                      long wallNanos, String firstError) {

    static LatencySummary of(long[] latencies, int count, int errors, long wallNanos) {
        return of(latencies, count, errors, wallNanos, null);
    }

    static LatencySummary of(long[] latencies, int count, int errors, long wallNanos, String firstError) {
        if (count == 0) {
            return new LatencySummary(0, errors, 0, 0, 0, 0, wallNanos, firstError);
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new LatencySummary(count, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[count - 1], wallNanos, firstError);
    }

    /** Nearest rank on sorted samples. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Answered requests per second (failed ones not counted). */
    double throughputPerSecond() {
        return wallNanos == 0 ? 0 : (count - errors) / (wallNanos / 1e9);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}

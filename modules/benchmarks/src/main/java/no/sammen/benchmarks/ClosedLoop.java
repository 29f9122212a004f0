package no.sammen.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A closed-loop load: {@code users} threads, each sending its next request as soon as the previous one answered,
 * until {@code requests} have been sent or the time limit has passed, whichever comes first. Each request's latency
 * is measured from just before it is sent to just after its answer has been read. A request that fails (an error
 * status, a timeout) counts with the time it took to fail, and is counted as failed: a user waited that long for
 * nothing, and leaving it out would make an overloaded server look fast.
 *
 * <p>With a think time, each user pauses between an answer and their next request for an exponentially distributed
 * time of that mean (and once before their first, so that users do not start in step): the interactive users of
 * queueing theory, who read what they got before asking again. Without one (0), every user always has a request in
 * flight, and {@code users} is the number of requests the server holds at once, not the number of people it serves.
 */
final class ClosedLoop {

    /** One request; throws when the answer is not the expected one. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    /** The number of the simulated user whose thread this is (0 to users - 1); 0 outside a run. */
    private static final ThreadLocal<Integer> USER = ThreadLocal.withInitial(() -> 0);

    private ClosedLoop() {
    }

    /** The number of the simulated user sending the current request, 0 to {@code users - 1}. */
    static int user() {
        return USER.get();
    }

    /**
     * Without think time.
     *
     * @param limit no request is sent after this long
     * @param grace how long a request sent just before the limit may still take (its timeout)
     */
    static LatencySummary run(int users, int requests, Duration limit, Duration grace, Request request)
            throws InterruptedException {
        return run(users, requests, limit, grace, Duration.ZERO, request);
    }

    /**
     * @param limit no request is sent after this long
     * @param grace how long a request sent just before the limit may still take (its timeout)
     * @param think each user's mean pause between an answer and their next request (exponential); zero for none
     */
    static LatencySummary run(int users, int requests, Duration limit, Duration grace, Duration think,
                              Request request) throws InterruptedException {
        long thinkNanos = think.toNanos();
        long[] latencies = new long[requests];
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger measured = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] bounds = new long[2];
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        for (int u = 0; u < users; u++) {
            int number = u;
            Thread user = new Thread(() -> {
                USER.set(number);
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause(thinkNanos);
                while (issued.getAndIncrement() < requests && System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    try {
                        request.send();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                        if (e instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    latencies[measured.getAndIncrement()] = System.nanoTime() - sent;
                    pause(thinkNanos);
                }
            }, "user-" + u);
            user.setDaemon(true);
            threads.add(user);
            user.start();
        }
        bounds[0] = System.nanoTime();
        go.countDown();
        long joinBy = deadline + grace.toNanos() + Duration.ofSeconds(10).toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (joinBy - System.nanoTime()) / 1_000_000));
        }
        bounds[1] = System.nanoTime();
        if (threads.stream().anyMatch(Thread::isAlive)) {
            throw new IllegalStateException("requests still running " + grace.plusSeconds(10).toSeconds()
                    + " s after the time limit");
        }
        return LatencySummary.of(latencies, measured.get(), errors.get(), bounds[1] - bounds[0],
                firstError.get() == null ? null : firstError.get().toString());
    }

    /** An exponentially distributed pause of this mean; none for 0. */
    private static void pause(long meanNanos) {
        if (meanNanos > 0) {
            long until = System.nanoTime() + (long) (-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * meanNanos);
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }
}

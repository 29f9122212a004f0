package no.sammen.messaging.control;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.sammen.platform.Caller;

/**
 * The live feeds open on this instance, by thread. Delivery is a pull: on every signal (a thread's new event, an
 * access change of its child, a reconnect of the listener, a new feed) the thread's channel reads what each feed has
 * not been sent yet, after the last event number it was sent, and sends it in order. A channel drains on one thread
 * at a time and coalesces signals that arrive meanwhile, so a feed gets every event once, in order, whether it came
 * from the backlog or live: no gaps, no duplicates (ADR 0021).
 */
@ApplicationScoped
public class LiveFeeds {

    private static final Logger LOG = Logger.getLogger(LiveFeeds.class.getName());

    private final ConcurrentHashMap<UUID, Channel> channels = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    Deliveries deliveries;

    /** One open feed: who reads, and the last event sent to them. */
    public static final class Subscription {
        final Feed feed;
        final Caller caller;
        volatile long lastSent;
        volatile boolean closed;

        Subscription(Feed feed, Caller caller, long after) {
            this.feed = feed;
            this.caller = caller;
            this.lastSent = after;
        }
    }

    /** The open feeds of one thread. */
    static final class Channel {
        final UUID threadId;
        final UUID childId;
        final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
        final AtomicInteger pending = new AtomicInteger();

        Channel(UUID threadId, UUID childId) {
            this.threadId = threadId;
            this.childId = childId;
        }
    }

    /**
     * Opens a feed of the thread for the caller, starting after event {@code after}: subscribed first, then the
     * backlog is read by the same drain that sends live events.
     */
    public Subscription subscribe(Feed feed, Caller caller, UUID threadId, UUID childId, long after) {
        Subscription subscription = new Subscription(feed, caller, after);
        Channel channel = channels.compute(threadId, (id, existing) -> {
            Channel c = existing != null ? existing : new Channel(threadId, childId);
            c.subscriptions.add(subscription);
            return c;
        });
        signal(channel);
        return subscription;
    }

    public void unsubscribe(UUID threadId, Subscription subscription) {
        subscription.closed = true;
        channels.computeIfPresent(threadId, (id, channel) -> {
            channel.subscriptions.remove(subscription);
            return channel.subscriptions.isEmpty() ? null : channel;
        });
    }

    /** How many feeds are open here (for operations and tests). */
    public int open() {
        return channels.values().stream().mapToInt(c -> c.subscriptions.size()).sum();
    }

    /** A thread has a new event (from any instance). */
    void threadChanged(UUID threadId) {
        Channel channel = channels.get(threadId);
        if (channel != null) {
            signal(channel);
        }
    }

    /** Who may see the child's conversations may have changed: every feed of the child re-decides now. */
    void accessChanged(UUID childId) {
        channels.values().stream().filter(c -> c.childId.equals(childId)).forEach(this::signal);
    }

    /** Signals may have been missed (the listener reconnected): every channel catches up and re-decides. */
    void resync() {
        channels.values().forEach(this::signal);
    }

    private void signal(Channel channel) {
        if (channel.pending.getAndIncrement() == 0) {
            executor.execute(() -> drain(channel));
        }
    }

    private void drain(Channel channel) {
        while (true) {
            int seen = channel.pending.get();
            try {
                for (Subscription gone : deliveries.deliver(channel)) {
                    unsubscribe(channel.threadId, gone);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live delivery of thread " + channel.threadId + " failed", e);
            }
            if (channel.pending.addAndGet(-seen) == 0) {
                return;
            }
        }
    }
}

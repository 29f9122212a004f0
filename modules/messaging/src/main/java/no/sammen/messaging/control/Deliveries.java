package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import no.sammen.messaging.Message;
import no.sammen.platform.Caller;

/**
 * Sends a channel's pending events to its feeds, deciding access per delivery: before each round, every reader is
 * asked through the access rule (chat of the child) and the participation rule (this thread) as they stand now; a
 * refused reader's feed is closed with 4403. A delivery is not a guarded call: the audit trail has the feed's opening,
 * not each frame.
 */
@ApplicationScoped
public class Deliveries {

    /** Close codes of the live feed. */
    public static final int UNAUTHENTICATED = 4401;
    public static final int REVOKED = 4403;
    public static final int NOT_FOUND = 4404;
    static final int ROUND = 200;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RoundReads reads;

    /** A frame of the live feed. */
    public record Frame(String type, Message message) {
    }

    /** {@code 0} if the caller may open the thread's feed, else the close code. */
    public int admit(Caller caller, UUID threadId) {
        return reads.admit(caller, threadId);
    }

    /** The child of a thread, or {@code null}. */
    public UUID childOf(UUID threadId) {
        return reads.childOf(threadId);
    }

    /** One round for a channel; returns the subscriptions that ended (refused, or their connection gone). */
    List<LiveFeeds.Subscription> deliver(LiveFeeds.Channel channel) {
        List<LiveFeeds.Subscription> ended = new ArrayList<>();
        List<LiveFeeds.Subscription> subscriptions = channel.subscriptions.stream().filter(s -> !s.closed).toList();
        if (subscriptions.isEmpty()) {
            return ended;
        }
        Map<UUID, Optional<Reader>> readers = reads.readers(channel.childId, channel.threadId,
                subscriptions.stream().map(s -> s.caller).toList());
        Map<LiveFeeds.Subscription, Reader> open = new HashMap<>();
        for (LiveFeeds.Subscription s : subscriptions) {
            Optional<Reader> reader = readers.get(s.caller.personId());
            if (reader.isEmpty()) {
                s.feed.close(REVOKED, "access-revoked");
                ended.add(s);
            } else {
                open.put(s, reader.get());
            }
        }
        if (open.isEmpty()) {
            return ended;
        }
        long from = open.keySet().stream().mapToLong(s -> s.lastSent).min().orElseThrow();
        // Readers who see a message alike (most do: references are rare) share one rendered frame.
        Map<Message, String> frames = new HashMap<>();
        while (true) {
            List<StoredMessage> round = reads.after(channel.threadId, from, ROUND);
            for (Map.Entry<LiveFeeds.Subscription, Reader> e : open.entrySet()) {
                send(e.getKey(), e.getValue(), round, frames, ended);
            }
            if (round.size() < ROUND) {
                return ended;
            }
            from = round.get(round.size() - 1).eventSeq();
        }
    }

    private static void send(LiveFeeds.Subscription s, Reader reader, List<StoredMessage> round,
                             Map<Message, String> frames, List<LiveFeeds.Subscription> ended) {
        for (StoredMessage message : round) {
            if (s.closed || message.eventSeq() <= s.lastSent) {
                continue;
            }
            String frame = frames.computeIfAbsent(message.view(reader),
                    view -> JSON.toJson(new Frame("message", view)));
            if (!s.feed.send(frame)) {
                ended.add(s);
                return;
            }
            s.lastSent = message.eventSeq();
        }
    }
}

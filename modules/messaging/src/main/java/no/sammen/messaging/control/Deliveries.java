package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import no.sammen.messaging.Message;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;

/**
 * Sends a channel's pending events to its feeds, deciding access per delivery: before each round, every reader is
 * asked through the access rule (chat of the child) and the participation rule (this thread) as they stand now; a
 * refused reader's feed is closed with 4403. Runs in a request context of its own, so the rule's per-request cache
 * lives for one round. A delivery is not a guarded call: the audit trail has the feed's opening, not each frame.
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
    AccessPolicy policy;

    @Inject
    ThreadRows threads;

    @Inject
    MessageRows messages;

    @Inject
    Parties parties;

    /** A frame of the live feed. */
    public record Frame(String type, Message message) {
    }

    /**
     * Whether the caller may open the thread's live feed: {@code 0} if so, else the close code (4404 when the
     * thread does not exist for them, 4403 when they may not read the child's chat).
     */
    @ActivateRequestContext
    public int admit(Caller caller, UUID threadId) {
        UUID childId = threads.childOf(threadId);
        if (childId == null) {
            return NOT_FOUND;
        }
        AccessDecision decision = policy.decide(caller, new ChildRef(childId), Category.CHAT, Action.READ);
        if (decision.outcome() == AccessDecision.Outcome.HIDDEN) {
            return NOT_FOUND;
        }
        if (!decision.permitted()) {
            return REVOKED;
        }
        return threads.takesPart(childId, threadId, parties.of(caller, childId)) ? 0 : NOT_FOUND;
    }

    /** The child of a thread, or {@code null}. */
    @ActivateRequestContext
    public UUID childOf(UUID threadId) {
        return threads.childOf(threadId);
    }

    /** One round for a channel; returns the subscriptions that ended (refused, or their connection gone). */
    @ActivateRequestContext
    public List<LiveFeeds.Subscription> deliver(LiveFeeds.Channel channel) {
        List<LiveFeeds.Subscription> ended = new ArrayList<>();
        Map<UUID, Optional<Reader>> readers = new HashMap<>();
        Map<LiveFeeds.Subscription, Reader> open = new HashMap<>();
        ChildRef child = new ChildRef(channel.childId);
        for (LiveFeeds.Subscription s : channel.subscriptions) {
            if (s.closed) {
                continue;
            }
            Optional<Reader> reader = readers.computeIfAbsent(s.caller.personId(), id -> reader(s.caller, child,
                    channel.threadId));
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
        while (true) {
            List<StoredMessage> round = messages.after(channel.threadId, from, ROUND);
            for (Map.Entry<LiveFeeds.Subscription, Reader> e : open.entrySet()) {
                send(e.getKey(), e.getValue(), round, ended);
            }
            if (round.size() < ROUND) {
                return ended;
            }
            from = round.get(round.size() - 1).eventSeq();
        }
    }

    private Optional<Reader> reader(Caller caller, ChildRef child, UUID threadId) {
        if (!policy.decide(caller, child, Category.CHAT, Action.READ).permitted()) {
            return Optional.empty();
        }
        Party party = parties.of(caller, child.id());
        if (!threads.takesPart(child.id(), threadId, party)) {
            return Optional.empty();
        }
        return Optional.of(messages.reader(caller, child, party.relation()));
    }

    private static void send(LiveFeeds.Subscription s, Reader reader, List<StoredMessage> round,
                             List<LiveFeeds.Subscription> ended) {
        for (StoredMessage message : round) {
            if (s.closed || message.eventSeq() <= s.lastSent) {
                continue;
            }
            if (!s.feed.send(JSON.toJson(new Frame("message", message.view(reader))))) {
                ended.add(s);
                return;
            }
            s.lastSent = message.eventSeq();
        }
    }
}

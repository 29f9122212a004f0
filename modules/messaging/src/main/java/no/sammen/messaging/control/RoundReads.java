package no.sammen.messaging.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;

/**
 * What a live delivery reads, each in a short transaction and a request context of its own (the access rule's
 * per-request cache lives for one call): the decisions for the feed's readers, and the events to send. Frames are
 * sent after these return, holding no database connection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RoundReads {

    @Inject
    AccessPolicy policy;

    @Inject
    ThreadRows threads;

    @Inject
    MessageRows messages;

    @Inject
    Parties parties;

    /**
     * Whether the caller may open the thread's live feed: {@code 0} if so, else the close code (4404 when the
     * thread does not exist for them, 4403 when they may not read the child's chat).
     */
    @ActivateRequestContext
    public int admit(Caller caller, UUID threadId) {
        UUID childId = threads.childOf(threadId);
        if (childId == null) {
            return Deliveries.NOT_FOUND;
        }
        AccessDecision decision = policy.decide(caller, new ChildRef(childId), Category.CHAT, Action.READ);
        if (decision.outcome() == AccessDecision.Outcome.HIDDEN) {
            return Deliveries.NOT_FOUND;
        }
        if (!decision.permitted()) {
            return Deliveries.REVOKED;
        }
        return threads.takesPart(childId, threadId, parties.of(caller, childId)) ? 0 : Deliveries.NOT_FOUND;
    }

    /** The child of a thread, or {@code null}. */
    public UUID childOf(UUID threadId) {
        return threads.childOf(threadId);
    }

    /**
     * Each reader as they stand now, by person: empty when the rule no longer lets them read the child's chat or
     * they no longer take part in the thread.
     */
    @ActivateRequestContext
    public Map<UUID, Optional<Reader>> readers(UUID childId, UUID threadId, Collection<Caller> callers) {
        ChildRef child = new ChildRef(childId);
        Map<UUID, Optional<Reader>> readers = new HashMap<>();
        for (Caller caller : callers) {
            readers.computeIfAbsent(caller.personId(), id -> reader(caller, child, threadId));
        }
        return readers;
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

    /** The thread's events after {@code from}, in order. */
    public List<StoredMessage> after(UUID threadId, long from, int limit) {
        return messages.after(threadId, from, limit);
    }
}

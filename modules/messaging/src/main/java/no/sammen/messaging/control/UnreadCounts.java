package no.sammen.messaging.control;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.sammen.records.Standings;
import no.sammen.records.UnreadMessages;

/**
 * The chat's unread counts for the records module's handover (ADR 0031): the sum of what the thread list shows the
 * person as unread, over the child's threads they take part in, in one query ({@link ThreadRows#unread}). The
 * handover has been guarded for the person and asks only when they may read the child's chat; this joins its
 * transaction (and its one connection), decides nothing and records nothing. The person's relation is the request's
 * one lookup (records' {@link Standings}), the one the access rule used.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UnreadCounts implements UnreadMessages {

    @Inject
    ThreadRows threads;

    @Inject
    Standings standings;

    @Override
    public long unread(UUID childId, UUID personId) {
        return threads.unread(childId, personId, standings.of(personId, childId).relation());
    }
}

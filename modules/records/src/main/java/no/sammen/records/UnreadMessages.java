package no.sammen.records;

import java.util.UUID;

/**
 * How many chat messages of a child a person has not read yet, for the handover's {@code unreadMessages} (ADR 0031).
 * The records module defines it and asks it; the messaging module implements it (records may not depend on
 * messaging). When no implementation is deployed, the handover counts 0.
 *
 * <p>The contract: the count covers only messages of the child's threads the person takes part in and may read (the
 * team and family threads, group threads they were chosen for, the adolescent's confidential threads with them;
 * never the adolescent's confidential threads for a guardian), not deleted, not their own, after their read marker
 * in each thread: exactly the sum of the unread counts the chat's own thread list shows them. The implementation
 * joins the caller's transaction and answers with one query.
 *
 * <p>It takes plain ids, not a {@link no.sammen.platform.ChildRef}: it is asked from inside the guarded handover,
 * which has already decided that the person may read the child's {@code chat} category, and it is no read of its
 * own (one read, one audit entry). It must not be used to decide access.
 */
public interface UnreadMessages {

    /** The person's unread messages in the child's threads they take part in (0 when there are none). */
    long unread(UUID childId, UUID personId);
}

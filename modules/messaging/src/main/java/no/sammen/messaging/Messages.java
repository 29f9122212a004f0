package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The messages of a thread the caller takes part in. Every change (post, edit, delete) takes the thread's next event
 * number; a reader asks for what happened after the last event it saw and misses nothing.
 */
public interface Messages {

    /** Bodies up to this many characters; longer ones are refused, never cut. */
    int MAX_BODY = 64_000;

    /**
     * The messages changed after event {@code after}, in event order.
     *
     * @param limit 1 to 500 (100 if {@code null})
     */
    MessagePage after(ChildRef child, UUID threadId, long after, Integer limit);

    /** Posts a message; stored before this returns. The same client key again returns the same message. */
    Message post(ChildRef child, UUID threadId, NewMessage message);

    /** Replaces the body of the caller's own message, keeping the earlier one. */
    Message edit(ChildRef child, UUID threadId, UUID messageId, String body);

    /** The earlier bodies of a message, oldest first. */
    List<MessageVersion> versions(ChildRef child, UUID threadId, UUID messageId);

    /** Deletes the caller's own message: it stays in the thread as deleted, its text kept for the audit only. */
    void delete(ChildRef child, UUID threadId, UUID messageId);

    /** Posts a link to a new video meeting made from the configured provider's URL pattern. */
    Message videoCall(ChildRef child, UUID threadId);
}

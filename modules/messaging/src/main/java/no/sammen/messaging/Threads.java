package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * A child's threads. Which threads a caller takes part in is narrowed in the query (ADR 0020); a thread the caller
 * does not take part in does not exist for them (404), and is not listed.
 */
public interface Threads {

    /** The threads of the child the caller takes part in; the team and family threads exist for every child. */
    List<ChatThread> list(ChildRef child);

    /** Opens a {@code group} or {@code confidential} thread with the chosen people. */
    ChatThread open(ChildRef child, NewThread thread);

    /** One thread (a "thread opening" in the audit trail). */
    ChatThread thread(ChildRef child, UUID threadId);

    /** Changes the team thread: whether the guardians take part (a guardian or the coordinator decides). */
    ChatThread change(ChildRef child, UUID threadId, ThreadChange change);

    /** Marks the thread read up to message {@code upTo} (a read receipt; never moves back). */
    void markRead(ChildRef child, UUID threadId, long upTo);

    /** How far each participant has read. */
    List<Receipt> receipts(ChildRef child, UUID threadId);

    /** A single-use ticket that opens the thread's live feed for the caller within 30 seconds. */
    LiveTicket liveTicket(ChildRef child, UUID threadId);
}

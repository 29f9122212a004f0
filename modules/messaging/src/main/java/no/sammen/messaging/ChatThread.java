package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A thread as its reader sees it.
 *
 * @param kind           {@code team}, {@code group}, {@code family} or {@code confidential}
 * @param includeFamily  for the team thread, whether the guardians take part
 * @param participants   the people taking part (chosen ones; for the team and family threads, those who took part)
 * @param lastEventSeq   the thread's latest event (post, edit, delete)
 * @param unread         messages by others after the reader's read position, not deleted
 * @param unreadMentions of those, the ones mentioning the reader
 */
public record ChatThread(UUID id, UUID childId, String kind, String title, boolean includeFamily,
                         List<Participant> participants, long lastEventSeq, int unread, int unreadMentions)
        implements ChildEntry {

    public ChatThread {
        participants = List.copyOf(participants);
    }

    /** A person in a thread; {@code role} is the profession code, {@code guardian} or {@code child}. */
    public record Participant(UUID personId, String displayName, String role) {
    }
}

package no.sammen.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A message as its reader sees it.
 *
 * @param seq        its position in the thread, never changed
 * @param eventSeq   the thread event of its latest change (post, edit, delete)
 * @param body       the text, {@code null} once deleted
 * @param mentions   the people it mentions
 * @param references what it refers to, only the targets the reader may see
 */
public record Message(UUID id, UUID threadId, long seq, long eventSeq, Author author, String body, Instant sentAt,
                      Instant editedAt, boolean deleted, List<UUID> mentions, List<Reference> references)
        implements ChildEntry {

    public Message {
        mentions = List.copyOf(mentions);
        references = List.copyOf(references);
    }

    public record Author(UUID personId, String displayName) {
    }

    /** A reference: {@code kind} is {@code report}, {@code care-plan-version} or {@code media}. */
    public record Reference(String kind, String id, String label) {
    }
}

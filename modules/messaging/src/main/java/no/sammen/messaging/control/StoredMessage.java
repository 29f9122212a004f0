package no.sammen.messaging.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.messaging.Message;

/**
 * A message as stored, before it is shown to a reader: the references carry the audience of their target, so that
 * each reader sees only those they may see ({@link Reader}).
 */
record StoredMessage(UUID id, UUID threadId, long seq, long eventSeq, UUID authorId, String authorName, String body,
                     Instant sentAt, Instant editedAt, boolean deleted, List<UUID> mentions, List<Target> references) {

    /** A stored reference: {@code audience} of the target as it was when the message was posted. */
    record Target(String kind, String id, String label, String audience) {
    }

    /** The message as this reader sees it: no text once deleted, only the references they may see. */
    Message view(Reader reader) {
        List<Message.Reference> shown = new ArrayList<>();
        if (!deleted) {
            for (Target target : references) {
                if (reader.sees(target)) {
                    shown.add(new Message.Reference(target.kind(), target.id(), target.label()));
                }
            }
        }
        return new Message(id, threadId, seq, eventSeq, new Message.Author(authorId, authorName),
                deleted ? null : body, sentAt, editedAt, deleted, deleted ? List.of() : mentions, shown);
    }
}

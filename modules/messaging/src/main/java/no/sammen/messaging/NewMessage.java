package no.sammen.messaging;

import java.util.List;
import java.util.UUID;

/**
 * A message to post.
 *
 * @param body       plain text, 1 to 64 000 characters
 * @param references targets to refer to (the author must be able to see each)
 * @param mentions   people in the thread to mention
 * @param clientKey  the client's key for this message: posting again with it returns the same message
 */
public record NewMessage(String body, List<Target> references, List<UUID> mentions, UUID clientKey) {

    /** A target: {@code kind} {@code report} (id a report id), {@code care-plan-version} (a version number) or
     * {@code media} (an item id). */
    public record Target(String kind, String id) {
    }
}

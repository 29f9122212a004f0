package no.sammen.messaging;

import java.util.List;

/**
 * Messages of a thread after an event, in event order.
 *
 * @param lastEventSeq the highest event in this page, or the one asked after when the page is empty
 * @param more         whether later events exist beyond this page
 */
public record MessagePage(List<Message> messages, long lastEventSeq, boolean more) {

    public MessagePage {
        messages = List.copyOf(messages);
    }
}

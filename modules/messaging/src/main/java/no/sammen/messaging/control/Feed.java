package no.sammen.messaging.control;

/** One open live feed (a WebSocket), as the delivery sees it: frames out, or closed with a code. */
public interface Feed {

    /** Sends one text frame and waits until it is written; {@code false} when the connection is gone. */
    boolean send(String text);

    /** Closes the feed with a WebSocket close code and reason. */
    void close(int code, String reason);
}

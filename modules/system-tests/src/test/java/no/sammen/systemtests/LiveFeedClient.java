package no.sammen.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live-feed client on the JDK's WebSocket: collects the server's frames in order and the close code. Waiting for a
 * frame or the close is bounded only so that a broken server fails the test instead of hanging it.
 */
final class LiveFeedClient implements AutoCloseable {

    private static final long PATIENCE_SECONDS = 30;

    private final LinkedBlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private LiveFeedClient(String url, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        socket = builder.buildAsync(URI.create(url), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    frames.add(Scenario.json(text.toString()));
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        }).join();
    }

    /** Opens {@code ws://.../ws/threads/{thread}?after=N&ticket=T} against the server at {@code base}. */
    static LiveFeedClient withTicket(String base, String thread, long after, String ticket) {
        return new LiveFeedClient(base.replaceFirst("^http", "ws") + "/ws/threads/" + thread + "?after=" + after
                + "&ticket=" + ticket, Map.of());
    }

    /** Opens the feed with a session cookie and an Origin, as a browser would. */
    static LiveFeedClient withSession(String base, String thread, long after, String cookie, String origin) {
        return new LiveFeedClient(base.replaceFirst("^http", "ws") + "/ws/threads/" + thread + "?after=" + after,
                origin == null ? Map.of("Cookie", cookie) : Map.of("Cookie", cookie, "Origin", origin));
    }

    /** The next frame's message. */
    JsonObject next() {
        try {
            JsonObject frame = frames.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            assertThat(frame).as("a frame from the live feed").isNotNull();
            assertThat(frame.getString("type")).isEqualTo("message");
            return frame.getJsonObject("message");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code n} frames' messages. */
    List<JsonObject> next(int n) {
        List<JsonObject> messages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            messages.add(next());
        }
        return messages;
    }

    /** The close code the server sent (waits for it). */
    int closeCode() {
        try {
            return closed.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the feed was not closed", e);
        }
    }

    /** Frames received and not yet taken. */
    int pending() {
        return frames.size();
    }

    /** Drops the connection without a closing handshake (a lost network). */
    void drop() {
        socket.abort();
    }

    @Override
    public void close() {
        socket.abort();
    }
}

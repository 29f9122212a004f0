package no.sammen.messaging.boundary;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import no.sammen.messaging.control.Deliveries;
import no.sammen.messaging.control.Feed;
import no.sammen.messaging.control.LiveFeeds;

/**
 * The live feed of one thread (docs/messaging-protocol.md): on open, every event after {@code ?after=} and then
 * each new one, in event order, as {@code {"type":"message","message":{...}}} text frames. Closes with 4401 without
 * an authenticated handshake, 4404 when the thread does not exist for the caller, 4403 when they may not read the
 * child's chat or lose access later. Clients send nothing.
 */
@ServerEndpoint("/ws/threads/{threadId}")
public class LiveEndpoint {

    private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());
    private static final String SUBSCRIPTION = "sammen.subscription";

    @OnOpen
    public void open(Session session, @PathParam("threadId") String threadId) {
        if (!(session.getUserPrincipal() instanceof LivePrincipal principal)) {
            close(session, Deliveries.UNAUTHENTICATED, "unauthenticated");
            return;
        }
        UUID id;
        long after;
        try {
            id = UUID.fromString(threadId);
            List<String> given = session.getRequestParameterMap().get("after");
            after = given == null || given.isEmpty() || given.get(0).isBlank() ? 0 : Long.parseLong(given.get(0));
        } catch (IllegalArgumentException e) {
            close(session, Deliveries.NOT_FOUND, "not-found");
            return;
        }
        Deliveries deliveries = CDI.current().select(Deliveries.class).get();
        int refused = deliveries.admit(principal.caller(), id);
        if (refused != 0) {
            close(session, refused, refused == Deliveries.NOT_FOUND ? "not-found" : "access-revoked");
            return;
        }
        LiveFeeds feeds = CDI.current().select(LiveFeeds.class).get();
        session.getUserProperties().put(SUBSCRIPTION, new Open(id, feeds.subscribe(new SocketFeed(session),
                principal.caller(), id, deliveries.childOf(id), Math.max(0, after))));
    }

    @OnMessage
    public void message(String ignored) {
        // the protocol has no client frames; anything sent is ignored
    }

    @OnClose
    public void closed(Session session) {
        if (session.getUserProperties().remove(SUBSCRIPTION) instanceof Open open) {
            CDI.current().select(LiveFeeds.class).get().unsubscribe(open.threadId(), open.subscription());
        }
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        LOG.log(Level.FINE, "live feed failed", failure);
    }

    private record Open(UUID threadId, LiveFeeds.Subscription subscription) {
    }

    static void close(Session session, int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a live feed failed", e);
        }
    }

    /** A WebSocket session as a feed: frames are written one at a time. */
    private record SocketFeed(Session session) implements Feed {

        @Override
        public boolean send(String text) {
            if (!session.isOpen()) {
                return false;
            }
            try {
                synchronized (session) {
                    session.getBasicRemote().sendText(text);
                }
                return true;
            } catch (IOException | IllegalStateException e) {
                return false;
            }
        }

        @Override
        public void close(int code, String reason) {
            LiveEndpoint.close(session, code, reason);
        }
    }
}

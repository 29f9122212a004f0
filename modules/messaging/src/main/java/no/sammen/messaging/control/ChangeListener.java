package no.sammen.messaging.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import no.sammen.platform.DatabaseReady;
import no.sammen.platform.LogSafe;

/**
 * The fan-out across instances (ADR 0021): one dedicated connection per instance, outside the pool, that
 * {@code LISTEN}s on two channels. Writers {@code pg_notify} in their own transaction, so PostgreSQL delivers a
 * notification to every instance when, and only if, the change commits. The payload is ids and numbers only, never
 * content: {@code threadId:eventSeq} on {@link #MESSAGES}, a child id on {@link #ACCESS}. After every (re)connect
 * each open feed catches up, since notifications sent while no connection listened are lost.
 */
@ApplicationScoped
public class ChangeListener {

    static final String MESSAGES = "sammen_messages";
    static final String ACCESS = "sammen_access";
    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    private static final int WAIT_MILLIS = 1000;

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @Inject
    @ConfigProperty(name = "db.user")
    String user;

    @Inject
    @ConfigProperty(name = "db.password", defaultValue = "")
    String password;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    LiveFeeds feeds;

    private volatile boolean running;
    private volatile Thread thread;

    void start(@Observes DatabaseReady ready) {
        running = true;
        Thread t = threads.newThread(this::listen);
        t.setName("sammen-messaging-listener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private void listen() {
        long backoff = 200;
        while (running) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("ApplicationName", "sammen-messaging-listener");
            try (Connection connection = new org.postgresql.Driver().connect(url, properties);
                 Statement statement = connection.createStatement()) {
                statement.execute("listen " + MESSAGES);
                statement.execute("listen " + ACCESS);
                LOG.info("listening for chat changes");
                backoff = 200;
                feeds.resync();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            dispatch(notification.getName(), notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "chat change listener lost its connection; reconnecting", e);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    void dispatch(String channel, String payload) {
        try {
            if (MESSAGES.equals(channel)) {
                int colon = payload.indexOf(':');
                feeds.threadChanged(UUID.fromString(colon < 0 ? payload : payload.substring(0, colon)));
            } else if (ACCESS.equals(channel)) {
                feeds.accessChanged(UUID.fromString(payload));
            }
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "ignored a malformed notification on " + channel + ": " + LogSafe.value(payload));
        }
    }
}

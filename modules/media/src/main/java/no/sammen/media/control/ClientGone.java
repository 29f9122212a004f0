package no.sammen.media.control;

import java.io.IOException;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import no.sammen.platform.DatabaseReady;

/**
 * Keeps a client that went away from filling the log (ADR 0024). When a phone's connection drops in the middle of a
 * PATCH, the upload notes it in one INFO line and keeps the bytes; the answer it then gives cannot be written, and
 * the HTTP stack would log that failure twice with stack traces (Jersey committing the response, the web container
 * trying its error page). This filter drops exactly those records: ones whose exception says the connection is
 * closed. Any other record of those loggers passes.
 */
@ApplicationScoped
public class ClientGone implements Filter {

    /** The loggers that report writing to a closed connection; held here so that their filter stays. */
    private static final List<Logger> LOGGERS = List.of(
            Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder"),
            Logger.getLogger("jakarta.enterprise.web"));

    void install(@Observes DatabaseReady ready) {
        for (Logger logger : LOGGERS) {
            Filter previous = logger.getFilter();
            logger.setFilter(previous == null || previous instanceof ClientGone ? this
                    : r -> isLoggable(r) && previous.isLoggable(r));
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return !closedConnection(record.getThrown());
    }

    /** Whether {@code failure} (or a cause) is an I/O failure because the peer closed the connection. */
    static boolean closedConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Connection is closed")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

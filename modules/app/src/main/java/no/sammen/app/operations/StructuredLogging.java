package no.sammen.app.operations;

import java.util.logging.Handler;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

/**
 * Switches the server's console log to {@link JsonLines} when {@code sammen.log.format=json} (the production
 * default), so log shippers get one JSON object per line; {@code text} keeps the server's own format for people
 * reading a terminal.
 */
@Startup
@Singleton
public class StructuredLogging {

    @Inject
    @ConfigProperty(name = "sammen.log.format", defaultValue = "json")
    String format;

    @PostConstruct
    void install() {
        if (!"json".equals(format)) {
            return;
        }
        JsonLines json = new JsonLines();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(json);
        }
    }
}

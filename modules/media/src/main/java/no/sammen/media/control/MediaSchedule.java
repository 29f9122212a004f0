package no.sammen.media.control;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.platform.DatabaseReady;

/**
 * Sweeps abandoned uploads every {@code sammen.media.sweep-interval} (default an hour) on every instance; the
 * advisory lock in {@link UploadSweep#sweep()} lets one of them do it. Starts when the schema is ready.
 */
@ApplicationScoped
public class MediaSchedule {

    private static final Logger LOG = Logger.getLogger(MediaSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    UploadSweep sweep;

    @Inject
    @ConfigProperty(name = "sammen.media.sweep-interval", defaultValue = "PT1H")
    String interval;

    private ScheduledFuture<?> sweeping;

    void start(@Observes DatabaseReady ready) {
        long every = Duration.parse(interval).toSeconds();
        sweeping = executor.scheduleAtFixedRate(this::sweep, every, every, TimeUnit.SECONDS);
        LOG.info(() -> "abandoned uploads swept every " + interval + " after " + sweep.expiry());
    }

    private void sweep() {
        try {
            int removed;
            do {
                removed = sweep.sweep();
                int count = removed;
                if (count > 0) {
                    LOG.info(() -> "abandoned uploads removed: " + count);
                }
            } while (removed == UploadSweep.BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "sweeping abandoned uploads failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }
}

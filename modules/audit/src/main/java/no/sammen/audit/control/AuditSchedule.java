package no.sammen.audit.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
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
 * Seals the trail every {@code sammen.audit.checkpoint-interval} (default five minutes) and archives what is past
 * {@code sammen.audit.retention} (default ten years) once a day, on every instance: the advisory lock in
 * {@link Checkpoints#seal()} lets one write, and archiving moves each entry once. Starts when the schema is ready.
 */
@ApplicationScoped
public class AuditSchedule {

    private static final Logger LOG = Logger.getLogger(AuditSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Checkpoints checkpoints;

    @Inject
    @ConfigProperty(name = "sammen.audit.checkpoint-interval", defaultValue = "PT5M")
    String interval;

    @Inject
    @ConfigProperty(name = "sammen.audit.retention", defaultValue = "P10Y")
    String retention;

    private ScheduledFuture<?> sealing;
    private ScheduledFuture<?> archiving;

    void start(@Observes DatabaseReady ready) {
        long every = Duration.parse(interval).toSeconds();
        Period keep = Period.parse(retention);
        sealing = executor.scheduleAtFixedRate(this::seal, every, every, TimeUnit.SECONDS);
        archiving = executor.scheduleAtFixedRate(() -> archive(keep), 1, 24, TimeUnit.HOURS);
        LOG.info(() -> "audit checkpoints every " + interval + ", retention " + retention);
    }

    private void seal() {
        try {
            checkpoints.seal().ifPresent(id -> LOG.fine(() -> "audit checkpoint " + id));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "audit checkpoint failed", e);
        }
    }

    private void archive(Period keep) {
        try {
            checkpoints.seal();
            long moved = checkpoints.archiveCoveredBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(keep));
            LOG.info(() -> "audit retention: " + moved + " entries archived");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "audit archiving failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sealing != null) {
            sealing.cancel(false);
        }
        if (archiving != null) {
            archiving.cancel(false);
        }
    }
}

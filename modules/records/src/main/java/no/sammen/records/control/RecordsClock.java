package no.sammen.records.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time as the records see it: instants are stored in UTC; days ("today", "since your last visit") are days in the
 * family's zone ({@code sammen.zone}, Europe/Oslo by default).
 */
@ApplicationScoped
public class RecordsClock {

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(zoneId());
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }
}

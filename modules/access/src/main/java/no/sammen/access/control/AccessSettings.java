package no.sammen.access.control;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of the access rule: the adolescent ages and the length of an emergency access. */
@ApplicationScoped
public class AccessSettings {

    @Inject
    @ConfigProperty(name = "sammen.consent.confidential-age", defaultValue = "12")
    int confidentialAge;

    @Inject
    @ConfigProperty(name = "sammen.consent.own-consent-age", defaultValue = "16")
    int ownConsentAge;

    @Inject
    @ConfigProperty(name = "sammen.access.emergency-hours", defaultValue = "4")
    int emergencyHours;

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    public AccessRule rule() {
        return new AccessRule(confidentialAge, ownConsentAge);
    }

    public Duration emergency() {
        return Duration.ofHours(emergencyHours);
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}

package no.sammen.identity.control;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the identity module's configured parts available for injection: one instance each, created from
 * configuration (immutable values, so no client proxy is needed).
 */
@ApplicationScoped
public class IdentityConfiguration {

    @Produces
    @Singleton
    NationalIdProtection nationalIdProtection(
            @ConfigProperty(name = "sammen.national-id.hmac-key") String hmacKey,
            @ConfigProperty(name = "sammen.national-id.encryption-key") String encryptionKey,
            @ConfigProperty(name = "sammen.national-id.key-id", defaultValue = "1") String keyId) {
        return new NationalIdProtection(hmacKey, encryptionKey, keyId);
    }

    @Produces
    @Singleton
    SessionPolicy sessionPolicy(
            @ConfigProperty(name = "sammen.session.idle-timeout", defaultValue = "PT30M") String idle,
            @ConfigProperty(name = "sammen.session.absolute-timeout", defaultValue = "PT12H") String absolute,
            @ConfigProperty(name = "sammen.session.forgotten-after", defaultValue = "P1D") String forgottenAfter) {
        return new SessionPolicy(Duration.parse(idle), Duration.parse(absolute), Duration.parse(forgottenAfter));
    }
}

package no.sammen.messaging.control;

import java.security.SecureRandom;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The messaging module's settings. */
@ApplicationScoped
public class MessagingSettings {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    /** The video meeting provider's URL with {@code {random}} where a new meeting's name goes; none by default. */
    @Inject
    @ConfigProperty(name = "sammen.messaging.video-call-pattern")
    Optional<String> videoCallPattern;

    /** The JNDI name of the Jakarta Mail session for e-mail notices; none by default (no mail). */
    @Inject
    @ConfigProperty(name = "sammen.messaging.mail-session")
    Optional<String> mailSession;

    /** The sender of e-mail notices. */
    @Inject
    @ConfigProperty(name = "sammen.messaging.mail-from", defaultValue = "no-reply@sammen.invalid")
    String mailFrom;

    /** The mail session's JNDI name, if e-mail notices are configured. */
    Optional<String> mailSession() {
        return mailSession;
    }

    String mailFrom() {
        return mailFrom;
    }

    /** A link to a new meeting, if a provider is configured. */
    Optional<String> videoCallLink() {
        return videoCallPattern.filter(p -> p.contains("{random}")).map(p -> p.replace("{random}", random(20)));
    }

    static String random(int length) {
        StringBuilder name = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            name.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return name.toString();
    }
}

package no.sammen.identity.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * One login the browser started: the values that bind the provider's answer to this browser. Kept in the
 * (pre-login) HTTP session under its {@code state}, and removed when used, so a state works once.
 */
record LoginAttempt(String provider, String state, String nonce, String codeVerifier, String returnTo,
                    Instant startedAt) implements Serializable {
}

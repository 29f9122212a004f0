package no.sammen.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Access tokens this instance has already verified, so that the next request with the same token is not parsed,
 * checked and signature-verified again (that was an eighth of a read's processor time, docs/benchmarks.md). A
 * signature verified once stays verified for the same bytes; what can change is time, so an entry holds only until
 * the token expires (with the verifier's clock skew) and never longer than the provider's key set is cached, so a
 * key the provider withdraws stops counting here no later than it stops counting for a token seen for the first
 * time. Entries are keyed by the SHA-256 of the token, never the token itself. Bounded: past {@link #MAX_KEPT} the
 * expired entries go, and if that is not enough, all of them.
 */
final class VerifiedTokens {

    static final int MAX_KEPT = 20_000;

    private record Verified(VerifiedIdentity identity, long validUntilMillis) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final long keptMillis;
    private final LongSupplier clock;

    /**
     * @param keptMillis how long at most an entry holds (the key set's time to live)
     * @param clock      milliseconds since the epoch
     */
    VerifiedTokens(long keptMillis, LongSupplier clock) {
        this.keptMillis = keptMillis;
        this.clock = clock;
    }

    /** The identity of a token verified before and still valid now, or {@code null}. */
    VerifiedIdentity known(String token) {
        String key = key(token);
        Verified entry = verified.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.validUntilMillis()) {
            verified.remove(key, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a token just verified, which expires (clock skew included) at {@code expiresMillis}. */
    void remember(String token, VerifiedIdentity identity, long expiresMillis) {
        long now = clock.getAsLong();
        long until = Math.min(expiresMillis, now + keptMillis);
        if (until <= now) {
            return;
        }
        if (verified.size() >= MAX_KEPT) {
            verified.values().removeIf(v -> now >= v.validUntilMillis());
            if (verified.size() >= MAX_KEPT) {
                verified.clear();
            }
        }
        verified.put(key(token), new Verified(identity, until));
    }

    int size() {
        return verified.size();
    }

    private static String key(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

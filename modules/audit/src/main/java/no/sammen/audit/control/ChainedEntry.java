package no.sammen.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the trail as it is hashed and stored: every column but the database id. Its hash is SHA-256 over
 * the previous entry's hash and every other value, each length-prefixed so that no two different entries encode the
 * same (a value cannot "move" into its neighbour). Lists are comma-joined text, ids are text, the time is an
 * {@link Instant} at microsecond precision (what PostgreSQL keeps).
 */
public record ChainedEntry(String chain, long position, Instant recordedAt, String kind, String operation,
                           String outcome, String personId, String personName, String professions, String hprNumber,
                           String organisation, String childId, String categories, String entryIds, String fields,
                           String basis, String purpose, String justification, String requestId, String clientAddress,
                           String userAgent, String previousHash) {

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The chain of events that concern no child (sign-in, administration). */
    public static final String SYSTEM_CHAIN = "system";

    /** This entry's hash. */
    public String hash() {
        return sha256(head(previousHash, chain, position) + tail());
    }

    /**
     * The start of the hashed text: the previous hash, the chain and the position, which an append learns from the
     * chain's head ({@link ChainWriter} computes this part in SQL with the same encoding: all three are ASCII).
     */
    static String head(String previousHash, String chain, long position) {
        StringBuilder b = new StringBuilder(128);
        for (String value : new String[] {previousHash, chain, Long.toString(position)}) {
            b.append(value.length()).append(':').append(value).append(';');
        }
        return b.toString();
    }

    /**
     * The values that do not depend on the chain's head, as stored and hashed, in column order: recorded_at (as text)
     * to user_agent.
     */
    String[] tailValues() {
        return new String[] {recordedAt.toString(), kind, operation, outcome, personId, personName, professions,
            hprNumber, organisation, childId, categories, entryIds, fields, basis, purpose, justification, requestId,
            clientAddress, userAgent};
    }

    /** The rest of the hashed text: {@link #tailValues()}. */
    String tail() {
        StringBuilder b = new StringBuilder(512);
        for (String value : tailValues()) {
            if (value == null) {
                b.append("-;");
            } else {
                b.append(value.length()).append(':').append(value).append(';');
            }
        }
        return b.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.sammen.audit.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * An entry as read back from {@code audit.entry_history}: its database id, its content and the hash stored with it.
 */
public record StoredEntry(long id, ChainedEntry entry, String storedHash) {

    /** The columns {@link #of(Object[])} reads, in order. */
    public static final String COLUMNS = "id, chain, position, recorded_at, kind, operation, outcome, person_id, "
            + "person_name, professions, hpr_number, organisation, child_id, categories, entry_ids, fields, basis, "
            + "purpose, justification, request_id, client_address, user_agent, previous_hash, hash";

    public static StoredEntry of(Object[] r) {
        ChainedEntry entry = new ChainedEntry((String) r[1], ((Number) r[2]).longValue(), instant(r[3]), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16],
                (String) r[17], (String) r[18], (String) r[19], (String) r[20], (String) r[21], (String) r[22]);
        return new StoredEntry(((Number) r[0]).longValue(), entry, (String) r[23]);
    }

    static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected time value " + value);
    }
}

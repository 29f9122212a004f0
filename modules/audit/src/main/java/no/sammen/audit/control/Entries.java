package no.sammen.audit.control;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import no.sammen.audit.AuditEntry;

/** Stored entries as the API's records. */
final class Entries {

    private Entries() {
    }

    static AuditEntry toEntry(StoredEntry stored) {
        ChainedEntry e = stored.entry();
        return new AuditEntry(stored.id(), e.recordedAt(), e.kind(), e.operation(), e.outcome(), uuid(e.personId()),
                e.personName(), list(e.professions()), e.hprNumber(), e.organisation(), uuid(e.childId()),
                list(e.categories()), list(e.entryIds()), list(e.fields()), e.basis(), e.purpose(), e.justification(),
                e.requestId(), e.clientAddress(), e.userAgent());
    }

    static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}

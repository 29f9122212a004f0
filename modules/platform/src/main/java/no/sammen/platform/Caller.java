package no.sammen.platform;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The signed-in person a request acts for, as established at login or from a validated bearer token.
 *
 * @param personId    Sammen's own id for the person (never the national id)
 * @param displayName the name to show
 * @param kind        what kind of user this is
 * @param professions HPR profession codes (e.g. {@code FT}, {@code SP}) or assigned roles (e.g. {@code teacher})
 * @param hprNumber   the HPR number of health personnel, {@code null} for everyone else
 * @param acr         the authentication level the identity provider asserted
 * @param issuer      the identity provider that authenticated the person
 * @param administrator whether the person may administer Sammen
 */
public record Caller(UUID personId, String displayName, CallerKind kind, List<String> professions,
                     String hprNumber, String acr, String issuer, boolean administrator) {

    /** The assigned role of the data protection officer: searches, exports and verifies the audit trail, nothing else. */
    public static final String DATA_PROTECTION_OFFICER = "dpo";

    public Caller {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
        professions = List.copyOf(professions);
    }

    /** Whether the person has the role of data protection officer (assigned like the coordinator's role). */
    public boolean dataProtectionOfficer() {
        return professions.contains(DATA_PROTECTION_OFFICER);
    }
}

package no.sammen.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity module's façade: find people, or register one by national identity number before they first sign
 * in (a coordinator adding a guardian, for example). Registration and sign-in meet on the same person because both
 * match on the keyed hash of the national identity number.
 */
public interface People {

    /** The person with this id, if any. */
    Optional<PersonSummary> find(UUID personId);

    /** The people with these ids that exist, by id, in one query (for lists that name many authors). */
    Map<UUID, PersonSummary> findAll(Collection<UUID> personIds);

    /** The person with this national identity number, if they have signed in or been registered. */
    Optional<PersonSummary> findByNationalId(NationalId nationalId);

    /**
     * The person with this national identity number, registered now under {@code displayName} if unknown.
     * An existing person keeps their name.
     */
    PersonSummary register(NationalId nationalId, String displayName);
}

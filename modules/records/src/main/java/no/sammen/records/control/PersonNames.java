package no.sammen.records.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;

/**
 * People's names for the lines of a timeline or a handover, asked of the identity module once per person and
 * request (a whole page at once with {@link #preload}): persons live in identity's schema, which this module does
 * not join.
 */
@RequestScoped
public class PersonNames {

    static final String UNKNOWN = "Unknown name";

    @Inject
    People people;

    private final Map<UUID, String> known = new HashMap<>();

    /** Looks up, in one query, the names not yet known of these people. */
    public void preload(Collection<UUID> personIds) {
        List<UUID> unknown = personIds.stream().filter(id -> id != null && !known.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            Map<UUID, PersonSummary> found = people.findAll(unknown);
            unknown.forEach(id -> known.put(id, found.containsKey(id) ? found.get(id).displayName() : UNKNOWN));
        }
    }

    public String of(UUID personId) {
        return known.computeIfAbsent(personId,
                id -> people.find(id).map(PersonSummary::displayName).orElse(UNKNOWN));
    }
}

package no.sammen.records.control;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.sammen.records.Standing;
import no.sammen.records.Standings;

/** The standing from the request's {@link Relations}, so that the rule and the façades share one lookup. */
@ApplicationScoped
public class RecordsStandings implements Standings {

    @Inject
    Relations relations;

    @Override
    public Standing of(UUID personId, UUID childId) {
        return relations.standing(personId, childId);
    }

    @Override
    public Set<UUID> people(UUID childId) {
        return relations.people(childId);
    }
}

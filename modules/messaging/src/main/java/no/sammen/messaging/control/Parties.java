package no.sammen.messaging.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;
import no.sammen.platform.Caller;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.Relation;
import no.sammen.records.Standing;
import no.sammen.records.Standings;

/** The people of a conversation: the caller, the people they choose, and readers of the live feed. */
@ApplicationScoped
public class Parties {

    @Inject
    Provider<Caller> callers;

    @Inject
    Standings standings;

    @Inject
    People people;

    /** The current caller as a party of the child's conversations. */
    Party current(UUID childId) {
        return of(callers.get(), childId);
    }

    /** A caller as a party of the child's conversations, their standing read now. */
    Party of(Caller caller, UUID childId) {
        Standing standing = standings.of(caller.personId(), childId);
        return new Party(caller.personId(), caller.displayName(), standing.relation(), role(standing));
    }

    /**
     * The people chosen for a thread: each must be on the child's care team today. The field named in a refusal is
     * {@code participants}.
     */
    List<Party> chosenProfessionals(UUID childId, Collection<UUID> personIds) {
        Map<UUID, PersonSummary> found = people.findAll(personIds);
        List<Party> chosen = new ArrayList<>();
        for (UUID id : personIds) {
            Standing standing = standings.of(id, childId);
            PersonSummary person = found.get(id);
            if (person == null || !standing.relation().onTeam()) {
                throw new InvalidInputException("participants", "everyone chosen must be on the child's care team: "
                        + id);
            }
            chosen.add(new Party(id, person.displayName(), standing.relation(), role(standing)));
        }
        return chosen;
    }

    /** Everyone who stands to the child today (the candidates for a team or family thread's notifications). */
    Set<UUID> people(UUID childId) {
        return standings.people(childId);
    }

    /** The relation of another person to the child (for mentions and notification recipients). */
    Relation relation(UUID personId, UUID childId) {
        return standings.of(personId, childId).relation();
    }

    private static String role(Standing standing) {
        return switch (standing.relation()) {
            case GUARDIAN -> "guardian";
            case CHILD -> "child";
            case NONE -> "none";
            case COORDINATOR, MEMBER -> standing.professions().isEmpty() ? "member"
                    : new TreeSet<>(standing.professions()).first();
        };
    }
}

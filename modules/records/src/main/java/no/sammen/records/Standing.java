package no.sammen.records;

import java.time.LocalDate;
import java.util.Set;

/**
 * How a person stands to a child today, with what the access rule needs beyond the relation: the professions and
 * organisations under which the person is on the care team, and the child's birth date (the adolescent rules).
 *
 * @param relation       the closest relation (coordinator, member, guardian, child, none)
 * @param professions    the professions of the person's current memberships (HPR codes or assigned roles); empty
 *                       off the team
 * @param organisations  the organisations of those memberships
 * @param childBirthDate the child's birth date, {@code null} when the child does not exist
 */
public record Standing(Relation relation, Set<String> professions, Set<String> organisations, LocalDate childBirthDate) {

    public Standing {
        professions = Set.copyOf(professions);
        organisations = Set.copyOf(organisations);
    }

    /** No relation to the child (or no such child). */
    public static Standing none() {
        return new Standing(Relation.NONE, Set.of(), Set.of(), null);
    }
}

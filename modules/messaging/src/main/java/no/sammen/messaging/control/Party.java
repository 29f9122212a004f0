package no.sammen.messaging.control;

import java.util.UUID;

import no.sammen.records.Relation;

/**
 * A person as a thread sees them: who, how they stand to the child, and the role shown next to their name.
 *
 * @param role the profession under which they are on the team, {@code guardian} or {@code child}
 */
record Party(UUID personId, String displayName, Relation relation, String role) {

    /** Whether they may take part in a thread of this kind (chosen: whether they were chosen for it). */
    boolean takesPart(String kind, boolean includeFamily, boolean chosen) {
        return Participation.takesPart(relation, kind, includeFamily, chosen);
    }
}

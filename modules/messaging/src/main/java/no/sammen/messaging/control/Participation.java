package no.sammen.messaging.control;

import no.sammen.records.Relation;

/**
 * Who takes part in which kind of thread (ADR 0020), as a pure rule for single checks (mentions, notification
 * recipients); {@link ThreadRows#VISIBLE} is the same rule in SQL for lists and lookups, and the system tests hold
 * both to the same personas.
 *
 * <ul>
 *   <li>{@code team}: the care team; the guardians too when the family chose to take part.</li>
 *   <li>{@code family}: the guardians and the care team.</li>
 *   <li>{@code group}: the team members chosen when it was opened, while they are on the team.</li>
 *   <li>{@code confidential}: the adolescent and the professionals they chose (while on the team); never the
 *   guardians, to whom it does not exist.</li>
 * </ul>
 */
final class Participation {

    static final String TEAM = "team";
    static final String GROUP = "group";
    static final String FAMILY = "family";
    static final String CONFIDENTIAL = "confidential";

    private Participation() {
    }

    static boolean takesPart(Relation relation, String kind, boolean includeFamily, boolean chosen) {
        boolean team = relation.onTeam();
        boolean guardian = relation == Relation.GUARDIAN;
        return switch (kind) {
            case TEAM -> team || guardian && includeFamily;
            case FAMILY -> team || guardian;
            case GROUP -> team && chosen;
            case CONFIDENTIAL -> (team || relation == Relation.CHILD) && chosen;
            default -> false;
        };
    }
}

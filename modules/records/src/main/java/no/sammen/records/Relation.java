package no.sammen.records;

/** How a person stands to a child's record today. */
public enum Relation {
    /** On the care team, as its coordinator. */
    COORDINATOR,
    /** On the care team. */
    MEMBER,
    /** A guardian of the child. */
    GUARDIAN,
    /** The child themself. */
    CHILD,
    /** None: the record does not exist for this person. */
    NONE;

    public boolean onTeam() {
        return this == COORDINATOR || this == MEMBER;
    }

    public boolean family() {
        return this == GUARDIAN || this == CHILD;
    }
}

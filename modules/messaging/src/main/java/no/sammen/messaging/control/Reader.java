package no.sammen.messaging.control;

import java.util.Set;

import no.sammen.platform.Category;
import no.sammen.records.Relation;

/**
 * Who reads a message, for its references: the reader sees a reference when the access rule lets them read the
 * target's category and the target's audience includes them (the family sees what is shared with the family, the
 * adolescent also what is confidential to them, the team everything).
 *
 * @param readable the categories of {@link #CATEGORIES} the rule lets the reader read
 */
record Reader(Relation relation, Set<Category> readable) {

    /** The categories references point into. */
    static final Set<Category> CATEGORIES = Set.of(Category.DAILY_REPORTS, Category.CARE_PLAN, Category.MEDIA);

    static Category categoryOf(String kind) {
        return switch (kind) {
            case "report" -> Category.DAILY_REPORTS;
            case "care-plan-version" -> Category.CARE_PLAN;
            case "media" -> Category.MEDIA;
            default -> throw new IllegalArgumentException("unknown reference kind " + kind);
        };
    }

    boolean sees(StoredMessage.Target target) {
        if (!readable.contains(categoryOf(target.kind()))) {
            return false;
        }
        return switch (target.audience()) {
            case "team-and-family" -> relation.onTeam() || relation.family();
            case "team-and-child" -> relation.onTeam() || relation == Relation.CHILD;
            default -> relation.onTeam();
        };
    }
}

package no.sammen.records.control;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;
import no.sammen.records.Relation;

/**
 * The access rule until consent and profession scopes arrive: only people related to the child see it at all
 * (others get "not found"); the care team reads everything and writes the clinical record, only its coordinator
 * changes the team; the family reads what is shared with the family and writes daily reports and observations.
 * Which entries the family sees (their audience) is narrowed by the façades in their queries.
 */
@ApplicationScoped
public class MembershipPolicy implements AccessPolicy {

    private static final Set<Category> FAMILY_WRITES = EnumSet.of(Category.DAILY_REPORTS, Category.OBSERVATIONS);
    private static final Set<Category> CHILD_WRITES = EnumSet.of(Category.OBSERVATIONS);

    @Inject
    Relations relations;

    @Override
    public AccessDecision decide(Caller caller, ChildRef child, Category category, Action action) {
        Relation relation = relations.of(caller.personId(), child.id());
        return decide(relation, category, action);
    }

    static AccessDecision decide(Relation relation, Category category, Action action) {
        if (category == Category.ACCESS_LOG && relation != Relation.NONE) {
            // Who looked is the family's to read: the guardians' and the child's, not the team's; nobody writes it.
            boolean family = relation == Relation.GUARDIAN || relation == Relation.CHILD;
            return family && action == Action.READ ? AccessDecision.permit(relation == Relation.CHILD ? "child" : "guardian")
                    : AccessDecision.forbidden("the access log is the family's to read");
        }
        return switch (relation) {
            case NONE -> AccessDecision.hidden();
            case COORDINATOR -> AccessDecision.permit("membership");
            case MEMBER -> action == Action.WRITE && category == Category.CARE_TEAM
                    ? AccessDecision.forbidden("only the coordinator changes the care team")
                    : AccessDecision.permit("membership");
            case GUARDIAN -> action == Action.READ || FAMILY_WRITES.contains(category)
                    ? AccessDecision.permit("guardian")
                    : AccessDecision.forbidden("guardians do not change " + category.apiName());
            case CHILD -> action == Action.READ || CHILD_WRITES.contains(category)
                    ? AccessDecision.permit("child")
                    : AccessDecision.forbidden("the child does not change " + category.apiName());
        };
    }
}

package no.sammen.access.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

import no.sammen.access.CategoryView;
import no.sammen.access.Previews;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.NotFoundException;

/**
 * "What does this person see?" for the family: the same rule and the same context loading, with the member as the
 * person, and nothing the asking guardian could not see themself (a category the guardian may not read shows as
 * not visible).
 */
@ApplicationScoped
public class PreviewRecords implements Previews {

    @Inject
    Provider<Caller> callers;

    @Inject
    CallerContexts contexts;

    @Inject
    ConsentAndScopePolicy policy;

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.READ)
    public List<CategoryView> asMember(ChildRef child, UUID personId) {
        Caller caller = callers.get();
        CallerContext own = contexts.of(caller.personId(), child.id());
        if (!own.relation().family()) {
            throw new AccessDeniedException("The family previews what a member of the team sees.");
        }
        CallerContext member = contexts.of(personId, child.id());
        if (!member.relation().onTeam()) {
            throw new NotFoundException("The member of the care team");
        }
        AccessRule rule = policy.rule();
        List<CategoryView> views = new ArrayList<>();
        for (Category category : AccessRule.DATA) {
            AccessDecision mine = rule.decide(own, category, Action.READ);
            AccessDecision read = rule.decide(member, category, Action.READ);
            AccessDecision write = rule.decide(member, category, Action.WRITE);
            boolean shown = mine.permitted() && read.permitted();
            views.add(new CategoryView(category.apiName(), shown ? sorted(read.fields()) : List.of(),
                    shown && write.permitted() ? sorted(write.fields()) : List.of(),
                    shown ? read.basis() : mine.permitted() ? read.basis() : "not visible to you"));
        }
        return views;
    }

    private static List<String> sorted(Set<String> fields) {
        return fields.stream().sorted().toList();
    }
}

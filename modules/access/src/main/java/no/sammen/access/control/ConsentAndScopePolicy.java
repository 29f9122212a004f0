package no.sammen.access.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;

/**
 * Sammen's access rule: the {@link AccessPolicy} in force, replacing the records module's membership rule as an
 * alternative of higher priority. It loads the caller's context once per request and child and asks the pure
 * {@link AccessRule}. A decision about a team member names the organisation of their membership, for the audit
 * trail (ADR 0025).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ConsentAndScopePolicy implements AccessPolicy {

    @Inject
    CallerContexts contexts;

    @Inject
    AccessSettings settings;

    private volatile AccessRule rule;

    @Override
    public AccessDecision decide(Caller caller, ChildRef child, Category category, Action action) {
        CallerContext context = contexts.of(caller.personId(), child.id());
        AccessDecision decision = rule().decide(context, category, action);
        return context.organisation() == null ? decision : decision.withOrganisation(context.organisation());
    }

    AccessRule rule() {
        AccessRule r = rule;
        if (r == null) {
            r = settings.rule();
            rule = r;
        }
        return r;
    }
}

package no.sammen.app.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildRef;

/**
 * What the caller of this request may do with a child's category, for pages that show a button or a form only to
 * those the access rule lets use it (the façade decides again when they do). Request-scoped: it holds the caller,
 * which a view-scoped page may not keep.
 */
@RequestScoped
public class ChildRights {

    @Inject
    AccessPolicy policy;

    @Inject
    Caller caller;

    public boolean may(ChildRef child, Category category, Action action) {
        return policy.decide(caller, child, category, action).permitted();
    }
}

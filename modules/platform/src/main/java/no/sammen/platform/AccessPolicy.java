package no.sammen.platform;

/**
 * The one access rule of Sammen, as a service: may this caller do this action on this category of this child's data,
 * and on what basis. Exactly one implementation is active; a later, fuller rule replaces an earlier one as a CDI
 * alternative with a higher priority, so the modules whose façades it guards do not change.
 */
public interface AccessPolicy {

    /** The decision for one request. Must not return {@code null}; when unsure, deny. */
    AccessDecision decide(Caller caller, ChildRef child, Category category, Action action);

    /**
     * What a façade asks while it builds a response or narrows a query: the read decision for a category, so that
     * it includes only the fields released ({@link AccessDecision#releases(String)}) and leaves out categories not
     * permitted. Answered from the request's already loaded context: cheap enough to ask per category.
     */
    default AccessDecision released(Caller caller, ChildRef child, Category category) {
        return decide(caller, child, category, Action.READ);
    }
}

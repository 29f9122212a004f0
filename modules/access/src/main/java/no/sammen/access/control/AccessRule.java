package no.sammen.access.control;

import java.util.EnumSet;
import java.util.Set;

import no.sammen.platform.AccessDecision;
import no.sammen.platform.Action;
import no.sammen.platform.Category;
import no.sammen.records.Audience;
import no.sammen.records.Relation;

/**
 * The access rule (product.md, "The access rule") as a pure function of the caller's context: no I/O, a few map
 * lookups. Default deny: whatever the branches below do not permit is refused.
 *
 * <ul>
 *   <li>No relation to the child: {@code HIDDEN} (404), whatever the category.</li>
 *   <li>Care team: the team ({@code care-team}) and the consents are readable by membership, the coordinator alone
 *   changes the team; the child's name and birth date ({@code identity}) are readable by membership within the
 *   profession's scope (a team member must know whose team it is); every other data category needs both the
 *   profession's scope (which names the fields) and a consent of the family in force that covers the person, their
 *   profession or their organisation. An emergency access in force releases every field of every data category for
 *   reading. The access log is the family's.</li>
 *   <li>Guardians read what is shared with the family (the façades narrow by audience), write daily reports,
 *   observations, chat messages and the child's "Know me" page (ADR 0023), read and change consents until the child
 *   reaches the own-consent age, then only read them. A data category the family chose not to be shown is refused
 *   to its guardians.</li>
 *   <li>The child, from the confidential age, reads what is shared with the family, writes observations, chat
 *   messages (which threads, the messaging module narrows) and the audience of daily reports (to keep one from the
 *   guardians, never to write one); from the own-consent age, consents for themself. Younger children are
 *   represented by their guardians.</li>
 * </ul>
 */
public final class AccessRule {

    /** The categories that hold the child's data (scope and consent apply). */
    static final Set<Category> DATA = Category.DATA;
    /** The family writes daily reports, observations and the "Know me" page (ADR 0023), and takes part in the chat
     * (ADR 0020). */
    private static final Set<Category> FAMILY_WRITES = EnumSet.of(Category.DAILY_REPORTS, Category.OBSERVATIONS,
            Category.KNOW_ME, Category.CHAT);
    /** The adolescent writes observations and takes part in the chat (the confidential channel; ADR 0020). */
    private static final Set<Category> CHILD_WRITES = EnumSet.of(Category.OBSERVATIONS, Category.CHAT);

    private static final AccessDecision MEMBERSHIP = AccessDecision.permit("membership");
    private static final AccessDecision EMERGENCY = AccessDecision.permit("emergency");
    private static final AccessDecision GUARDIAN = AccessDecision.permit("guardian");
    private static final AccessDecision CHILD = AccessDecision.permit("child");
    private static final AccessDecision HIDDEN = AccessDecision.hidden();
    /** The child writes one field of daily reports, their audience: they keep a report from the guardians. */
    private static final AccessDecision CHILD_NARROWS_REPORTS = AccessDecision.permit("child",
            Set.of(Audience.FIELD));

    private final int confidentialAge;
    private final int ownConsentAge;

    /**
     * @param confidentialAge from this age the child signs in and reads, and may keep entries from the guardians
     * @param ownConsentAge   from this age the child, not the guardians, consents
     */
    public AccessRule(int confidentialAge, int ownConsentAge) {
        this.confidentialAge = confidentialAge;
        this.ownConsentAge = ownConsentAge;
    }

    public AccessDecision decide(CallerContext context, Category category, Action action) {
        return switch (context.relation()) {
            case NONE -> HIDDEN;
            case COORDINATOR, MEMBER -> team(context, category, action);
            case GUARDIAN -> guardian(context, category, action);
            case CHILD -> child(context, category, action);
        };
    }

    private static AccessDecision team(CallerContext context, Category category, Action action) {
        if (category == Category.CARE_TEAM) {
            return action == Action.READ || context.relation() == Relation.COORDINATOR ? MEMBERSHIP
                    : AccessDecision.forbidden("only the coordinator changes the care team");
        }
        if (category == Category.CONSENTS) {
            return action == Action.READ ? MEMBERSHIP
                    : AccessDecision.forbidden("the family decides on consents");
        }
        if (!DATA.contains(category)) {
            return AccessDecision.forbidden(category.apiName() + " is the family's");
        }
        if (action == Action.READ && context.emergency()) {
            return EMERGENCY;
        }
        Set<String> fields = (action == Action.READ ? context.readable() : context.writable()).get(category);
        if (fields == null || fields.isEmpty()) {
            return AccessDecision.forbidden("outside the profession's scope");
        }
        if (category == Category.IDENTITY && action == Action.READ) {
            return AccessDecision.permit("membership", fields);
        }
        if (!context.consented().contains(category)) {
            return AccessDecision.forbidden("no consent of the family covers " + category.apiName());
        }
        return AccessDecision.permit("consent", fields);
    }

    private AccessDecision guardian(CallerContext context, Category category, Action action) {
        if (DATA.contains(category) && !context.familySees().contains(category)) {
            return AccessDecision.forbidden("the family chose not to be shown " + category.apiName());
        }
        if (action == Action.READ) {
            return GUARDIAN;
        }
        if (category == Category.CONSENTS) {
            return context.childAge() < ownConsentAge ? GUARDIAN
                    : AccessDecision.forbidden("from " + ownConsentAge + " the child consents");
        }
        return FAMILY_WRITES.contains(category) ? GUARDIAN
                : AccessDecision.forbidden("guardians do not change " + category.apiName());
    }

    private AccessDecision child(CallerContext context, Category category, Action action) {
        if (context.childAge() < confidentialAge) {
            return AccessDecision.forbidden("until " + confidentialAge + " the guardians act for the child");
        }
        if (action == Action.READ) {
            return CHILD;
        }
        if (category == Category.CONSENTS) {
            return context.childAge() >= ownConsentAge ? CHILD
                    : AccessDecision.forbidden("until " + ownConsentAge + " the guardians consent");
        }
        if (category == Category.DAILY_REPORTS) {
            return CHILD_NARROWS_REPORTS;
        }
        return CHILD_WRITES.contains(category) ? CHILD
                : AccessDecision.forbidden("the child does not change " + category.apiName());
    }
}

package no.sammen.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The categories of a child's data: the unit of the family's consent and of a profession's scope.
 */
public enum Category {
    IDENTITY, CONTACTS, DIAGNOSES, MEDICATIONS, DAILY_REPORTS, OBSERVATIONS, CARE_PLAN, MEDIA, KNOW_ME, CHAT, TASKS,
    /** Who is on the child's care team (needed by everyone on it to work together). */
    CARE_TEAM,
    /** The family's consents (who may see what): read by the family and the team, changed by the family. */
    CONSENTS,
    /** The child's access log (who looked): the family's to read. */
    ACCESS_LOG;

    /**
     * The categories that hold the child's data: what profession scopes and the family's consents name (not the
     * team, the consents or the access log, which follow the relation to the child).
     */
    public static final Set<Category> DATA = Collections.unmodifiableSet(EnumSet.range(IDENTITY, TASKS));

    /** The name used in the API and in configuration: {@code daily-reports}, {@code care-plan}, ... */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category with this API name. */
    public static Category fromApiName(String name) {
        for (Category c : values()) {
            if (c.apiName().equals(name)) {
                return c;
            }
        }
        throw new InvalidInputException("category", "unknown category: " + LogSafe.value(name));
    }
}

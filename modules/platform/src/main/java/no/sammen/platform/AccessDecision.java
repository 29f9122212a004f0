package no.sammen.platform;

import java.util.Set;

/**
 * The answer of the {@link AccessPolicy}.
 *
 * @param outcome what to do
 * @param basis   on what ground access was given ({@code membership}, {@code guardian}, {@code child},
 *                {@code consent}, {@code emergency}), or why it was refused
 * @param fields  the fields of the category the decision releases (read) or allows to be written: field names of the
 *                category (for daily reports the template field keys), or {@link #ALL_FIELDS}; empty when refused
 * @param organisation the organisation through which the person acts for this child (the organisation of their
 *                care-team membership), for the audit trail; {@code null} when there is none (the family, no relation)
 */
public record AccessDecision(Outcome outcome, String basis, Set<String> fields, String organisation) {

    /** The marker for "every field of the category". */
    public static final String ALL = "*";

    /** Every field of the category. */
    public static final Set<String> ALL_FIELDS = Set.of(ALL);

    /** Permit, refuse as forbidden (403), or refuse as if the child did not exist (404). */
    public enum Outcome {
        PERMIT, FORBIDDEN, HIDDEN
    }

    public AccessDecision {
        fields = outcome == Outcome.PERMIT && fields != null ? Set.copyOf(fields) : Set.of();
    }

    /** A decision that names no organisation. */
    public AccessDecision(Outcome outcome, String basis, Set<String> fields) {
        this(outcome, basis, fields, null);
    }

    /** A decision that releases every field when it permits. */
    public AccessDecision(Outcome outcome, String basis) {
        this(outcome, basis, ALL_FIELDS);
    }

    public static AccessDecision permit(String basis) {
        return new AccessDecision(Outcome.PERMIT, basis, ALL_FIELDS);
    }

    /** Permits these fields only. */
    public static AccessDecision permit(String basis, Set<String> fields) {
        return new AccessDecision(Outcome.PERMIT, basis, fields);
    }

    public static AccessDecision forbidden(String reason) {
        return new AccessDecision(Outcome.FORBIDDEN, reason, Set.of());
    }

    /** The caller may not learn that the child exists. */
    public static AccessDecision hidden() {
        return new AccessDecision(Outcome.HIDDEN, "no relation to the child", Set.of());
    }

    /** The same decision, naming the organisation the person acts through (for the audit trail). */
    public AccessDecision withOrganisation(String organisation) {
        return java.util.Objects.equals(organisation, this.organisation) ? this
                : new AccessDecision(outcome, basis, fields, organisation);
    }

    public boolean permitted() {
        return outcome == Outcome.PERMIT;
    }

    /** Whether the decision releases this field (always false when refused). */
    public boolean releases(String field) {
        return fields.contains(ALL) || fields.contains(field);
    }

    /** Whether every field of the category is released. */
    public boolean releasesAll() {
        return fields.contains(ALL);
    }
}

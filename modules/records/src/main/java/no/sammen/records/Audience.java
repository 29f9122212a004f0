package no.sammen.records;

import no.sammen.platform.InvalidInputException;

/** Who may see an entry besides the care team. */
public enum Audience {
    /** The care team only. */
    TEAM("team"),
    /** The care team and the family (guardians, and the child as the age rules allow). */
    TEAM_AND_FAMILY("team-and-family"),
    /**
     * The care team and the child, never the guardians: an adolescent's confidential entry, possible from the
     * confidential age ({@code sammen.consent.confidential-age}) for observations and daily reports, written so or
     * narrowed to it later; never widened again.
     */
    TEAM_AND_CHILD("team-and-child");

    /**
     * The name of an entry's audience as a field of the access rule's write decision: the child from the
     * confidential age may write this field of daily reports (narrow them) and no other.
     */
    public static final String FIELD = "audience";

    private final String apiName;

    Audience(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The audience an entry was stored with (any of the three). */
    public static Audience stored(String apiName) {
        for (Audience a : values()) {
            if (a.apiName.equals(apiName)) {
                return a;
            }
        }
        throw new IllegalStateException("unknown stored audience " + apiName);
    }

    /**
     * {@code team} or {@code team-and-family} (the default {@code team}); {@code team-and-child} is checked against
     * the child's age and the writer by the façades that allow it.
     */
    public static Audience fromApiName(String value, String field) {
        if (value == null) {
            return TEAM;
        }
        for (Audience a : values()) {
            if (a != TEAM_AND_CHILD && a.apiName.equals(value)) {
                return a;
            }
        }
        throw new InvalidInputException(field, "must be 'team' or 'team-and-family'");
    }
}

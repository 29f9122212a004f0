package no.sammen.records;

import no.sammen.platform.InvalidInputException;

/** Who may see an entry besides the care team. */
public enum Audience {
    /** The care team only. */
    TEAM("team"),
    /** The care team and the family (guardians, and the child as the age rules allow). */
    TEAM_AND_FAMILY("team-and-family");

    private final String apiName;

    Audience(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Audience fromApiName(String value, String field) {
        if (value == null) {
            return TEAM;
        }
        for (Audience a : values()) {
            if (a.apiName.equals(value)) {
                return a;
            }
        }
        throw new InvalidInputException(field, "must be 'team' or 'team-and-family'");
    }
}

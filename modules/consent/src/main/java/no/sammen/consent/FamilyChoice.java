package no.sammen.consent;

import java.util.List;

/**
 * What the family chose to see itself: the data categories shown to its guardians (API names). A family that wants
 * little information leaves categories out; the team's work is not affected.
 *
 * @param guardiansSee   the categories the guardians are shown
 * @param basedOnVersion the version a change was made from (0 before the first choice); in answers, the version
 */
public record FamilyChoice(List<String> guardiansSee, Integer basedOnVersion) {

    public FamilyChoice {
        guardiansSee = guardiansSee == null ? null : List.copyOf(guardiansSee);
    }
}

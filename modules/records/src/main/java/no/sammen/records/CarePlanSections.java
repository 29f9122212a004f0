package no.sammen.records;

import java.util.List;

/**
 * The sections of an advance care plan, as one version holds them.
 *
 * @param goalsOfCare           what matters most to the child and the family, and what care aims at
 * @param resuscitation         the resuscitation decision and its explanation
 * @param preferredPlaceOfCare  where the child is to be cared for
 * @param preferredPlaceOfDeath where the child and the family wish the child to die
 * @param symptomPlans          what to do about each symptom
 * @param whoToCall             whom to call in which situation
 */
public record CarePlanSections(String goalsOfCare, Resuscitation resuscitation, String preferredPlaceOfCare,
                               String preferredPlaceOfDeath, List<SymptomPlan> symptomPlans,
                               List<WhoToCall> whoToCall) {

    /**
     * The resuscitation decision.
     *
     * @param decision {@code full-resuscitation}, {@code no-cpr}, {@code no-intubation} or {@code comfort-only}
     * @param text     the reasoning and details, in words
     */
    public record Resuscitation(String decision, String text) {
    }

    /** What to do about one symptom. */
    public record SymptomPlan(String symptom, String plan) {
    }

    /** Whom to call, and when. */
    public record WhoToCall(String when, String name, String role, String phone) {
    }
}

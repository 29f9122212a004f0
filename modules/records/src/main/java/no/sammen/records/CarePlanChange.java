package no.sammen.records;

/**
 * A new version of the care plan.
 *
 * @param basedOnVersion the number of the version the change was made from; absent only for the first version.
 *                       If the plan has moved on since, the change is refused as a conflict.
 * @param sections       the whole plan as it is to read
 * @param note           what changed and why
 * @param audience       {@code team-and-family} (the default for the care plan) or {@code team}
 */
public record CarePlanChange(Integer basedOnVersion, CarePlanSections sections, String note, String audience) {
}

package no.sammen.records;

/**
 * A request to narrow who sees an entry: today only to {@code team-and-child} (an adolescent keeps it from the
 * guardians). An audience is never widened.
 *
 * @param audience the audience asked for
 */
public record AudienceChange(String audience) {
}

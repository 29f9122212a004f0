package no.sammen.media;

import java.util.List;

/**
 * A change of an item's description, tags, audience or when it was taken; {@code null} leaves a value as it is.
 *
 * @param description the new description
 * @param tags        the new tags (replacing all)
 * @param audience    {@code team} or {@code team-and-family}
 * @param takenAt     ISO-8601 instant or offset date-time
 */
public record MediaChange(String description, List<String> tags, String audience, String takenAt) {
}

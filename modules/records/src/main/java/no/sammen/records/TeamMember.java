package no.sammen.records;

import java.time.LocalDate;
import java.util.UUID;

import no.sammen.platform.ChildEntry;

/**
 * A membership of the care team.
 *
 * @param id           the membership's id
 * @param personId     the member
 * @param name         the member's name
 * @param profession   HPR profession code or assigned role
 * @param organisation where the member works
 * @param role         {@code coordinator} or {@code member}
 * @param from         first day
 * @param to           last day, or {@code null} while open
 * @param active       whether the membership is in force today
 */
public record TeamMember(UUID id, UUID personId, String name, String profession, String organisation, String role,
                         LocalDate from, LocalDate to, boolean active) implements ChildEntry {
}

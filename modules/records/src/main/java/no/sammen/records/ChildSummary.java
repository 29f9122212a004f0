package no.sammen.records;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child as a list shows it.
 *
 * @param id        the child's record id
 * @param name      the child's name
 * @param birthDate birth date
 * @param age       age in whole years today
 * @param relation  how the caller stands to the child ({@code coordinator}, {@code member}, {@code guardian},
 *                  {@code child})
 */
public record ChildSummary(UUID id, String name, LocalDate birthDate, int age, String relation) {
}

package no.sammen.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One access to a child's record as the family sees it: who, in what role, when, what and on what ground. Never
 * the free-text justification of an emergency access.
 *
 * @param at           when
 * @param personId     who
 * @param name         their name
 * @param professions  their professions or roles
 * @param organisation where they work, when known
 * @param categories   what they looked at or wrote
 * @param action       {@code read}, {@code create}, {@code update}, {@code delete}
 * @param basis        on what ground ({@code membership}, {@code guardian}, {@code consent}, {@code emergency}, ...)
 * @param refused      whether access was refused
 * @param emergency    whether it was emergency access ("break the glass")
 */
public record AccessLogEntry(Instant at, UUID personId, String name, List<String> professions, String organisation,
                             List<String> categories, String action, String basis, boolean refused,
                             boolean emergency) {
}

package no.sammen.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A consent of the family, with its history.
 *
 * @param id         the consent's id
 * @param recipient  who it is for
 * @param categories the categories it covers (API names: {@code daily-reports}, ...)
 * @param purpose    what it is for, in the family's words
 * @param from       first day it holds
 * @param to         last day it holds, {@code null} until revoked
 * @param status     {@code pending} (waiting for the other guardian), {@code active} or {@code revoked}
 * @param effective  whether it covers its recipient today (active and within its period)
 * @param version    the current version, which a change names as {@code basedOnVersion}
 * @param history    every version, oldest first
 */
public record Consent(UUID id, Recipient recipient, List<String> categories, String purpose, LocalDate from,
                      LocalDate to, String status, boolean effective, int version, List<Version> history) {

    public Consent {
        categories = List.copyOf(categories);
        history = List.copyOf(history);
    }

    /** One state the consent had, and who brought it about. */
    public record Version(int version, String status, List<String> categories, String purpose, LocalDate from,
                          LocalDate to, UUID changedBy, String changedByName, OffsetDateTime changedAt) {
    }
}

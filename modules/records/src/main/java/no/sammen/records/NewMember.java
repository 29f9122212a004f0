package no.sammen.records;

import java.time.LocalDate;

/**
 * Someone the coordinator adds to the care team, identified by national identity number (they need not have
 * signed in yet; their first login finds the membership).
 */
public record NewMember(String nationalId, String name, String profession, String organisation, String role,
                        LocalDate from, LocalDate to) {
}

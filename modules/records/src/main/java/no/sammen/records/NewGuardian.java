package no.sammen.records;

/** A guardian the coordinator adds by national identity number. */
public record NewGuardian(String nationalId, String name) {
}

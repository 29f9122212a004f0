package no.sammen.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The child's identity and the lists every visitor needs: contacts, diagnoses, medications. {@code version} is the
 * optimistic-lock version a change must name. Built from what the caller's access decisions release: a field or list
 * the caller may not see is {@code null} and absent from the JSON (identity fields {@code name} and
 * {@code birth-date}, which also gives the age; the categories contacts, diagnoses, medications as wholes).
 */
public record ChildProfile(UUID id, String name, LocalDate birthDate, Integer age, List<Contact> contacts,
                           List<Diagnosis> diagnoses, List<Medication> medications, long version) {

    /** Someone to call. */
    public record Contact(String name, String relation, String phone, String email, String note) {
    }

    /** A diagnosis, with an ICD-10 code where known. */
    public record Diagnosis(String code, String text, LocalDate since) {
    }

    /** A medication and how it is given. */
    public record Medication(String name, String dose, String route, String schedule, String note) {
    }
}

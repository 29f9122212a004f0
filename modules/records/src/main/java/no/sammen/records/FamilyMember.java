package no.sammen.records;

import java.util.UUID;

/** A guardian, or the child, on the family side of the record. */
public record FamilyMember(UUID personId, String name, String relation) {
}

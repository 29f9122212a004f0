package no.sammen.records;

import java.util.List;

/**
 * A change to a child's profile. {@code null} lists are left as they are; {@code version} must be the version the
 * change was made against, or the change is refused as a conflict.
 */
public record ProfileChange(String name, List<ChildProfile.Contact> contacts, List<ChildProfile.Diagnosis> diagnoses,
                            List<ChildProfile.Medication> medications, Long version) {
}

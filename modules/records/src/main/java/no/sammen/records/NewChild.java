package no.sammen.records;

import java.util.List;

/**
 * A child to register: the coordinator who registers it becomes the care team's coordinator.
 *
 * @param nationalId  the child's national identity number (11 digits)
 * @param name        the child's name
 * @param contacts    contacts, may be empty
 * @param diagnoses   diagnoses, may be empty
 * @param medications medications, may be empty
 * @param organisation the coordinator's organisation, shown on the team
 */
public record NewChild(String nationalId, String name, List<ChildProfile.Contact> contacts,
                       List<ChildProfile.Diagnosis> diagnoses, List<ChildProfile.Medication> medications,
                       String organisation) {
}

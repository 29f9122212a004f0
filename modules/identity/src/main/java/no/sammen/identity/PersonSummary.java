package no.sammen.identity;

import java.util.List;
import java.util.UUID;

/**
 * What other modules may know about a person: no national identity number.
 *
 * @param id            Sammen's id for the person
 * @param displayName   the person's name
 * @param hprNumber     HPR number of health personnel, or {@code null}
 * @param professions   HPR profession codes and assigned roles
 * @param administrator whether the person administers Sammen
 */
public record PersonSummary(UUID id, String displayName, String hprNumber, List<String> professions,
                            boolean administrator) {

    public PersonSummary {
        professions = List.copyOf(professions);
    }
}

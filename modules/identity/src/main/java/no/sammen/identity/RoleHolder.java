package no.sammen.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A person as the administrators' role list shows them: no national identity number.
 *
 * @param id            Sammen's id for the person
 * @param displayName   the person's name
 * @param roles         the roles and professions an administrator assigned (not the HPR professions)
 * @param administrator whether the person administers Sammen (given by configuration only)
 * @param lastSignedIn  when they last signed in through a browser, {@code null} if never
 */
public record RoleHolder(UUID id, String displayName, List<String> roles, boolean administrator,
                         OffsetDateTime lastSignedIn) {

    public RoleHolder {
        roles = List.copyOf(roles);
    }
}

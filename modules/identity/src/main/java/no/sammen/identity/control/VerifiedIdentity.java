package no.sammen.identity.control;

import java.util.List;

import no.sammen.identity.NationalId;

/**
 * What a validated ID token or access token says about the person.
 *
 * @param provider    the provider's short name
 * @param nationalId  the validated national identity number
 * @param name        the name the provider gave, or {@code null}
 * @param level       the authentication level (e.g. {@code idporten-loa-high}, {@code 4})
 * @param sid         the provider's session id, for front-channel logout, or {@code null}
 * @param hprNumber   the HPR number, or {@code null}
 * @param professions HPR profession codes from the approvals, possibly empty
 */
public record VerifiedIdentity(String provider, NationalId nationalId, String name, String level, String sid,
                               String hprNumber, List<String> professions) {

    public VerifiedIdentity {
        professions = List.copyOf(professions);
    }

    VerifiedIdentity withProfessions(String hpr, List<String> codes) {
        return new VerifiedIdentity(provider, nationalId, name, level, sid, hpr, codes);
    }
}

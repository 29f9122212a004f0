package no.sammen.identity.boundary;

import java.util.List;

/**
 * The signed-in person as {@code GET /api/me} shows them.
 *
 * @param id          Sammen's id for the person
 * @param name        display name
 * @param kind        {@code professional}, {@code guardian}, {@code child} or {@code admin}
 * @param professions HPR profession codes and assigned roles
 * @param hprNumber   HPR number, absent for people who are not health personnel
 * @param acr         the authentication level of this login or token
 * @param issuer      the identity provider that authenticated the person
 */
public record Me(String id, String name, String kind, List<String> professions, String hprNumber, String acr,
                 String issuer) {
}

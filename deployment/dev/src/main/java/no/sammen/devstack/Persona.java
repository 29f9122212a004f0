package no.sammen.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One development persona: a synthetic person who logs in through one of the two development identity providers.
 *
 * @param username       what to type or click at the development login page, and the token script's argument
 * @param displayName    the person's name as the identity provider reports it
 * @param issuerId       {@link #CITIZEN_ISSUER} or {@link #HEALTH_ISSUER}
 * @param nationalId     synthetic Norwegian national identity number (valid checksums)
 * @param birthDate      birth date matching the national identity number
 * @param hprNumber      Health Personnel Register number; {@code null} for citizens
 * @param professionCode HPR profession code (FT, ET, SP, LE, …); {@code null} for citizens
 * @param role           the role the persona plays or is given (guardian, child, teacher, admin, …); {@code null} for
 *                       health personnel, whose role follows from their profession and care team
 * @param who            a short human description for banners and login pages
 */
public record Persona(String username, String displayName, String issuerId, String nationalId, LocalDate birthDate,
                      String hprNumber, String professionCode, String role, String who) {

    /** Issuer id of the development stand-in for ID-porten (citizens). */
    public static final String CITIZEN_ISSUER = "idporten";
    /** Issuer id of the development stand-in for HelseID (health personnel). */
    public static final String HEALTH_ISSUER = "helseid";

    public Persona {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(birthDate, "birthDate");
        if (HEALTH_ISSUER.equals(issuerId)) {
            Objects.requireNonNull(hprNumber, () -> username + ": health personnel need an HPR number");
            Objects.requireNonNull(professionCode, () -> username + ": health personnel need a profession code");
        } else if (!CITIZEN_ISSUER.equals(issuerId)) {
            throw new IllegalArgumentException(username + ": unknown issuer " + issuerId);
        }
    }

    /** Whether this persona logs in through HelseID. */
    public boolean isHealthPersonnel() {
        return HEALTH_ISSUER.equals(issuerId);
    }

    /** The HPR number, present for health personnel only. */
    public Optional<String> hpr() {
        return Optional.ofNullable(hprNumber);
    }

    /** Which login button this persona uses, as shown to people. */
    public String loginLabel() {
        return loginLabel(issuerId);
    }

    /** The human label of an issuer id's login. */
    public static String loginLabel(String issuerId) {
        return HEALTH_ISSUER.equals(issuerId) ? "Health personnel (HelseID)" : "Citizens (ID-porten)";
    }

    /**
     * The claims the identity provider puts into this persona's tokens, shaped like the real provider's: posted as
     * the {@code claims} field of the development login form.
     */
    public JsonObject claimsObject() {
        JsonObjectBuilder claims = Json.createObjectBuilder();
        if (isHealthPersonnel()) {
            claims.add("helseid://claims/identity/pid", nationalId)
                    .add("helseid://claims/identity/security_level", "4")
                    .add("helseid://claims/hpr/hpr_number", hprNumber)
                    .add("helseid://claims/hpr/hpr_details", Json.createObjectBuilder()
                            .add("hpr_number", hprNumber)
                            .add("approvals", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("profession", professionCode)
                                    .add("authorization", Json.createObjectBuilder()
                                            .add("value", "1")
                                            .add("description", "Autorisasjon")))))
                    .add("name", displayName)
                    .add("acr", "helseid-loa-high");
        } else {
            claims.add("pid", nationalId)
                    .add("acr", "idporten-loa-high")
                    .add("name", displayName)
                    .add("amr", Json.createArrayBuilder().add("BankID"));
        }
        return claims.build();
    }

    /** {@link #claimsObject()} as compact JSON text. */
    public String claims() {
        return claimsObject().toString();
    }

    /** The name of the claim that carries the national identity number at this persona's issuer. */
    public String nationalIdClaim() {
        return isHealthPersonnel() ? "helseid://claims/identity/pid" : "pid";
    }
}

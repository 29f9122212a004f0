package no.sammen.identity.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;

import no.sammen.identity.entity.PersonEntity;
import no.sammen.platform.Caller;
import no.sammen.platform.CallerKind;

/**
 * Turns a signed-in person into the {@link Caller} of a request. The kind of user follows from how and who they
 * are: administrators; health personnel (health-sector login) and people with an assigned professional role;
 * children below the age of majority; other adults, who take part as family.
 */
@ApplicationScoped
public class Callers {

    @Inject
    @ConfigProperty(name = "sammen.age-of-majority", defaultValue = "18")
    int ageOfMajority;

    /** The roles the container knows the caller by (for {@code @RolesAllowed}). */
    public static List<String> groups(Caller caller) {
        List<String> groups = new ArrayList<>();
        groups.add("user");
        groups.add(caller.kind().apiName());
        if (caller.administrator()) {
            groups.add("admin");
        }
        if (caller.professions().contains("coordinator")) {
            groups.add("coordinator");
        }
        if (caller.dataProtectionOfficer()) {
            groups.add(Caller.DATA_PROTECTION_OFFICER);
        }
        return groups;
    }

    public Caller caller(PersonEntity person, ProviderSettings provider, String level) {
        List<String> professions = new ArrayList<>(person.hprProfessions());
        professions.addAll(person.assignedRoles());
        return new Caller(person.id(), person.displayName(), kind(person, provider), professions,
                person.hprNumber(), level, provider.issuer(), person.administrator());
    }

    CallerKind kind(PersonEntity person, ProviderSettings provider) {
        if (person.administrator()) {
            return CallerKind.ADMIN;
        }
        if (provider.healthPersonnel() || !person.assignedRoles().isEmpty()) {
            return CallerKind.PROFESSIONAL;
        }
        LocalDate born = person.birthDate();
        if (born != null && Period.between(born, LocalDate.now()).getYears() < ageOfMajority) {
            return CallerKind.CHILD;
        }
        return CallerKind.GUARDIAN;
    }
}

package no.sammen.identity.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.identity.NationalId;
import no.sammen.identity.People;
import no.sammen.identity.RoleHolder;
import no.sammen.identity.Roles;
import no.sammen.identity.entity.PersonEntity;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Audited;
import no.sammen.platform.Caller;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;

/**
 * Assigned roles in the person's row. Every change is one audit entry naming the person ({@link Audited}, refusals
 * and bad input included); a grant by national identity number registers the person and sets the roles in one
 * transaction, so a refused or invalid grant leaves no new person behind.
 */
@ApplicationScoped
@Transactional
public class RoleAssignments implements Roles {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    People people;

    /** This bean through its proxy, so that {@link #grant} goes through {@link #assign}'s audit. */
    @Inject
    Roles self;

    @Inject
    Provider<Caller> callers;

    @Inject
    @ConfigProperty(name = "sammen.identity.assignable-roles",
            defaultValue = "coordinator,dpo,social-worker,teacher,personal-assistant")
    String assignableSetting;

    /** {@link #assignableSetting} as a list, read once (a page asks for it per row). */
    private List<String> assignable;

    @PostConstruct
    void readAssignable() {
        assignable = Arrays.stream(assignableSetting.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    @Override
    public List<String> assignable() {
        return assignable;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoleHolder> holders(String role) {
        requireAdministrator();
        if (role != null && !assignable().contains(role)) {
            throw new InvalidInputException("role", "must be one of " + String.join(", ", assignable()));
        }
        // The roles column is a comma-separated list of codes without spaces (CodeListConverter).
        @SuppressWarnings("unchecked")
        List<PersonEntity> holders = (role == null
                ? em.createNativeQuery("select * from identity.person where administrator or assigned_roles <> ''",
                        PersonEntity.class)
                : em.createNativeQuery("select * from identity.person where ?1 = any(string_to_array(assigned_roles, "
                        + "','))", PersonEntity.class).setParameter(1, role))
                .getResultList();
        return holders.stream().map(RoleAssignments::holder)
                .sorted(Comparator.comparing(RoleHolder::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public RoleHolder grant(NationalId nationalId, String name, List<String> roles) {
        requireAdministrator();
        if (nationalId == null) {
            throw new InvalidInputException("nationalId", "is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required (the name the person is listed under until they "
                    + "sign in)");
        }
        requireAssignable(roles);
        return self.assign(people.register(nationalId, name.strip()).id(), roles);
    }

    @Override
    @Audited(operation = AuditEvent.Operation.UPDATE)
    public RoleHolder assign(UUID personId, List<String> roles) {
        requireAdministrator();
        requireAssignable(roles);
        PersonEntity person = personId == null ? null : em.find(PersonEntity.class, personId);
        if (person == null) {
            throw new NotFoundException("The person");
        }
        person.replaceAssignedRoles(roles);
        return holder(person);
    }

    private void requireAssignable(List<String> roles) {
        if (roles == null) {
            throw new InvalidInputException("roles", "is required (an empty list takes every role away)");
        }
        for (String role : roles) {
            if (role == null || !assignable.contains(role)) {
                throw new InvalidInputException("roles", "'" + (role == null ? "null" : role)
                        + "' is not a role an administrator assigns; one of " + String.join(", ", assignable));
            }
        }
    }

    private void requireAdministrator() {
        if (!callers.get().administrator()) {
            throw new AccessDeniedException("Only an administrator assigns roles.");
        }
    }

    private static RoleHolder holder(PersonEntity p) {
        return new RoleHolder(p.id(), p.displayName(), p.assignedRoles(), p.administrator(), p.lastLoginAt());
    }
}

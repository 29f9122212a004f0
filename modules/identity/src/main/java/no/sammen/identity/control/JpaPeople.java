package no.sammen.identity.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.Config;

import no.sammen.identity.NationalId;
import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;
import no.sammen.identity.entity.PersonEntity;
import no.sammen.platform.Ids;

/**
 * People in PostgreSQL, found by the keyed hash of their national identity number. Sign-in creates the person on
 * first login and refreshes what the provider asserts (name, HPR number and professions) on every login.
 */
@ApplicationScoped
@Transactional
public class JpaPeople implements People {

    private static final Logger LOG = Logger.getLogger(JpaPeople.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    NationalIdProtection protection;

    @Inject
    Config config;

    /** Roles given at login to the listed national identity numbers, keyed by their hash (hex). */
    private final Map<String, List<String>> bootstrapRoles = new HashMap<>();

    @PostConstruct
    void readBootstrapRoles() {
        String value = config.getOptionalValue("sammen.bootstrap.roles", String.class).orElse("");
        for (String entry : value.split(";")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 2 || !NationalId.isValid(parts[0].trim())) {
                if (!entry.isBlank()) {
                    LOG.warning("sammen.bootstrap.roles: ignoring an entry that is not <national id>:<role>[+<role>]");
                }
                continue;
            }
            String hash = HexFormat.of().formatHex(protection.hash(NationalId.parse(parts[0].trim(), "bootstrap")));
            bootstrapRoles.put(hash, List.of(parts[1].trim().split("\\+")));
        }
    }

    @Override
    public Optional<PersonSummary> find(UUID personId) {
        return Optional.ofNullable(em.find(PersonEntity.class, personId)).map(JpaPeople::summary);
    }

    @Override
    public Map<UUID, PersonSummary> findAll(java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, PersonSummary> found = new HashMap<>();
        em.createQuery("select p from PersonEntity p where p.id in :ids", PersonEntity.class)
                .setParameter("ids", List.copyOf(new java.util.HashSet<>(personIds)))
                .getResultStream()
                .forEach(p -> found.put(p.id(), summary(p)));
        return found;
    }

    @Override
    public Optional<PersonSummary> findByNationalId(NationalId nationalId) {
        return byHash(protection.hash(nationalId)).map(JpaPeople::summary);
    }

    @Override
    public PersonSummary register(NationalId nationalId, String displayName) {
        return summary(findOrCreate(nationalId, displayName));
    }

    /** The person who just signed in, created on first login, with what the provider asserted now. */
    public PersonEntity signedIn(VerifiedIdentity identity) {
        PersonEntity person = findOrCreate(identity.nationalId(), identity.name());
        if (identity.name() != null && !identity.name().equals(person.displayName())) {
            person.rename(identity.name());
        }
        if (identity.hprNumber() != null || !identity.professions().isEmpty()) {
            person.authorisedAs(identity.hprNumber(), identity.professions());
        }
        administratorAsListed(person);
        person.loggedInAt(OffsetDateTime.now(ZoneOffset.UTC));
        return person;
    }

    /**
     * Makes a person an administrator exactly while {@code sammen.bootstrap.roles} names them one, at every sign-in,
     * bearer request and browser-session request ({@link #person}): administrators are named by configuration only
     * (ADR 0033), so taking someone off the list ends their administration at their next request. The other roles on
     * the list are given once, when the person is first registered ({@link #findOrCreate}); after that administrators
     * grant and take them away, and a sign-in does not give back what an administrator took.
     */
    private void administratorAsListed(PersonEntity person) {
        boolean listed = listedAdministrator(person.nationalIdHash());
        if (listed != person.administrator()) {
            LOG.info(() -> "administrator " + (listed ? "named" : "no longer named") + " by configuration: person="
                    + person.id());
            person.administrator(listed);
        }
    }

    private boolean listedAdministrator(byte[] nationalIdHash) {
        List<String> roles = bootstrapRoles.get(HexFormat.of().formatHex(nationalIdHash));
        return roles != null && roles.contains("admin");
    }

    /**
     * The person a bearer token speaks for, read without a transaction, when they exist and the token changes nothing
     * about them (the common case: every API request of someone who has signed in before); empty when
     * {@link #presentedToken} must create or update them. Read on every request, so a change of roles or
     * administrator status holds from the next one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonEntity> presentedTokenUnchanged(VerifiedIdentity identity) {
        byte[] hash = protection.hash(identity.nationalId());
        return byHash(hash).filter(person -> !changedBy(person, identity, hash));
    }

    /** Whether {@link #presentedToken} would change this person. */
    private boolean changedBy(PersonEntity person, VerifiedIdentity identity, byte[] hash) {
        if (identity.hprNumber() != null && !identity.hprNumber().equals(person.hprNumber())) {
            return true;
        }
        return listedAdministrator(hash) != person.administrator();
    }

    /** The person a bearer token speaks for, created if they have never signed in. */
    public PersonEntity presentedToken(VerifiedIdentity identity) {
        PersonEntity person = findOrCreate(identity.nationalId(), identity.name());
        if (identity.hprNumber() != null && !identity.hprNumber().equals(person.hprNumber())) {
            person.authorisedAs(identity.hprNumber(), identity.professions());
        }
        administratorAsListed(person);
        return person;
    }

    /**
     * The person with this id (for an established session), an administrator exactly while configuration names them
     * one, as at sign-in.
     */
    public Optional<PersonEntity> person(UUID id) {
        Optional<PersonEntity> person = Optional.ofNullable(em.find(PersonEntity.class, id));
        person.ifPresent(this::administratorAsListed);
        return person;
    }

    private PersonEntity findOrCreate(NationalId nationalId, String displayName) {
        byte[] hash = protection.hash(nationalId);
        return byHash(hash).orElseGet(() -> {
            PersonEntity created = new PersonEntity(Ids.newId(), hash, protection.encrypt(nationalId),
                    protection.keyId(), displayName == null || displayName.isBlank() ? "Unknown name" : displayName,
                    nationalId.birthDate(), OffsetDateTime.now(ZoneOffset.UTC));
            List<String> roles = bootstrapRoles.get(HexFormat.of().formatHex(hash));
            if (roles != null) {
                List<String> assigned = new ArrayList<>(roles);
                assigned.remove("admin");
                created.assignRoles(assigned);
            }
            em.persist(created);
            return created;
        });
    }

    private Optional<PersonEntity> byHash(byte[] hash) {
        return em.createNamedQuery(PersonEntity.BY_NATIONAL_ID_HASH, PersonEntity.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    static PersonSummary summary(PersonEntity p) {
        List<String> professions = new ArrayList<>(p.hprProfessions());
        professions.addAll(p.assignedRoles());
        return new PersonSummary(p.id(), p.displayName(), p.hprNumber(), professions, p.administrator());
    }
}

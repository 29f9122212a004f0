package no.sammen.consent.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.consent.Consent;
import no.sammen.consent.ConsentChange;
import no.sammen.consent.Consents;
import no.sammen.consent.FamilyChoice;
import no.sammen.consent.NewConsent;
import no.sammen.consent.Recipient;
import no.sammen.consent.entity.ConsentEntity;
import no.sammen.consent.entity.ConsentVersionEntity;
import no.sammen.consent.entity.FamilyChoiceEntity;
import no.sammen.platform.AccessChanged;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Children;
import no.sammen.records.FamilyMember;
import no.sammen.records.Relation;
import no.sammen.records.Standings;
import no.sammen.records.TeamMember;

/**
 * The family's consents. Grants, narrowings, approvals and revocations change the head row and append a version in
 * one transaction; nothing is overwritten. Who may change consents at all is decided by the access rule through the
 * {@code @ChildAccess} binding (category {@code consents}, action write).
 */
@ApplicationScoped
@Transactional
public class ConsentRecords implements Consents {

    static final String PENDING = "pending";
    static final String ACTIVE = "active";
    static final String REVOKED = "revoked";
    static final int PURPOSE_MAX = 500;
    private static final Pattern PROFESSION = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,39}");

    /** The data categories a consent can name (not the team, consents or the access log: those are the family's). */
    static final Set<Category> CONSENTABLE = Category.DATA;

    @PersistenceContext(unitName = "consent")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    /** Narrowed or revoked access: open live feeds re-decide once it commits. */
    @Inject
    Event<AccessChanged> accessChanged;

    @Inject
    Children children;

    @Inject
    Standings standings;

    @Inject
    @ConfigProperty(name = "sammen.consent.both-guardians-must-grant", defaultValue = "false")
    boolean bothGuardians;

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Consent> list(ChildRef child) {
        List<ConsentEntity> heads = em.createQuery("""
                        select c from ConsentEntity c where c.childId = :child
                         order by case c.status when 'active' then 0 when 'pending' then 1 else 2 end, c.createdAt desc
                        """, ConsentEntity.class)
                .setParameter("child", child.id()).getResultList();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ConsentVersionEntity>> versions = em.createQuery("""
                        select v from ConsentVersionEntity v where v.consentId in :ids order by v.version
                        """, ConsentVersionEntity.class)
                .setParameter("ids", heads.stream().map(ConsentEntity::id).toList())
                .getResultStream().collect(Collectors.groupingBy(ConsentVersionEntity::consentId));
        LocalDate today = today();
        return heads.stream().map(h -> consent(h, versions.getOrDefault(h.id(), List.of()), today)).toList();
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.WRITE, event = AuditEvent.Kind.CONSENT_CHANGE)
    public Consent grant(ChildRef child, NewConsent consent) {
        Caller caller = callers.get();
        List<FieldError> errors = new ArrayList<>();
        if (consent == null) {
            throw new InvalidInputException("recipient", "is required");
        }
        Recipient recipient = recipient(child, consent.recipient(), errors);
        String categories = categories(consent.categories(), "categories", errors);
        String purpose = purpose(consent.purpose(), errors);
        LocalDate from = consent.from() == null ? today() : consent.from();
        if (consent.to() != null && consent.to().isBefore(from)) {
            errors.add(new FieldError("to", "must not be before 'from'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String status = needsSecondGuardian(child, caller) ? PENDING : ACTIVE;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var head = new ConsentEntity(Ids.newId(), child.id(), recipient.kind(), recipient.value(), recipient.label(),
                categories, purpose, from, consent.to(), status, caller.personId(), now);
        em.persist(head);
        em.flush(); // the head first: its version refers to it
        var first = new ConsentVersionEntity(Ids.newId(), head, caller.personId(), name(caller), now);
        em.persist(first);
        return consent(head, List.of(first), today());
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.WRITE, event = AuditEvent.Kind.CONSENT_CHANGE)
    public Consent narrow(ChildRef child, UUID consentId, ConsentChange change) {
        if (change == null || change.basedOnVersion() == null) {
            throw new InvalidInputException("basedOnVersion", "is required");
        }
        ConsentEntity head = locked(child, consentId);
        if (head.version() != change.basedOnVersion()) {
            throw new ConflictException("The consent was changed by someone else (now version " + head.version()
                    + "); reload it and make your change again.");
        }
        if (head.status().equals(REVOKED)) {
            throw new ConflictException("The consent is revoked; grant a new one instead.");
        }
        List<FieldError> errors = new ArrayList<>();
        String categories = head.categories();
        if (change.categories() != null) {
            categories = categories(change.categories(), "categories", errors);
            if (errors.isEmpty() && !split(head.categories()).containsAll(split(categories))) {
                errors.add(new FieldError("categories", "may only leave categories out; grant a new consent to add"));
            }
        }
        String purpose = change.purpose() == null ? head.purpose() : purpose(change.purpose(), errors);
        LocalDate to = head.validTo();
        if (change.to() != null) {
            if (change.to().isBefore(head.validFrom())) {
                errors.add(new FieldError("to", "must not be before the consent's first day " + head.validFrom()));
            } else if (head.validTo() != null && change.to().isAfter(head.validTo())) {
                errors.add(new FieldError("to", "may only end the consent earlier; grant a new consent to extend"));
            } else {
                to = change.to();
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accessChanged.fire(new AccessChanged(child.id()));
        return append(head, categories, purpose, to, head.status());
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.WRITE, event = AuditEvent.Kind.CONSENT_CHANGE)
    public Consent approve(ChildRef child, UUID consentId) {
        ConsentEntity head = locked(child, consentId);
        if (!head.status().equals(PENDING)) {
            throw new ConflictException("The consent is " + head.status() + ", not waiting for approval.");
        }
        if (head.grantedBy().equals(callers.get().personId())) {
            throw new AccessDeniedException("The other guardian approves a grant, not the one who made it.");
        }
        return append(head, head.categories(), head.purpose(), head.validTo(), ACTIVE);
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.WRITE, event = AuditEvent.Kind.CONSENT_CHANGE)
    public Consent revoke(ChildRef child, UUID consentId) {
        ConsentEntity head = locked(child, consentId);
        if (head.status().equals(REVOKED)) {
            throw new ConflictException("The consent is already revoked.");
        }
        accessChanged.fire(new AccessChanged(child.id()));
        return append(head, head.categories(), head.purpose(), head.validTo(), REVOKED);
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public FamilyChoice familyChoice(ChildRef child) {
        return latestChoice(child).map(c -> new FamilyChoice(split(c.guardiansSee()), c.version()))
                .orElse(new FamilyChoice(CONSENTABLE.stream().sorted().map(Category::apiName).toList(), 0));
    }

    @Override
    @ChildAccess(category = Category.CONSENTS, action = Action.WRITE, event = AuditEvent.Kind.CONSENT_CHANGE)
    public FamilyChoice chooseForFamily(ChildRef child, FamilyChoice choice) {
        if (choice == null || choice.basedOnVersion() == null) {
            throw new InvalidInputException("basedOnVersion", "is required (0 before the first choice)");
        }
        List<FieldError> errors = new ArrayList<>();
        String shown = choice.guardiansSee() == null || choice.guardiansSee().isEmpty() ? ""
                : categories(choice.guardiansSee(), "guardiansSee", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int current = latestChoice(child).map(FamilyChoiceEntity::version).orElse(0);
        if (current != choice.basedOnVersion()) {
            throw new ConflictException("The family's choice was changed by someone else (now version " + current
                    + "); reload it and choose again.");
        }
        var row = new FamilyChoiceEntity(Ids.newId(), child.id(), current + 1, shown, callers.get().personId(),
                OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(row);
        try {
            em.flush(); // two guardians choosing at once meet on (child, version)
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ConflictException("The family's choice was changed at the same time; reload it.");
        }
        accessChanged.fire(new AccessChanged(child.id()));
        return new FamilyChoice(split(shown), row.version());
    }

    private java.util.Optional<FamilyChoiceEntity> latestChoice(ChildRef child) {
        return em.createQuery("select c from FamilyChoiceEntity c where c.childId = :child order by c.version desc",
                        FamilyChoiceEntity.class)
                .setParameter("child", child.id()).setMaxResults(1).getResultStream().findFirst();
    }

    private Consent append(ConsentEntity head, String categories, String purpose, LocalDate to, String status) {
        Caller caller = callers.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        head.change(categories, purpose, to, status, caller.personId(), now);
        em.persist(new ConsentVersionEntity(Ids.newId(), head, caller.personId(), name(caller), now));
        em.flush();
        List<ConsentVersionEntity> versions = em.createQuery(
                        "select v from ConsentVersionEntity v where v.consentId = :id order by v.version",
                        ConsentVersionEntity.class)
                .setParameter("id", head.id()).getResultList();
        return consent(head, versions, today());
    }

    /** The consent of this child, locked for the change; another child's consent does not exist here. */
    private ConsentEntity locked(ChildRef child, UUID consentId) {
        ConsentEntity head = em.find(ConsentEntity.class, consentId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null || !head.childId().equals(child.id())) {
            throw new NotFoundException("The consent");
        }
        return head;
    }

    /** A guardian's grant waits for the other guardian when configured so and there is another guardian. */
    private boolean needsSecondGuardian(ChildRef child, Caller caller) {
        if (!bothGuardians || standings.of(caller.personId(), child.id()).relation() != Relation.GUARDIAN) {
            return false;
        }
        return children.family(child).stream()
                .filter(m -> m.relation().equals("guardian"))
                .map(FamilyMember::personId)
                .anyMatch(id -> !id.equals(caller.personId()));
    }

    /** A person must be on the child's care team (named from it); professions and organisations are names. */
    private Recipient recipient(ChildRef child, Recipient given, List<FieldError> errors) {
        if (given == null || given.kind() == null) {
            errors.add(new FieldError("recipient.kind", "must be person, profession or organisation"));
            return null;
        }
        String value = given.value() == null ? "" : given.value().strip();
        switch (given.kind()) {
            case Recipient.PERSON -> {
                UUID personId;
                try {
                    personId = Ids.parse(value, "recipient.value");
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                    return null;
                }
                TeamMember member = children.team(child).stream()
                        .filter(m -> m.personId().equals(personId)).findFirst().orElse(null);
                if (member == null) {
                    errors.add(new FieldError("recipient.value", "must be a person on the child's care team"));
                    return null;
                }
                return new Recipient(Recipient.PERSON, personId.toString(), member.name());
            }
            case Recipient.PROFESSION -> {
                if (!PROFESSION.matcher(value).matches()) {
                    errors.add(new FieldError("recipient.value", "must be a profession code such as FT or teacher"));
                    return null;
                }
                return new Recipient(Recipient.PROFESSION, value, value);
            }
            case Recipient.ORGANISATION -> {
                if (value.isEmpty() || value.length() > 200) {
                    errors.add(new FieldError("recipient.value", "must be an organisation's name (1 to 200 characters)"));
                    return null;
                }
                return new Recipient(Recipient.ORGANISATION, value, value);
            }
            default -> {
                errors.add(new FieldError("recipient.kind", "must be person, profession or organisation"));
                return null;
            }
        }
    }

    static String categories(List<String> names, String field, List<FieldError> errors) {
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError(field, "must name at least one category"));
            return null;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : names) {
            Category category;
            try {
                category = Category.fromApiName(name);
            } catch (InvalidInputException e) {
                errors.add(new FieldError(field, "unknown category"));
                return null;
            }
            if (!CONSENTABLE.contains(category)) {
                errors.add(new FieldError(field, category.apiName() + " is not given by consent"));
                return null;
            }
            chosen.add(category.apiName());
        }
        return String.join(",", chosen);
    }

    private static String purpose(String purpose, List<FieldError> errors) {
        if (purpose == null || purpose.isBlank()) {
            errors.add(new FieldError("purpose", "is required"));
            return null;
        }
        if (purpose.length() > PURPOSE_MAX) {
            errors.add(new FieldError("purpose", "must be at most " + PURPOSE_MAX + " characters"));
            return null;
        }
        return purpose.strip();
    }

    static List<String> split(String categories) {
        return categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
    }

    static boolean effective(String status, LocalDate from, LocalDate to, LocalDate day) {
        return status.equals(ACTIVE) && !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    private static Consent consent(ConsentEntity h, List<ConsentVersionEntity> versions, LocalDate today) {
        return new Consent(h.id(), new Recipient(h.recipientKind(), h.recipient(), h.recipientLabel()),
                split(h.categories()), h.purpose(), h.validFrom(), h.validTo(), h.status(),
                effective(h.status(), h.validFrom(), h.validTo(), today), h.version(),
                versions.stream().map(v -> new Consent.Version(v.version(), v.status(), split(v.categories()),
                        v.purpose(), v.validFrom(), v.validTo(), v.changedBy(), v.changedByName(), v.changedAt()))
                        .toList());
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of(zone));
    }

    private static String name(Caller caller) {
        return caller.displayName() == null || caller.displayName().isBlank() ? "Unknown name" : caller.displayName();
    }
}

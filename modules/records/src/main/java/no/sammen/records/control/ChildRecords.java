package no.sammen.records.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.identity.NationalId;
import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.AccessChanged;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.AccessPolicy;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.ChildProfile;
import no.sammen.records.ChildSummary;
import no.sammen.records.Children;
import no.sammen.records.FamilyMember;
import no.sammen.records.NewChild;
import no.sammen.records.NewGuardian;
import no.sammen.records.NewMember;
import no.sammen.records.ProfileChange;
import no.sammen.records.Relation;
import no.sammen.records.TeamMember;
import no.sammen.records.entity.CareTeamMemberEntity;
import no.sammen.records.entity.ChildEntity;
import no.sammen.records.entity.FamilyMemberEntity;

/** Children, their families and care teams in PostgreSQL. */
@ApplicationScoped
@Transactional
public class ChildRecords implements Children {

    static final Set<String> TEAM_ROLES = Set.of("coordinator", "member");
    private static final java.lang.reflect.Type CONTACTS = new ArrayList<ChildProfile.Contact>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type DIAGNOSES = new ArrayList<ChildProfile.Diagnosis>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type MEDICATIONS = new ArrayList<ChildProfile.Medication>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "records")
    EntityManager em;

    /** The caller of the current request; a provider, since this bean outlives requests. */
    @Inject
    Provider<Caller> callers;

    /** An ended membership: open live feeds re-decide once it commits. */
    @Inject
    Event<AccessChanged> accessChanged;

    @Inject
    People people;

    @Inject
    Relations relations;

    /** The one access rule: which parts of the profile the caller's decisions release. */
    @Inject
    AccessPolicy policy;

    @Inject
    RecordsClock clock;

    @Inject
    JsonDocuments json;

    @Inject
    TimelineWriter timeline;

    @Override
    public List<ChildSummary> mine() {
        Caller caller = callers.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.display_name, c.birth_date, r.relation
                  from records.child c
                  join (select child_id, team_role as relation from records.care_team_member
                         where person_id = ?1 and valid_from <= ?2 and (valid_to is null or valid_to >= ?2)
                        union all
                        select child_id, relation from records.family_member where person_id = ?1) r
                    on r.child_id = c.id
                 order by c.display_name, c.id
                """)
                .setParameter(1, caller.personId())
                .setParameter(2, clock.today())
                .getResultList();
        Map<UUID, List<Object[]>> byChild = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byChild.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(row);
        }
        List<ChildSummary> children = new ArrayList<>();
        byChild.forEach((id, childRows) -> {
            Relation relation = Relations.best(childRows.stream().map(r -> r[3].toString()).toList());
            Object[] first = childRows.get(0);
            LocalDate born = toLocalDate(first[2]);
            children.add(new ChildSummary(id, (String) first[1], born, age(born),
                    relation.name().toLowerCase(java.util.Locale.ROOT)));
        });
        return children;
    }

    @Override
    public ChildSummary register(NewChild child) {
        Caller caller = callers.get();
        if (!caller.professions().contains("coordinator")) {
            throw new AccessDeniedException("Only a coordinator registers children.");
        }
        Checks checks = new Checks().required("nationalId", child == null ? null : child.nationalId());
        if (child == null) {
            checks.orThrow();
        }
        NationalId nationalId = null;
        if (child.nationalId() != null) {
            try {
                nationalId = NationalId.parse(child.nationalId(), "nationalId");
            } catch (InvalidInputException e) {
                checks.add(e, "");
            }
        }
        checks.required("name", child.name()).maxLength("name", child.name(), 200)
                .required("organisation", child.organisation()).maxLength("organisation", child.organisation(), 200);
        validateLists(checks, child.contacts(), child.diagnoses(), child.medications());
        checks.orThrow();

        PersonSummary person = people.register(nationalId, child.name().trim());
        if (!em.createQuery("select c.id from ChildEntity c where c.personId = :person")
                .setParameter("person", person.id()).getResultList().isEmpty()) {
            throw new ConflictException("This child is already registered.");
        }
        var now = clock.now();
        var entity = new ChildEntity(Ids.newId(), person.id(), child.name().trim(), nationalId.birthDate(),
                json.write(orEmpty(child.contacts())), json.write(orEmpty(child.diagnoses())),
                json.write(orEmpty(child.medications())), caller.personId(), now);
        em.persist(entity);
        em.flush(); // the child's row first: the rows below refer to it
        em.persist(new FamilyMemberEntity(entity.id(), person.id(), "child", caller.personId(), now));
        em.persist(new CareTeamMemberEntity(Ids.newId(), entity.id(), caller.personId(), caller.displayName(),
                mainProfession(caller), child.organisation().trim(), "coordinator", clock.today(), null,
                caller.personId(), now));
        timeline.record(entity.id(), now, Category.IDENTITY, "child-registered", entity.id(), Audience.TEAM_AND_FAMILY,
                caller.personId(), "Record created by " + caller.displayName(), false);
        relations.forget();
        return new ChildSummary(entity.id(), entity.displayName(), entity.birthDate(), age(entity.birthDate()),
                "coordinator");
    }

    @Override
    @ChildAccess(category = Category.IDENTITY, action = Action.READ)
    public ChildProfile profile(ChildRef child) {
        return profileOf(child, find(child));
    }

    @Override
    @ChildAccess(category = Category.IDENTITY, action = Action.WRITE)
    public ChildProfile changeProfile(ChildRef child, ProfileChange change) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (change == null) {
            checks.required("version", null).orThrow();
        }
        mayWrite(caller, child, Category.CONTACTS, change.contacts());
        mayWrite(caller, child, Category.DIAGNOSES, change.diagnoses());
        mayWrite(caller, child, Category.MEDICATIONS, change.medications());
        checks.required("version", change.version());
        if (change.name() != null) {
            checks.required("name", change.name()).maxLength("name", change.name(), 200);
        }
        validateLists(checks, change.contacts(), change.diagnoses(), change.medications());
        checks.orThrow();
        ChildEntity entity = find(child);
        if (entity.version() != change.version()) {
            throw new ConflictException("The profile was changed by someone else (now version " + entity.version()
                    + "); reload it and make your change again.");
        }
        entity.change(change.name() == null ? entity.displayName() : change.name().trim(),
                change.contacts() == null ? entity.contacts() : json.write(change.contacts()),
                change.diagnoses() == null ? entity.diagnoses() : json.write(change.diagnoses()),
                change.medications() == null ? entity.medications() : json.write(change.medications()),
                clock.now());
        timeline.record(entity.id(), clock.now(), Category.IDENTITY, "profile-changed", entity.id(), Audience.TEAM,
                caller.personId(), "Profile changed by " + caller.displayName(), false);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("The profile was changed by someone else; reload it and make your change again.");
        }
        return profileOf(child, entity);
    }

    /** A profile change that touches a list needs the write decision for that list's category too. */
    private void mayWrite(Caller caller, ChildRef child, Category category, List<?> change) {
        if (change != null && !policy.decide(caller, child, category, Action.WRITE).permitted()) {
            throw new AccessDeniedException("You may not change " + category.apiName() + " of this child.");
        }
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public List<TeamMember> team(ChildRef child) {
        LocalDate today = clock.today();
        return em.createQuery("select m from CareTeamMemberEntity m where m.childId = :child", CareTeamMemberEntity.class)
                .setParameter("child", child.id())
                .getResultList().stream()
                .sorted(Comparator.comparing((CareTeamMemberEntity m) -> !m.activeOn(today))
                        .thenComparing(m -> !"coordinator".equals(m.teamRole()))
                        .thenComparing(CareTeamMemberEntity::displayName))
                .map(m -> member(m, today))
                .toList();
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public TeamMember addMember(ChildRef child, NewMember member) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (member == null) {
            checks.required("nationalId", null).orThrow();
        }
        NationalId nationalId = null;
        checks.required("nationalId", member.nationalId());
        if (member.nationalId() != null) {
            try {
                nationalId = NationalId.parse(member.nationalId(), "nationalId");
            } catch (InvalidInputException e) {
                checks.add(e, "");
            }
        }
        LocalDate from = member.from() == null ? clock.today() : member.from();
        String role = member.role() == null ? "member" : member.role();
        checks.required("name", member.name()).maxLength("name", member.name(), 200)
                .required("profession", member.profession()).maxLength("profession", member.profession(), 60)
                .required("organisation", member.organisation()).maxLength("organisation", member.organisation(), 200)
                .that(TEAM_ROLES.contains(role), "role", "must be 'coordinator' or 'member'")
                .that(member.to() == null || !member.to().isBefore(from), "to", "must not be before 'from'");
        checks.orThrow();
        find(child);
        PersonSummary person = people.register(nationalId, member.name().trim());
        var entity = new CareTeamMemberEntity(Ids.newId(), child.id(), person.id(), person.displayName(),
                member.profession().trim(), member.organisation().trim(), role, from, member.to(), caller.personId(),
                clock.now());
        em.persist(entity);
        timeline.record(child.id(), clock.now(), Category.CARE_TEAM, "member-added", entity.id(), Audience.TEAM_AND_FAMILY,
                caller.personId(), person.displayName() + " joined the care team (" + entity.profession() + ")", false);
        relations.forget();
        return member(entity, clock.today());
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.WRITE)
    public TeamMember endMembership(ChildRef child, UUID membershipId, LocalDate lastDay) {
        Caller caller = callers.get();
        CareTeamMemberEntity entity = em.find(CareTeamMemberEntity.class, membershipId);
        if (entity == null || !entity.childId().equals(child.id())) {
            throw new NotFoundException("The membership");
        }
        LocalDate end = lastDay == null ? clock.today() : lastDay;
        new Checks().that(!end.isBefore(entity.validFrom()), "to", "must not be before the membership began").orThrow();
        entity.endOn(end);
        timeline.record(child.id(), clock.now(), Category.CARE_TEAM, "member-ended", entity.id(), Audience.TEAM_AND_FAMILY,
                caller.personId(), entity.displayName() + " left the care team", false);
        relations.forget();
        accessChanged.fire(new AccessChanged(child.id()));
        return member(entity, clock.today());
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public List<FamilyMember> family(ChildRef child) {
        return em.createQuery("select f from FamilyMemberEntity f where f.childId = :child", FamilyMemberEntity.class)
                .setParameter("child", child.id())
                .getResultList().stream()
                .map(f -> new FamilyMember(f.personId(),
                        people.find(f.personId()).map(PersonSummary::displayName).orElse("Unknown name"), f.relation()))
                .sorted(Comparator.comparing(FamilyMember::relation).thenComparing(FamilyMember::name))
                .toList();
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public FamilyMember addGuardian(ChildRef child, NewGuardian guardian) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (guardian == null) {
            checks.required("nationalId", null).orThrow();
        }
        NationalId nationalId = null;
        checks.required("nationalId", guardian.nationalId());
        if (guardian.nationalId() != null) {
            try {
                nationalId = NationalId.parse(guardian.nationalId(), "nationalId");
            } catch (InvalidInputException e) {
                checks.add(e, "");
            }
        }
        checks.required("name", guardian.name()).maxLength("name", guardian.name(), 200).orThrow();
        ChildEntity entity = find(child);
        PersonSummary person = people.register(nationalId, guardian.name().trim());
        if (person.id().equals(entity.personId())) {
            throw new InvalidInputException("nationalId", "is the child's own number");
        }
        if (em.find(FamilyMemberEntity.class, new FamilyMemberEntity.Key(child.id(), person.id())) != null) {
            throw new ConflictException("This person is already a guardian of the child.");
        }
        em.persist(new FamilyMemberEntity(child.id(), person.id(), "guardian", caller.personId(), clock.now()));
        timeline.record(child.id(), clock.now(), Category.CARE_TEAM, "guardian-added", person.id(), Audience.TEAM_AND_FAMILY,
                caller.personId(), person.displayName() + " was added as guardian", false);
        relations.forget();
        return new FamilyMember(person.id(), person.displayName(), "guardian");
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    public Relation relation(ChildRef child) {
        Caller caller = callers.get();
        return relations.of(caller.personId(), child.id());
    }

    private ChildEntity find(ChildRef child) {
        ChildEntity entity = em.find(ChildEntity.class, child.id());
        if (entity == null) {
            throw new NotFoundException("The child");
        }
        return entity;
    }

    /** The profile built from the released fields only: what is not released stays {@code null} (absent). */
    private ChildProfile profileOf(ChildRef child, ChildEntity c) {
        Caller caller = callers.get();
        AccessDecision identity = policy.released(caller, child, Category.IDENTITY);
        boolean born = identity.releases("birth-date");
        return new ChildProfile(c.id(), identity.releases("name") ? c.displayName() : null,
                born ? c.birthDate() : null, born ? age(c.birthDate()) : null,
                policy.released(caller, child, Category.CONTACTS).permitted()
                        ? json.readList(c.contacts(), CONTACTS) : null,
                policy.released(caller, child, Category.DIAGNOSES).permitted()
                        ? json.readList(c.diagnoses(), DIAGNOSES) : null,
                policy.released(caller, child, Category.MEDICATIONS).permitted()
                        ? json.readList(c.medications(), MEDICATIONS) : null,
                c.version());
    }

    private static TeamMember member(CareTeamMemberEntity m, LocalDate today) {
        return new TeamMember(m.id(), m.personId(), m.displayName(), m.profession(), m.organisation(), m.teamRole(),
                m.validFrom(), m.validTo(), m.activeOn(today));
    }

    private int age(LocalDate born) {
        return Period.between(born, clock.today()).getYears();
    }

    private static String mainProfession(Caller caller) {
        return caller.professions().stream().filter(p -> !p.equals("coordinator")).findFirst().orElse("coordinator");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static void validateLists(Checks checks, List<ChildProfile.Contact> contacts,
                                      List<ChildProfile.Diagnosis> diagnoses, List<ChildProfile.Medication> medications) {
        if (contacts != null) {
            checks.that(contacts.size() <= 100, "contacts", "must have at most 100 entries");
            for (int i = 0; i < contacts.size(); i++) {
                var c = contacts.get(i);
                String f = "contacts[" + i + "].";
                checks.that(c != null, "contacts[" + i + "]", "must not be empty");
                if (c != null) {
                    checks.required(f + "name", c.name()).maxLength(f + "name", c.name(), 200)
                            .maxLength(f + "relation", c.relation(), 100).maxLength(f + "phone", c.phone(), 40)
                            .maxLength(f + "email", c.email(), 200).maxLength(f + "note", c.note(), 2000)
                            .that(c.phone() == null || c.phone().matches("[+0-9 ()-]{3,40}"), f + "phone",
                                    "must be a phone number (digits, spaces, +, -, parentheses)");
                }
            }
        }
        if (diagnoses != null) {
            checks.that(diagnoses.size() <= 100, "diagnoses", "must have at most 100 entries");
            for (int i = 0; i < diagnoses.size(); i++) {
                var d = diagnoses.get(i);
                String f = "diagnoses[" + i + "].";
                checks.that(d != null, "diagnoses[" + i + "]", "must not be empty");
                if (d != null) {
                    checks.required(f + "text", d.text()).maxLength(f + "text", d.text(), 2000)
                            .that(d.code() == null || d.code().matches("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?"), f + "code",
                                    "must be an ICD-10 code such as G12.0");
                }
            }
        }
        if (medications != null) {
            checks.that(medications.size() <= 200, "medications", "must have at most 200 entries");
            for (int i = 0; i < medications.size(); i++) {
                var m = medications.get(i);
                String f = "medications[" + i + "].";
                checks.that(m != null, "medications[" + i + "]", "must not be empty");
                if (m != null) {
                    checks.required(f + "name", m.name()).maxLength(f + "name", m.name(), 200)
                            .maxLength(f + "dose", m.dose(), 200).maxLength(f + "route", m.route(), 100)
                            .maxLength(f + "schedule", m.schedule(), 500).maxLength(f + "note", m.note(), 2000);
                }
            }
        }
    }
}

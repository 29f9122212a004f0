package no.sammen.records.control;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.CarePlanChange;
import no.sammen.records.CarePlanDiff;
import no.sammen.records.CarePlanSections;
import no.sammen.records.CarePlanVersion;
import no.sammen.records.CarePlanVersionSummary;
import no.sammen.records.CarePlans;
import no.sammen.records.ResuscitationDecision;
import no.sammen.records.entity.CarePlanEntity;
import no.sammen.records.entity.CarePlanSignOffEntity;
import no.sammen.records.entity.CarePlanVersionEntity;

/**
 * The advance care plan in PostgreSQL: one row per version (never updated), a sign-off row per signed version, and
 * a pointer row per child whose optimistic lock serialises writers. A change is checked twice: against the version
 * it names ({@code basedOnVersion}), which catches the usual stale edit with a clear message, and by the pointer's
 * {@code @Version} at flush (and the unique version number), which catches two writers who read the same version at
 * the same moment. A sign-off takes the same lock. Either way the loser gets a conflict and nothing of theirs is
 * written. A version's audience defaults to {@code team-and-family} (see {@link CarePlans}).
 */
@ApplicationScoped
@Transactional
public class CarePlanRecords implements CarePlans {

    /** The HPR profession code of a physician, the only profession that signs off a care plan. */
    static final String PHYSICIAN = "LE";
    static final int MAX_TEXT = 20_000;
    static final int MAX_ITEMS = 100;
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext(unitName = "records")
    EntityManager em;

    /** The caller of the current request; a provider, since this bean outlives requests. */
    @Inject
    Provider<Caller> callers;

    @Inject
    Relations relations;

    @Inject
    RecordsClock clock;

    @Inject
    JsonDocuments json;

    @Inject
    TimelineWriter timeline;

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.READ)
    public CarePlanVersion current(ChildRef child) {
        List<CarePlanVersionEntity> newest = visibleVersions(child, 1);
        if (newest.isEmpty()) {
            throw new NotFoundException("The care plan");
        }
        return version(newest.get(0), signOffOf(newest.get(0)), true);
    }

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.WRITE)
    public CarePlanVersion revise(ChildRef child, CarePlanChange change) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (change == null) {
            checks.required("sections", null).orThrow();
        }
        checks.that(change.basedOnVersion() == null || change.basedOnVersion() > 0, "basedOnVersion",
                "must be a version number (1 or more)");
        validate(checks, change.sections());
        checks.maxLength("note", change.note(), 2000);
        Audience audience = Audience.TEAM_AND_FAMILY;
        if (change.audience() != null) {
            try {
                audience = Audience.fromApiName(change.audience(), "audience");
            } catch (InvalidInputException e) {
                checks.add(e, "");
            }
        }
        checks.orThrow();

        CarePlanEntity plan = em.find(CarePlanEntity.class, child.id());
        if (plan == null && change.basedOnVersion() != null) {
            throw new ConflictException("This child has no care plan yet: leave out 'basedOnVersion' to write the "
                    + "first version.");
        }
        if (plan != null && change.basedOnVersion() == null) {
            throw new ConflictException("The care plan already has version " + plan.currentNumber()
                    + "; reload it and base your change on it ('basedOnVersion').");
        }
        if (plan != null && plan.currentNumber() != change.basedOnVersion()) {
            CarePlanVersionEntity current = em.find(CarePlanVersionEntity.class, plan.currentVersionId());
            throw new ConflictException("The care plan was changed by " + current.authorName() + " while you were "
                    + "editing (it is now version " + plan.currentNumber() + ", you started from version "
                    + change.basedOnVersion() + "). Nothing was saved: reload the plan and make your change again.");
        }
        int number = plan == null ? 1 : plan.currentNumber() + 1;
        OffsetDateTime now = clock.now();
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        var version = new CarePlanVersionEntity(Ids.newId(), child.id(), number, json.write(normalised(change.sections())),
                audience.apiName(), note, caller.personId(), caller.displayName(), now);
        try {
            // the pointer first: of two writers from the same version, the second fails here, on the lock
            if (plan == null) {
                em.persist(new CarePlanEntity(child.id(), version.id(), number, now));
            } else {
                plan.moveTo(version.id(), number, now);
            }
            em.flush();
            em.persist(version);
            timeline.record(child.id(), now, Category.CARE_PLAN, "care-plan-changed", version.id(), audience,
                    caller.personId(), "Care plan version " + number + " by " + caller.displayName()
                            + (note == null ? "" : ": " + note), false);
            em.flush();
        } catch (PersistenceException e) {
            throw conflictOr(e);
        }
        return version(version, null, true);
    }

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.READ)
    public List<CarePlanVersionSummary> versions(ChildRef child) {
        List<CarePlanVersionEntity> versions = visibleVersions(child, Integer.MAX_VALUE);
        Map<UUID, CarePlanSignOffEntity> signOffs = em.createQuery(
                        "select s from CarePlanSignOffEntity s where s.childId = :child", CarePlanSignOffEntity.class)
                .setParameter("child", child.id())
                .getResultList().stream()
                .collect(Collectors.toMap(CarePlanSignOffEntity::versionId, Function.identity()));
        List<CarePlanVersionSummary> summaries = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            CarePlanVersionEntity v = versions.get(i);
            CarePlanSignOffEntity s = signOffs.get(v.id());
            summaries.add(new CarePlanVersionSummary(v.id(), v.number(), v.authorName(), v.createdAt().toInstant(),
                    v.changeNote(), v.audience(), s != null, s == null ? null : s.signedOffByName(),
                    s == null ? null : s.signedOffAt().toInstant(), i == 0));
        }
        return summaries;
    }

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.READ)
    public CarePlanVersion version(ChildRef child, int number) {
        CarePlanVersionEntity version = visibleVersion(child, number);
        return version(version, signOffOf(version), isNewestVisible(child, version));
    }

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.READ)
    public CarePlanDiff diff(ChildRef child, int from, int to) {
        CarePlanVersionEntity a = visibleVersion(child, from);
        CarePlanVersionEntity b = visibleVersion(child, to);
        return CarePlanComparison.compare(a.number(), sections(a), b.number(), sections(b));
    }

    @Override
    @ChildAccess(category = Category.CARE_PLAN, action = Action.WRITE)
    public CarePlanVersion signOff(ChildRef child, int number) {
        Caller caller = callers.get();
        if (!caller.professions().contains(PHYSICIAN)) {
            throw new AccessDeniedException("Only a physician signs off the care plan.");
        }
        CarePlanVersionEntity version = visibleVersion(child, number);
        CarePlanEntity plan = em.find(CarePlanEntity.class, child.id());
        if (plan.currentNumber() != number) {
            throw new ConflictException("Version " + number + " is no longer the current care plan (version "
                    + plan.currentNumber() + " is); read the current version before signing it off.");
        }
        CarePlanSignOffEntity earlier = signOffOf(version);
        if (earlier != null) {
            throw new ConflictException("Version " + number + " was already signed off by "
                    + earlier.signedOffByName() + ".");
        }
        OffsetDateTime now = clock.now();
        var signOff = new CarePlanSignOffEntity(version.id(), child.id(), caller.personId(), caller.displayName(), now);
        try {
            plan.touch(now); // takes the lock: a change or another sign-off at the same moment cannot also win
            em.flush();
            em.persist(signOff);
            timeline.record(child.id(), now, Category.CARE_PLAN, "care-plan-signed", version.id(),
                    Audience.fromApiName(version.audience(), "audience"), caller.personId(),
                    "Care plan version " + number + " signed off by " + caller.displayName(), false);
            em.flush();
        } catch (PersistenceException e) {
            throw conflictOr(e);
        }
        return version(version, signOff, true);
    }

    /** The versions the caller may see, newest first: the family sees only those shared with it. */
    private List<CarePlanVersionEntity> visibleVersions(ChildRef child, int max) {
        return em.createQuery("""
                        select v from CarePlanVersionEntity v
                         where v.childId = :child and v.audience in :visible
                         order by v.number desc""", CarePlanVersionEntity.class)
                .setParameter("child", child.id())
                .setParameter("visible", visibleAudiences(child))
                .setMaxResults(max)
                .getResultList();
    }

    private CarePlanVersionEntity visibleVersion(ChildRef child, int number) {
        List<CarePlanVersionEntity> found = em.createQuery("""
                        select v from CarePlanVersionEntity v
                         where v.childId = :child and v.number = :number and v.audience in :visible""",
                        CarePlanVersionEntity.class)
                .setParameter("child", child.id())
                .setParameter("number", number)
                .setParameter("visible", visibleAudiences(child))
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Care plan version " + number);
        }
        return found.get(0);
    }

    private boolean isNewestVisible(ChildRef child, CarePlanVersionEntity version) {
        List<CarePlanVersionEntity> newest = visibleVersions(child, 1);
        return !newest.isEmpty() && newest.get(0).id().equals(version.id());
    }

    private List<String> visibleAudiences(ChildRef child) {
        return relations.of(callers.get().personId(), child.id()).family()
                ? List.of(Audience.TEAM_AND_FAMILY.apiName())
                : List.of(Audience.TEAM.apiName(), Audience.TEAM_AND_FAMILY.apiName());
    }

    private CarePlanSignOffEntity signOffOf(CarePlanVersionEntity version) {
        return em.find(CarePlanSignOffEntity.class, version.id());
    }

    private CarePlanVersion version(CarePlanVersionEntity v, CarePlanSignOffEntity s, boolean current) {
        return new CarePlanVersion(v.id(), v.number(), sections(v), v.audience(), v.changeNote(), v.authorId(),
                v.authorName(), v.createdAt().toInstant(), s != null, s == null ? null : s.signedOffBy(),
                s == null ? null : s.signedOffByName(), s == null ? null : s.signedOffAt().toInstant(), current);
    }

    private CarePlanSections sections(CarePlanVersionEntity v) {
        return normalised(json.read(v.sections(), CarePlanSections.class));
    }

    /** Lists never missing, so that readers and the comparison need not tell "none" from "not given". */
    static CarePlanSections normalised(CarePlanSections s) {
        return new CarePlanSections(s.goalsOfCare(), s.resuscitation(), s.preferredPlaceOfCare(),
                s.preferredPlaceOfDeath(), s.symptomPlans() == null ? List.of() : List.copyOf(s.symptomPlans()),
                s.whoToCall() == null ? List.of() : List.copyOf(s.whoToCall()));
    }

    /** Adds what is wrong with the sections to {@code checks}, each under its field name. */
    static void validate(Checks checks, CarePlanSections s) {
        checks.required("sections", s);
        if (s == null) {
            return;
        }
        checks.required("sections.goalsOfCare", s.goalsOfCare())
                .maxLength("sections.goalsOfCare", s.goalsOfCare(), MAX_TEXT)
                .maxLength("sections.preferredPlaceOfCare", s.preferredPlaceOfCare(), MAX_TEXT)
                .maxLength("sections.preferredPlaceOfDeath", s.preferredPlaceOfDeath(), MAX_TEXT);
        if (s.resuscitation() != null) {
            String decision = s.resuscitation().decision();
            checks.required("sections.resuscitation.decision", decision)
                    .that(decision == null || ResuscitationDecision.fromApiName(decision).isPresent(),
                            "sections.resuscitation.decision",
                            "must be full-resuscitation, no-cpr, no-intubation or comfort-only")
                    .maxLength("sections.resuscitation.text", s.resuscitation().text(), MAX_TEXT);
        }
        if (s.symptomPlans() != null) {
            checks.that(s.symptomPlans().size() <= MAX_ITEMS, "sections.symptomPlans",
                    "must have at most " + MAX_ITEMS + " entries");
            for (int i = 0; i < s.symptomPlans().size(); i++) {
                var p = s.symptomPlans().get(i);
                String f = "sections.symptomPlans[" + i + "]";
                checks.that(p != null, f, "must not be empty");
                if (p != null) {
                    checks.required(f + ".symptom", p.symptom()).maxLength(f + ".symptom", p.symptom(), 200)
                            .required(f + ".plan", p.plan()).maxLength(f + ".plan", p.plan(), MAX_TEXT);
                }
            }
        }
        if (s.whoToCall() != null) {
            checks.that(s.whoToCall().size() <= MAX_ITEMS, "sections.whoToCall",
                    "must have at most " + MAX_ITEMS + " entries");
            for (int i = 0; i < s.whoToCall().size(); i++) {
                var c = s.whoToCall().get(i);
                String f = "sections.whoToCall[" + i + "]";
                checks.that(c != null, f, "must not be empty");
                if (c != null) {
                    checks.required(f + ".when", c.when()).maxLength(f + ".when", c.when(), 2000)
                            .required(f + ".name", c.name()).maxLength(f + ".name", c.name(), 200)
                            .maxLength(f + ".role", c.role(), 200)
                            .required(f + ".phone", c.phone())
                            .that(c.phone() == null || c.phone().matches("[+0-9 ()-]{3,40}"), f + ".phone",
                                    "must be a phone number (digits, spaces, +, -, parentheses)");
                }
            }
        }
    }

    /**
     * A lost race with another writer (the pointer's version moved, or the same version number or sign-off was
     * inserted first) is a conflict; anything else is not ours to explain.
     */
    private static RuntimeException conflictOr(PersistenceException e) {
        if (e instanceof OptimisticLockException || isUniqueViolation(e)) {
            return new ConflictException("Someone else changed the care plan at the same moment. Nothing of yours "
                    + "was saved: reload the plan and make your change again.");
        }
        return e;
    }

    private static boolean isUniqueViolation(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

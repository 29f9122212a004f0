package no.sammen.records.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.sammen.identity.NationalId;
import no.sammen.identity.People;
import no.sammen.identity.PersonSummary;
import no.sammen.platform.Category;
import no.sammen.platform.DatabaseReady;
import no.sammen.platform.Ids;
import no.sammen.records.Audience;
import no.sammen.records.CarePlanSections;
import no.sammen.records.CarePlanSections.Resuscitation;
import no.sammen.records.CarePlanSections.SymptomPlan;
import no.sammen.records.CarePlanSections.WhoToCall;
import no.sammen.records.ObservationKind;
import no.sammen.records.entity.CarePlanEntity;
import no.sammen.records.entity.CarePlanSignOffEntity;
import no.sammen.records.entity.CarePlanVersionEntity;
import no.sammen.records.entity.ChildEntity;
import no.sammen.records.entity.ObservationEntity;

/**
 * Emma's observations over the last three weeks (pain, seizures, sleep, SpO2; a few out of range, and pain rising
 * in the last week) and her advance care plan in two versions, the first signed off by her physician. Loaded after
 * the demo family, when {@code sammen.demo.enabled=true}; each part only if Emma has none of it yet.
 */
@ApplicationScoped
public class DemoObservationsAndCarePlan {

    private static final Logger LOG = Logger.getLogger(DemoObservationsAndCarePlan.class.getName());
    private static final String EMMA = "15831250086";
    private static final String MOR = "21858310048";
    private static final String NINA = "02897510009";
    private static final String KARI = "11828410018";
    private static final String LARS = "19926810076";
    private static final int DAYS = 21;

    /** Pain, morning and evening, oldest day first: low for two weeks, then rising (5 and 6 are out of range). */
    private static final int[][] PAIN = {
            {1, 2}, {1, 1}, {2, 2}, {1, 2}, {0, 1}, {1, 2}, {2, 1}, {1, 1}, {2, 2}, {1, 2}, {2, 3}, {1, 2}, {2, 2},
            {2, 3}, {3, 3}, {3, 4}, {3, 3}, {4, 5}, {3, 4}, {4, 4}, {5, 6}};
    /** Seizures per day: mostly none. */
    private static final int[] SEIZURES = {0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    /** Hours of sleep the night before (one short night). */
    private static final String[] SLEEP = {"9.5", "10", "9", "9.5", "10.5", "9", "8.5", "9", "10", "6.5", "9", "9.5",
            "10", "9", "8.5", "9", "8.5", "8", "7.5", "8.5", "8"};
    /** SpO2 morning and evening (one dip below 94). */
    private static final String[][] SPO2 = {
            {"98", "97"}, {"97", "97"}, {"98", "96"}, {"97", "98"}, {"96", "97"}, {"98", "97"}, {"97", "96"},
            {"97", "97"}, {"96", "95"}, {"97", "97"}, {"98", "97"}, {"96", "96"}, {"97", "92"}, {"96", "97"},
            {"97", "96"}, {"96", "96"}, {"97", "95"}, {"96", "96"}, {"95", "96"}, {"96", "95"}, {"96", "96"}};

    @Inject
    @ConfigProperty(name = "sammen.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    People people;

    @Inject
    JsonDocuments json;

    @Inject
    RecordsClock clock;

    @Inject
    TimelineWriter timeline;

    @Transactional
    void load(@Observes @Priority(3000) DatabaseReady ready) {
        if (!enabled) {
            return;
        }
        Optional<ChildEntity> emma = person(EMMA).flatMap(p -> em.createQuery(
                        "select c from ChildEntity c where c.personId = :p", ChildEntity.class)
                .setParameter("p", p.id()).getResultList().stream().findFirst());
        if (emma.isEmpty()) {
            LOG.warning("demo observations and care plan skipped: the demo family is not loaded");
            return;
        }
        UUID child = emma.get().id();
        PersonSummary emmaPerson = person(EMMA).orElseThrow();
        PersonSummary mor = person(MOR).orElseThrow();
        PersonSummary nina = person(NINA).orElseThrow();
        PersonSummary kari = person(KARI).orElseThrow();
        PersonSummary lars = person(LARS).orElseThrow();
        if (none("select count(o) from ObservationEntity o where o.childId = :child", child)) {
            observations(child, emmaPerson, mor, nina, kari);
        }
        if (none("select count(v) from CarePlanVersionEntity v where v.childId = :child", child)) {
            carePlan(child, nina, lars);
        }
        LOG.info(() -> "demo observations and care plan loaded: child " + child);
    }

    private void observations(UUID child, PersonSummary emma, PersonSummary mor, PersonSummary nina,
                              PersonSummary kari) {
        LocalDate today = clock.today();
        OffsetDateTime now = clock.now();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = today.minusDays(DAYS - 1 - i);
            add(child, "pain-score", PAIN[i][0], day, LocalTime.of(8, 15), nina, Audience.TEAM_AND_FAMILY, null, now);
            add(child, "pain-score", PAIN[i][1], day, LocalTime.of(19, 30), i % 3 == 0 ? emma : mor,
                    Audience.TEAM_AND_FAMILY, i == DAYS - 1 ? "Hurts more in the hips when sitting" : null, now);
            add(child, "seizure-count", SEIZURES[i], day, LocalTime.of(21, 0), mor, Audience.TEAM_AND_FAMILY,
                    SEIZURES[i] > 0 ? "Short focal seizure, no rescue medicine needed" : null, now);
            add(child, "sleep-hours", new BigDecimal(SLEEP[i]), day, LocalTime.of(7, 30), mor,
                    Audience.TEAM_AND_FAMILY, null, now);
            add(child, "spo2", new BigDecimal(SPO2[i][0]), day, LocalTime.of(8, 20), nina, Audience.TEAM_AND_FAMILY,
                    null, now);
            add(child, "spo2", new BigDecimal(SPO2[i][1]), day, LocalTime.of(15, 0), kari, Audience.TEAM,
                    "During physiotherapy", now);
        }
    }

    private void add(UUID child, String kindName, int value, LocalDate day, LocalTime time, PersonSummary author,
                     Audience audience, String note, OffsetDateTime now) {
        add(child, kindName, BigDecimal.valueOf(value), day, time, author, audience, note, now);
    }

    private void add(UUID child, String kindName, BigDecimal value, LocalDate day, LocalTime time,
                     PersonSummary author, Audience audience, String note, OffsetDateTime now) {
        OffsetDateTime at = day.atTime(time).atZone(clock.zoneId()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        if (at.isAfter(now)) {
            return;
        }
        ObservationKind kind = ObservationKinds.find(kindName).orElseThrow();
        boolean outOfRange = ObservationKinds.outOfRange(kind, value);
        var entity = new ObservationEntity(Ids.newId(), child, kind.name(), value, kind.unit(), at, outOfRange,
                audience.apiName(), note, author.id(), author.displayName(), at);
        em.persist(entity);
        timeline.recordHistory(child, at, Category.OBSERVATIONS, "observation-added", entity.id(), audience, author.id(),
                ObservationRecords.summary(kind, value, outOfRange, author.displayName()), outOfRange);
    }

    private void carePlan(UUID child, PersonSummary nina, PersonSummary lars) {
        OffsetDateTime now = clock.now();
        var first = new CarePlanSections(
                "Emma lives at home with her parents and goes to school when she has the strength.\n"
                        + "Care aims at comfort, school and time with friends and family.\n"
                        + "Hospital stays only when symptoms cannot be relieved at home.",
                new Resuscitation("no-intubation", "Agreed with Emma and her parents: cardiopulmonary "
                        + "resuscitation, but no intubation or ventilator treatment."),
                "Home, with the municipal home care team.",
                "Not yet discussed.",
                List.of(new SymptomPlan("Pain", "Paracetamol as prescribed; call the home care nurse if the pain "
                        + "score stays above 3.")),
                List.of(new WhoToCall("Daytime, weekdays", "Nina Sykepleier", "Care coordinator", "+47 900 00 010"),
                        new WhoToCall("Evenings, nights and weekends", "Palliative team, on call", "Hospital",
                                "+47 22 00 00 00")));
        var second = new CarePlanSections(
                "Emma lives at home with her parents and goes to school when she has the strength.\n"
                        + "Care aims at comfort, school and time with friends and family.\n"
                        + "Emma wants to be at home as much as possible; short hospital stays only for symptoms "
                        + "that cannot be relieved at home.",
                new Resuscitation("no-cpr", "After the family meeting: no cardiopulmonary resuscitation and no "
                        + "intubation. All other treatment for comfort continues."),
                "Home, with the municipal home care team; the children's hospice for respite.",
                "At home, if it can be arranged.",
                List.of(new SymptomPlan("Pain", "Paracetamol as prescribed; call the home care nurse if the pain "
                                + "score stays above 3."),
                        new SymptomPlan("Seizures", "Buccal midazolam 5 mg if a seizure lasts over 5 minutes; call "
                                + "the palliative team afterwards.")),
                List.of(new WhoToCall("Daytime, weekdays", "Nina Sykepleier", "Care coordinator", "+47 900 00 010"),
                        new WhoToCall("Evenings, nights and weekends", "Palliative team, on call", "Hospital",
                                "+47 22 00 00 00")));
        OffsetDateTime firstAt = now.minusDays(16);
        var v1 = new CarePlanVersionEntity(Ids.newId(), child, 1, json.write(first), Audience.TEAM_AND_FAMILY.apiName(),
                "First plan, from the meeting with Emma and her parents", lars.id(), lars.displayName(), firstAt);
        em.persist(v1);
        timeline.recordHistory(child, firstAt, Category.CARE_PLAN, "care-plan-changed", v1.id(), Audience.TEAM_AND_FAMILY,
                lars.id(), "Care plan version 1 by " + lars.displayName() + ": " + v1.changeNote(), false);
        timeline.recordHistory(child, firstAt.plusHours(2), Category.CARE_PLAN, "care-plan-signed", v1.id(),
                Audience.TEAM_AND_FAMILY, lars.id(), "Care plan version 1 signed off by " + lars.displayName(), false);
        OffsetDateTime secondAt = now.minusDays(4);
        var v2 = new CarePlanVersionEntity(Ids.newId(), child, 2, json.write(second), Audience.TEAM_AND_FAMILY.apiName(),
                "After the family meeting: no CPR, seizure plan, wishes for the place of death", nina.id(),
                nina.displayName(), secondAt);
        em.persist(v2);
        em.flush(); // the versions first: the sign-off and the pointer refer to them
        em.persist(new CarePlanSignOffEntity(v1.id(), child, lars.id(), lars.displayName(), firstAt.plusHours(2)));
        em.persist(new CarePlanEntity(child, v2.id(), 2, secondAt));
        timeline.recordHistory(child, secondAt, Category.CARE_PLAN, "care-plan-changed", v2.id(), Audience.TEAM_AND_FAMILY,
                nina.id(), "Care plan version 2 by " + nina.displayName() + ": " + v2.changeNote(), false);
    }

    private boolean none(String countQuery, UUID child) {
        return em.createQuery(countQuery, Long.class).setParameter("child", child).getSingleResult() == 0L;
    }

    private Optional<PersonSummary> person(String nationalId) {
        return people.findByNationalId(NationalId.parse(nationalId, "demo"));
    }
}

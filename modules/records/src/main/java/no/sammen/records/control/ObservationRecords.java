package no.sammen.records.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;


import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.Caller;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.NotFoundException;
import no.sammen.records.Audience;
import no.sammen.records.AudienceChange;
import no.sammen.records.NewObservation;
import no.sammen.records.Observation;
import no.sammen.records.ObservationKind;
import no.sammen.records.ObservationQuery;
import no.sammen.records.ObservationSeries;
import no.sammen.records.Observations;
import no.sammen.records.Relation;
import no.sammen.records.Standing;
import no.sammen.records.entity.ChildEntity;
import no.sammen.records.entity.ObservationEntity;

/**
 * Observations in PostgreSQL. What the family records (a guardian, or the child reporting her own pain) is always
 * shared with the family, whatever audience was asked for: they must be able to see their own entries.
 */
@ApplicationScoped
@Transactional
public class ObservationRecords implements Observations {

    /** How far ahead of the server's clock an observation may be dated (clocks of phones drift). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    /** A series never carries more points than this (the newest of them); plenty for a chart. */
    static final int MAX_POINTS = 10_000;

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
    TimelineWriter timeline;

    /** From the confidential age the child can keep an observation from the guardians. */
    @Inject
    Confidentiality confidentiality;

    @Override
    public List<ObservationKind> kinds() {
        return ObservationKinds.ALL;
    }

    @Override
    @ChildAccess(category = Category.OBSERVATIONS, action = Action.WRITE, operation = AuditEvent.Operation.CREATE)
    public Observation record(ChildRef child, NewObservation observation) {
        Caller caller = callers.get();
        Checks checks = new Checks();
        if (observation == null) {
            checks.required("kind", null).required("value", null).orThrow();
        }
        ChildEntity childRow = em.find(ChildEntity.class, child.id());
        if (childRow == null) {
            throw new NotFoundException("The child");
        }
        ObservationKind kind = null;
        checks.required("kind", observation.kind());
        if (observation.kind() != null) {
            kind = ObservationKinds.find(observation.kind()).orElse(null);
            checks.that(kind != null, "kind", "must be one of " + kindNames());
        }
        if (kind != null) {
            ObservationKinds.checkValue(kind, observation.value(), checks, "value");
        } else {
            checks.required("value", observation.value());
        }
        OffsetDateTime now = clock.now();
        Instant observedAt = observation.observedAt() == null ? now.toInstant() : observation.observedAt();
        checks.that(!observedAt.isAfter(now.toInstant().plus(FUTURE_TOLERANCE)), "observedAt",
                        "must not be more than 5 minutes in the future")
                .that(!observedAt.isBefore(childRow.birthDate().atStartOfDay(clock.zoneId()).toInstant()),
                        "observedAt", "must not be before the child was born")
                .maxLength("note", observation.note(), 2000);
        Relation relation = relations.of(caller.personId(), child.id());
        Audience audience = confidentiality.requested(observation.audience(), childRow.birthDate(), relation, checks);
        checks.orThrow();

        if (relation.family() && audience != Audience.TEAM_AND_CHILD) {
            audience = Audience.TEAM_AND_FAMILY;
        }
        BigDecimal value = ObservationKinds.normalised(observation.value());
        boolean outOfRange = ObservationKinds.outOfRange(kind, value);
        String note = observation.note() == null || observation.note().isBlank() ? null : observation.note().strip();
        var entity = new ObservationEntity(Ids.newId(), child.id(), kind.name(), value, kind.unit(),
                observedAt.atOffset(ZoneOffset.UTC), outOfRange, audience.apiName(), note, caller.personId(),
                caller.displayName(), now);
        em.persist(entity);
        timeline.record(child.id(), entity.observedAt(), Category.OBSERVATIONS, "observation-added", entity.id(),
                audience, caller.personId(), summary(kind, value, outOfRange, caller.displayName()), outOfRange);
        return observation(entity);
    }

    @Override
    @ChildAccess(category = Category.OBSERVATIONS, action = Action.WRITE)
    public Observation narrow(ChildRef child, UUID observationId, AudienceChange change) {
        Standing standing = relations.standing(callers.get().personId(), child.id());
        ObservationEntity observation = em.createQuery("select o from ObservationEntity o where o.id = :id"
                        + " and o.childId = :child and o.audience in :visible", ObservationEntity.class)
                .setParameter("id", observationId).setParameter("child", child.id())
                .setParameter("visible", Confidentiality.visible(standing.relation()))
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("The observation"));
        Checks checks = new Checks();
        confidentiality.narrowing(change == null ? null : change.audience(), standing.childBirthDate(),
                standing.relation(), checks);
        checks.orThrow();
        if (standing.relation() == Relation.CHILD && observation.authorId() != null
                && relations.of(observation.authorId(), child.id()) == Relation.GUARDIAN) {
            throw new AccessDeniedException("An entry a guardian wrote stays shared with the guardians.");
        }
        if (!Audience.TEAM_AND_CHILD.apiName().equals(observation.audience())) {
            observation.narrowTo(Audience.TEAM_AND_CHILD.apiName());
            timeline.narrow(child.id(), observation.id(), Audience.TEAM_AND_CHILD);
        }
        return observation(observation);
    }

    @Override
    @ChildAccess(category = Category.OBSERVATIONS, action = Action.READ)
    public List<Observation> list(ChildRef child, ObservationQuery query) {
        ObservationQuery q = query == null ? new ObservationQuery(null, null, null, null) : query;
        int limit = q.limit() == null ? DEFAULT_LIMIT : q.limit();
        Checks checks = new Checks();
        if (q.kind() != null) {
            checks.that(ObservationKinds.find(q.kind()).isPresent(), "kind", "must be one of " + kindNames());
        }
        checks.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .that(q.from() == null || q.to() == null || q.from().isBefore(q.to()), "to", "must be after 'from'")
                .orThrow();
        StringBuilder jpql = new StringBuilder(
                "select o from ObservationEntity o where o.childId = :child and o.audience in :visible");
        if (q.kind() != null) {
            jpql.append(" and o.kind = :kind");
        }
        if (q.from() != null) {
            jpql.append(" and o.observedAt >= :from");
        }
        if (q.to() != null) {
            jpql.append(" and o.observedAt < :to");
        }
        jpql.append(" order by o.observedAt desc, o.id desc");
        TypedQuery<ObservationEntity> select = em.createQuery(jpql.toString(), ObservationEntity.class)
                .setParameter("child", child.id())
                .setParameter("visible", visibleAudiences(child))
                .setMaxResults(limit);
        if (q.kind() != null) {
            select.setParameter("kind", q.kind());
        }
        if (q.from() != null) {
            select.setParameter("from", q.from().atOffset(ZoneOffset.UTC));
        }
        if (q.to() != null) {
            select.setParameter("to", q.to().atOffset(ZoneOffset.UTC));
        }
        return select.getResultList().stream().map(ObservationRecords::observation).toList();
    }

    @Override
    @ChildAccess(category = Category.OBSERVATIONS, action = Action.READ)
    public ObservationSeries series(ChildRef child, String kindName, Integer days) {
        int window = days == null ? DEFAULT_DAYS : days;
        Checks checks = new Checks().required("kind", kindName)
                .that(window >= 1 && window <= MAX_DAYS, "days", "must be between 1 and " + MAX_DAYS);
        ObservationKind kind = kindName == null ? null : ObservationKinds.find(kindName).orElse(null);
        if (kindName != null) {
            checks.that(kind != null, "kind", "must be one of " + kindNames());
        }
        checks.orThrow();
        OffsetDateTime to = clock.now();
        OffsetDateTime from = to.minusDays(window);
        List<ObservationEntity> newestFirst = em.createQuery("""
                        select o from ObservationEntity o
                         where o.childId = :child and o.kind = :kind and o.audience in :visible
                           and o.observedAt >= :from and o.observedAt <= :to
                         order by o.observedAt desc, o.id desc""", ObservationEntity.class)
                .setParameter("child", child.id())
                .setParameter("kind", kind.name())
                .setParameter("visible", visibleAudiences(child))
                .setParameter("from", from)
                .setParameter("to", to.plus(FUTURE_TOLERANCE))
                .setMaxResults(MAX_POINTS)
                .getResultList();
        List<ObservationSeries.Point> points = new ArrayList<>(newestFirst.size());
        for (ObservationEntity o : newestFirst) {
            points.add(new ObservationSeries.Point(o.observedAt().toInstant(), ObservationKinds.normalised(o.value())));
        }
        Collections.reverse(points);
        return new ObservationSeries(kind.name(), kind.unit(), kind.referenceRange(), from.toInstant(),
                to.toInstant(), window, List.copyOf(points), Trends.fit(points, window, kind.meaningfulChange()));
    }

    /**
     * The audiences the caller may see for this child: the guardians see only what is shared with the family, the
     * child also their confidential entries, the team everything.
     */
    private List<String> visibleAudiences(ChildRef child) {
        return Confidentiality.visible(relations.of(callers.get().personId(), child.id()));
    }

    static Observation observation(ObservationEntity o) {
        return new Observation(o.id(), o.kind(), ObservationKinds.normalised(o.value()), o.unit(),
                o.observedAt().toInstant(), o.outOfRange(), o.audience(), o.note(), o.authorId(), o.authorName(),
                o.recordedAt().toInstant());
    }

    static String summary(ObservationKind kind, BigDecimal value, boolean outOfRange, String author) {
        String range = kind.referenceRange() == null ? ""
                : " (reference " + ObservationKinds.plain(kind.referenceRange().low()) + "–"
                        + ObservationKinds.plain(kind.referenceRange().high()) + ")";
        return kind.label() + ": " + value.toPlainString() + " " + kind.unit() + (outOfRange ? range : "")
                + ", recorded by " + author;
    }

    private static String kindNames() {
        return String.join(", ", ObservationKinds.ALL.stream().map(ObservationKind::name).toList());
    }
}

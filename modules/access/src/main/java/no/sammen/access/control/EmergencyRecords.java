package no.sammen.access.control;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import no.sammen.access.EmergencyAccess;
import no.sammen.access.Emergencies;
import no.sammen.access.entity.EmergencyAccessEntity;
import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Action;
import no.sammen.platform.AuditEvent;
import no.sammen.platform.Caller;
import no.sammen.platform.Category;
import no.sammen.platform.ChildAccess;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.Justification;
import no.sammen.records.Standings;

/**
 * Breaking the glass. The guard lets anyone related to the child past (category {@code care-team}, read); this
 * bean then requires a member of the care team and a reason, and records the access with its end. The reason is
 * handed to the audit with the event; the notices show who and when, never the reason.
 */
@ApplicationScoped
@Transactional
public class EmergencyRecords implements Emergencies {

    static final int REASON_MAX = 2000;
    static final int NOTICE_DAYS = 30;

    @PersistenceContext(unitName = "access")
    EntityManager em;

    @Inject
    Provider<Caller> callers;

    @Inject
    Standings standings;

    @Inject
    AccessSettings settings;

    @Inject
    CallerContexts contexts;

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ, event = AuditEvent.Kind.EMERGENCY_ACCESS)
    public EmergencyAccess breakGlass(ChildRef child, Justification reason) {
        Caller caller = callers.get();
        if (reason == null || reason.text().isBlank()) {
            throw new InvalidInputException("reason", "is required: say why you need emergency access");
        }
        if (reason.text().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "must be at most " + REASON_MAX + " characters");
        }
        if (!standings.of(caller.personId(), child.id()).relation().onTeam()) {
            throw new AccessDeniedException("Only a member of the care team can use emergency access.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        var access = new EmergencyAccessEntity(Ids.newId(), child.id(), caller.personId(),
                caller.displayName() == null ? "Unknown name" : caller.displayName(), reason.text().strip(), now,
                now.plus(settings.emergency()));
        em.persist(access);
        em.flush();
        contexts.forget();
        return view(access, now);
    }

    @Override
    @ChildAccess(category = Category.CARE_TEAM, action = Action.READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EmergencyAccess> notices(ChildRef child) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return em.createQuery("""
                        select e from EmergencyAccessEntity e where e.childId = :child and e.startedAt > :since
                         order by e.startedAt desc
                        """, EmergencyAccessEntity.class)
                .setParameter("child", child.id()).setParameter("since", now.minusDays(NOTICE_DAYS))
                .getResultStream().map(e -> view(e, now)).toList();
    }

    private static EmergencyAccess view(EmergencyAccessEntity e, OffsetDateTime now) {
        return new EmergencyAccess(e.id(), e.personId(), e.personName(), e.startedAt(), e.endsAt(),
                e.endsAt().isAfter(now));
    }
}

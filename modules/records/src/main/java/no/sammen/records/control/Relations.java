package no.sammen.records.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.records.Relation;

/**
 * How a person stands to a child today, looked up once per request and child (one indexed query), so that the
 * access rule and the façade that narrows what it returns see the same answer.
 */
@RequestScoped
public class Relations {

    @PersistenceContext(unitName = "records")
    EntityManager em;

    @Inject
    RecordsClock clock;

    private final Map<String, Relation> known = new HashMap<>();

    public Relation of(UUID personId, UUID childId) {
        return known.computeIfAbsent(personId + "/" + childId, k -> lookUp(personId, childId, clock.today()));
    }

    /** Forgets what this request learnt (after a change of membership within the request). */
    public void forget() {
        known.clear();
    }

    private Relation lookUp(UUID personId, UUID childId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                select team_role from records.care_team_member
                 where child_id = ?1 and person_id = ?2 and valid_from <= ?3 and (valid_to is null or valid_to >= ?3)
                union all
                select relation from records.family_member where child_id = ?1 and person_id = ?2
                """)
                .setParameter(1, childId)
                .setParameter(2, personId)
                .setParameter(3, today)
                .getResultList();
        return best(rows.stream().map(Object::toString).toList());
    }

    static Relation best(List<String> relations) {
        if (relations.contains("coordinator")) {
            return Relation.COORDINATOR;
        }
        if (relations.contains("member")) {
            return Relation.MEMBER;
        }
        if (relations.contains("guardian")) {
            return Relation.GUARDIAN;
        }
        if (relations.contains("child")) {
            return Relation.CHILD;
        }
        return Relation.NONE;
    }
}

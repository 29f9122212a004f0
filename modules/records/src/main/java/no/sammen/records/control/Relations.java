package no.sammen.records.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.records.Relation;
import no.sammen.records.Standing;

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

    private final Map<String, Standing> known = new HashMap<>();

    public Relation of(UUID personId, UUID childId) {
        return standing(personId, childId).relation();
    }

    /** The relation with the memberships' professions and organisations and the child's birth date. */
    public Standing standing(UUID personId, UUID childId) {
        return known.computeIfAbsent(personId + "/" + childId, k -> lookUp(personId, childId, clock.today()));
    }

    /** Everyone who stands to the child today: team members in their period, guardians, the child. */
    public Set<UUID> people(UUID childId) {
        Set<UUID> people = new java.util.LinkedHashSet<>();
        for (Object id : em.createNativeQuery("""
                select person_id from records.care_team_member
                 where child_id = ?1 and valid_from <= ?2 and (valid_to is null or valid_to >= ?2)
                union
                select person_id from records.family_member where child_id = ?1
                """).setParameter(1, childId).setParameter(2, clock.today()).getResultList()) {
            people.add(SqlValues.uuid(id));
        }
        return people;
    }

    /** Forgets what this request learnt (after a change of membership within the request). */
    public void forget() {
        known.clear();
    }

    private Standing lookUp(UUID personId, UUID childId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select team_role, profession, organisation from records.care_team_member
                 where child_id = ?1 and person_id = ?2 and valid_from <= ?3 and (valid_to is null or valid_to >= ?3)
                union all
                select relation, null, null from records.family_member where child_id = ?1 and person_id = ?2
                union all
                select 'born', to_char(birth_date, 'YYYY-MM-DD'), null from records.child where id = ?1
                """)
                .setParameter(1, childId)
                .setParameter(2, personId)
                .setParameter(3, today)
                .getResultList();
        List<String> relations = new java.util.ArrayList<>();
        Set<String> professions = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        LocalDate born = null;
        for (Object[] row : rows) {
            String kind = row[0].toString();
            if (kind.equals("born")) {
                born = LocalDate.parse(row[1].toString());
                continue;
            }
            relations.add(kind);
            if (row[1] != null) {
                professions.add(row[1].toString());
            }
            if (row[2] != null) {
                organisations.add(row[2].toString());
            }
        }
        if (born == null) {
            return Standing.none();
        }
        return new Standing(best(relations), professions, organisations, born);
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

package no.sammen.access.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
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

import no.sammen.consent.ConsentCoverage;
import no.sammen.platform.Category;
import no.sammen.records.Relation;
import no.sammen.records.Standing;
import no.sammen.records.Standings;

/**
 * The callers' contexts of this request, loaded on first use per person and child: the standing (records, one
 * query), the versions of the scopes in force for the person's professions (one query; {@link ScopesInForce}), the
 * consents covering the person (consent, one query) and an emergency access in force (one query). Nothing that can
 * change survives the request, so the next request sees every change.
 */
@RequestScoped
public class CallerContexts {

    @PersistenceContext(unitName = "access")
    EntityManager em;

    @Inject
    Standings standings;

    @Inject
    ConsentCoverage consents;

    @Inject
    AccessSettings settings;

    @Inject
    ScopesInForce scopes;

    private final Map<String, CallerContext> known = new HashMap<>();

    public CallerContext of(UUID personId, UUID childId) {
        return known.computeIfAbsent(personId + "/" + childId, k -> load(personId, childId));
    }

    /** Forgets what this request learnt (after the caller broke the glass within it). */
    public void forget() {
        known.clear();
    }

    private CallerContext load(UUID personId, UUID childId) {
        Standing standing = standings.of(personId, childId);
        if (standing.relation() == Relation.NONE) {
            return CallerContext.none();
        }
        LocalDate today = LocalDate.now(settings.zone());
        int age = Period.between(standing.childBirthDate(), today).getYears();
        if (standing.relation() == Relation.GUARDIAN) {
            return new CallerContext(standing.relation(), age, Map.of(), Map.of(), Set.of(), false,
                    consents.guardiansSee(childId));
        }
        if (!standing.relation().onTeam()) {
            return new CallerContext(standing.relation(), age, Map.of(), Map.of(), Set.of(), false);
        }
        Set<String> professions = new HashSet<>(standing.professions());
        if (standing.relation() == Relation.COORDINATOR) {
            professions.add("coordinator");
        }
        ScopesInForce.Merged scope = scopes.of(professions);
        Set<Category> consented = consents.covered(childId, personId, professions, standing.organisations(), today);
        return new CallerContext(standing.relation(), age, scope.readable(), scope.writable(), consented,
                emergency(personId, childId), AccessRule.DATA, organisation(standing.organisations()));
    }

    /** The organisations of the person's memberships as one text (usually one), or {@code null} when none. */
    static String organisation(Set<String> organisations) {
        List<String> named = organisations.stream().filter(o -> o != null && !o.isBlank()).map(String::strip)
                .sorted().toList();
        return named.isEmpty() ? null : String.join("; ", named);
    }

    private boolean emergency(UUID personId, UUID childId) {
        return !em.createNativeQuery("""
                        select 1 from access.emergency_access
                         where child_id = ?1 and person_id = ?2 and ends_at > cast(?3 as timestamptz) limit 1
                        """)
                .setParameter(1, childId)
                .setParameter(2, personId)
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC).toString())
                .getResultList().isEmpty();
    }
}

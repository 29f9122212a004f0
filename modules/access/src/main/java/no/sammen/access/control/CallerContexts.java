package no.sammen.access.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
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

import no.sammen.access.CategoryScope;
import no.sammen.consent.ConsentCoverage;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.Category;
import no.sammen.records.Relation;
import no.sammen.records.Standing;
import no.sammen.records.Standings;

/**
 * The callers' contexts of this request, loaded on first use per person and child: the standing (records, one
 * query), the scopes in force (one query for all professions, once per request), the consents covering the person
 * (consent, one query) and an emergency access in force (one query). Nothing survives the request, so the next
 * request sees every change.
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

    private final Map<String, CallerContext> known = new HashMap<>();
    private Map<String, Map<String, CategoryScope>> scopes;

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
        Map<Category, Set<String>> readable = new EnumMap<>(Category.class);
        Map<Category, Set<String>> writable = new EnumMap<>(Category.class);
        merge(professions, readable, writable);
        Set<Category> consented = consents.covered(childId, personId, professions, standing.organisations(), today);
        return new CallerContext(standing.relation(), age, readable, writable, consented,
                emergency(personId, childId), AccessRule.DATA, organisation(standing.organisations()));
    }

    /** The organisations of the person's memberships as one text (usually one), or {@code null} when none. */
    static String organisation(Set<String> organisations) {
        List<String> named = organisations.stream().filter(o -> o != null && !o.isBlank()).map(String::strip)
                .sorted().toList();
        return named.isEmpty() ? null : String.join("; ", named);
    }

    /** Unites the scopes of the person's professions, category by category. */
    void merge(Set<String> professions, Map<Category, Set<String>> readable, Map<Category, Set<String>> writable) {
        mergeFrom(scopes(), professions, readable, writable);
    }

    /** Unites these scopes of the professions into the maps. */
    void mergeFrom(Map<String, Map<String, CategoryScope>> all, Set<String> professions,
                   Map<Category, Set<String>> readable, Map<Category, Set<String>> writable) {
        for (String profession : professions) {
            all.getOrDefault(profession, Map.of()).forEach((name, scope) -> {
                Category category = Category.fromApiName(name);
                add(readable, category, scope.read());
                add(writable, category, scope.write());
            });
        }
    }

    private static void add(Map<Category, Set<String>> into, Category category, List<String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Set<String> now = into.computeIfAbsent(category, c -> new HashSet<>());
        if (now.contains(AccessDecision.ALL)) {
            return;
        }
        if (fields.contains(AccessDecision.ALL)) {
            now.clear();
            now.add(AccessDecision.ALL);
        } else {
            now.addAll(fields);
        }
    }

    /** The scopes in force: the highest version of each profession (one query per request). */
    Map<String, Map<String, CategoryScope>> scopes() {
        if (scopes == null) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select distinct on (profession) profession, definition from access.scope_version
                     order by profession, version desc
                    """).getResultList();
            scopes = new HashMap<>();
            for (Object[] row : rows) {
                scopes.put((String) row[0], ScopeDefinitions.parse((String) row[1]));
            }
        }
        return scopes;
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

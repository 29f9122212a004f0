package no.sammen.access.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import no.sammen.access.CategoryScope;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.Category;

/**
 * The scopes in force for a set of professions, merged category by category. Every request asks the database which
 * version of each of the caller's professions is the highest (one query over the primary key), so a changed scope
 * holds from the next request on every instance. A scope version never changes once written (a change appends the
 * next one), so what a set of versions merges to is kept for the life of the application, keyed by those versions:
 * the cache can only ever answer for exactly the versions the database named.
 */
@ApplicationScoped
public class ScopesInForce {

    /** Far more than the distinct sets of professions people have; past it the cache starts over. */
    static final int MAX_KEPT = 1_000;

    @PersistenceContext(unitName = "access")
    EntityManager em;

    private final Map<String, Merged> merged = new ConcurrentHashMap<>();

    /**
     * What the professions may read and write, per category: unmodifiable.
     *
     * @param readable per category, the fields the professions may read (united over them)
     * @param writable per category, the fields they may write
     */
    public record Merged(Map<Category, Set<String>> readable, Map<Category, Set<String>> writable) {
    }

    /** The merged scopes in force for these professions (a profession without a scope adds nothing). */
    public Merged of(Set<String> professions) {
        if (professions.isEmpty()) {
            return merge(Map.of(), professions);
        }
        Map<String, Integer> versions = versionsInForce(professions);
        String key = new TreeMap<>(versions).toString();
        Merged known = merged.get(key);
        if (known != null) {
            return known;
        }
        Merged fresh = merge(definitions(versions), professions);
        if (merged.size() >= MAX_KEPT) {
            merged.clear();
        }
        merged.put(key, fresh);
        return fresh;
    }

    /** Unites these scopes of the professions, category by category. */
    static Merged merge(Map<String, Map<String, CategoryScope>> scopes, Set<String> professions) {
        Map<Category, Set<String>> readable = new EnumMap<>(Category.class);
        Map<Category, Set<String>> writable = new EnumMap<>(Category.class);
        for (String profession : professions) {
            scopes.getOrDefault(profession, Map.of()).forEach((name, scope) -> {
                Category category = Category.fromApiName(name);
                add(readable, category, scope.read());
                add(writable, category, scope.write());
            });
        }
        return new Merged(frozen(readable), frozen(writable));
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

    private static Map<Category, Set<String>> frozen(Map<Category, Set<String>> fields) {
        Map<Category, Set<String>> copy = new EnumMap<>(Category.class);
        fields.forEach((category, names) -> copy.put(category, Set.copyOf(names)));
        return Collections.unmodifiableMap(copy);
    }

    /** The highest version of each of these professions that has a scope. */
    private Map<String, Integer> versionsInForce(Set<String> professions) {
        List<String> names = List.copyOf(professions);
        var query = em.createNativeQuery("select profession, max(version) from access.scope_version where profession in ("
                + marks(names.size()) + ") group by profession");
        for (int i = 0; i < names.size(); i++) {
            query.setParameter(i + 1, names.get(i));
        }
        Map<String, Integer> versions = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            versions.put((String) columns[0], ((Number) columns[1]).intValue());
        }
        return versions;
    }

    /** {@code ?1, ?2, …, ?n}. */
    private static String marks(int n) {
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            marks.append(i == 1 ? "?" : ", ?").append(i);
        }
        return marks.toString();
    }

    /** The stored definitions of exactly these versions, parsed. */
    private Map<String, Map<String, CategoryScope>> definitions(Map<String, Integer> versions) {
        Map<String, Map<String, CategoryScope>> scopes = new HashMap<>();
        versions.forEach((profession, version) -> {
            String definition = (String) em.createNativeQuery(
                            "select definition from access.scope_version where profession = ?1 and version = ?2")
                    .setParameter(1, profession).setParameter(2, version).getSingleResult();
            scopes.put(profession, ScopeDefinitions.parse(definition));
        });
        return scopes;
    }
}

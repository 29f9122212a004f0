package no.sammen.access.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.sammen.access.CategoryScope;
import no.sammen.platform.AccessDecision;
import no.sammen.platform.Action;
import no.sammen.platform.Category;
import no.sammen.records.Relation;

/**
 * A console program, not a test: how many decisions per second the pure rule makes once a request has loaded the
 * caller's context. The contexts are realistic: the scopes Sammen ships (read from the migration), merged for each
 * of the demo team's professions (the coordinator with two), the demo family's consents per profession, guardians
 * and the child; the decisions cycle through every category and both actions, as the guard and a timeline page ask.
 *
 * <p>How to run it: docs/benchmarks.md, "Access decision".
 */
public final class DecisionBenchmark {

    private static final PrintStream OUT = System.out;

    private DecisionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Map<String, CategoryScope>> scopes = shippedScopes();
        List<CallerContext> contexts = new ArrayList<>();
        Set<Category> everything = EnumSet.of(Category.IDENTITY, Category.CONTACTS, Category.DIAGNOSES,
                Category.MEDICATIONS, Category.DAILY_REPORTS, Category.OBSERVATIONS, Category.CARE_PLAN,
                Category.MEDIA, Category.KNOW_ME, Category.CHAT, Category.TASKS);
        Map<String, Set<Category>> consents = Map.of(
                "SP", everything, "LE", everything, "FT", everything, "ET", everything,
                "social-worker", EnumSet.of(Category.IDENTITY, Category.CONTACTS, Category.DIAGNOSES,
                        Category.CARE_PLAN, Category.CHAT, Category.TASKS),
                "teacher", EnumSet.of(Category.IDENTITY, Category.CONTACTS, Category.DAILY_REPORTS, Category.KNOW_ME,
                        Category.CHAT, Category.TASKS),
                "personal-assistant", EnumSet.of(Category.IDENTITY, Category.CONTACTS, Category.MEDICATIONS,
                        Category.DAILY_REPORTS, Category.OBSERVATIONS, Category.MEDIA, Category.KNOW_ME,
                        Category.CHAT, Category.TASKS));
        long built = System.nanoTime();
        int builds = 0;
        for (int round = 0; round < 2_000; round++) {
            contexts.clear();
            contexts.add(member(Relation.COORDINATOR, Set.of("SP", "coordinator"), scopes, consents.get("SP")));
            for (String p : List.of("LE", "FT", "ET", "social-worker", "teacher", "personal-assistant")) {
                contexts.add(member(Relation.MEMBER, Set.of(p), scopes, consents.get(p)));
            }
            builds += 7;
        }
        double buildMicros = (System.nanoTime() - built) / 1_000.0 / builds;
        contexts.add(new CallerContext(Relation.GUARDIAN, 14, Map.of(), Map.of(), Set.of(), false));
        contexts.add(new CallerContext(Relation.CHILD, 14, Map.of(), Map.of(), Set.of(), false));
        contexts.add(CallerContext.none());

        AccessRule rule = new AccessRule(12, 16);
        Category[] categories = Category.values();
        Action[] actions = Action.values();
        CallerContext[] all = contexts.toArray(CallerContext[]::new);
        long sink = 0;
        long best = Long.MAX_VALUE;
        int perRound = 10_000_000;
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                AccessDecision d = rule.decide(all[i % all.length], categories[i % categories.length],
                        actions[(i / categories.length) & 1]);
                sink += d.fields().size();
            }
            long took = System.nanoTime() - start;
            if (round >= 3) {
                best = Math.min(best, took);
            }
            OUT.printf("round %d: %.1f ns per decision%n", round, took / (double) perRound);
        }
        OUT.printf("pure decision: %.1f ns on average (best round after warm-up), %.1f million decisions per second "
                + "on one thread%n", best / (double) perRound, perRound * 1_000.0 / best);
        OUT.printf("building a team member's context from loaded rows (scopes merged): %.2f µs%n", buildMicros);
        OUT.printf("(checksum %d)%n", sink);
    }

    private static CallerContext member(Relation relation, Set<String> professions,
                                        Map<String, Map<String, CategoryScope>> scopes, Set<Category> consented) {
        ScopesInForce.Merged merged = ScopesInForce.merge(scopes, professions);
        return new CallerContext(relation, 14, merged.readable(), merged.writable(), consented, false);
    }

    /** The scopes of the shipped migration, parsed as the server parses them. */
    static Map<String, Map<String, CategoryScope>> shippedScopes() throws IOException {
        String sql;
        try (InputStream in = DecisionBenchmark.class.getResourceAsStream(
                "/db/migration/access/V1__scopes_and_emergency_access.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, CategoryScope>> scopes = new HashMap<>();
        Matcher m = Pattern.compile("\\('([A-Za-z-]+)', 1, '(\\{.*?})',").matcher(sql);
        while (m.find()) {
            scopes.put(m.group(1), ScopeDefinitions.parse(m.group(2)));
        }
        return scopes;
    }
}

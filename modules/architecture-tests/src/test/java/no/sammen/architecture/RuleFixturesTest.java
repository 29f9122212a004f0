package no.sammen.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Proves the rules bite: each rule fails on a fixture built to break it, naming the offending classes and not
 * their well-behaved neighbours, and every rule passes the good fixture.
 */
class RuleFixturesTest {

    private static final String FIXTURES = "no.sammen.architecture.fixtures";

    /** For each rule: the fixture that breaks it, what the report must name, and what it must leave alone. */
    private static final List<Breach> BREACHES = List.of(
            new Breach("noCyclesBetweenModules", "cycle",
                    List.of("cycle.a.Alpha", "cycle.b.Beta"),
                    List.of()),
            new Breach("onlyBasePackagesAcrossModules", "internals",
                    List.of("internals.records.Records", "internals.app.Startup", "internals.identity.Tokens"),
                    List.of("internals.identity.People")),
            new Breach("onlyDeclaredModuleDependencies", "undeclared",
                    List.of("undeclared.records.Records", "undeclared.consent.Consents"),
                    List.of("undeclared.access.Access", "undeclared.app.Startup", "undeclared.identity.People.")),
            new Breach("endpointsDeclareWhoMayCall", "unsecured",
                    List.of("ChildrenResource.list()", "ChildResource.remove()"),
                    List.of("ChildrenResource.create(", "ChildrenResource.child(", "ChildResource.read()", "ReportsResource")),
            new Breach("entitiesLiveInEntityPackages", "entities",
                    List.of("entities.identity.control.PersonEntity"),
                    List.of("SessionEntity", "Address")),
            new Breach("entitiesStayInsideTheirModule", "entities",
                    List.of("entities.records.Records"),
                    List.of("SessionStore", "SessionEntity")),
            new Breach("noImplOrManagerNames", "naming",
                    List.of("naming.identity.control.PersonManager", "naming.identity.control.PersonStoreImpl"),
                    List.of("PersonDirectory")),
            new Breach("noUtilPackages", "utilpackage",
                    List.of("utilpackage.identity.util.Strings", "utilpackage.identity.utils.Dates"),
                    List.of("Meters")),
            new Breach("noConsoleOutput", "console",
                    List.of("console.identity.control.Printer", "console.identity.control.Complainer",
                            "console.identity.control.Tracer"),
                    List.of("Launcher", "HandoverBenchmark")),
            new Breach("controlUsesNoHttpTypes", "httpincontrol",
                    List.of("httpincontrol.identity.control.PersonStore"),
                    List.of("PeopleResource")),
            new Breach("everyPackageHasPackageInfo", "nopackageinfo",
                    List.of("Package <" + FIXTURES + ".nopackageinfo.identity.control>"),
                    List.of("Package <" + FIXTURES + ".nopackageinfo.identity>", "Package <" + FIXTURES + ".nopackageinfo>")),
            new Breach("childScopedMethodsAreGuarded", "unguarded",
                    List.of("unguarded.records.control.ChildRecords.team(", "unguarded.records.control.ChildRecords.describe(",
                            "unguarded.records.control.MembershipPolicy.related("),
                    List.of("ChildRecords.profile(", "ChildRecords.register(", "ChildRecords.find(", "ChildRecords.load(",
                            "Timeline", "MembershipPolicy.decide(", "records.Children.", "ChildrenResource")),
            new Breach("noRequestStateInLongLivedBeans", "frozencaller",
                    List.of("frozencaller.records.control.TimelineWriter.caller>",
                            "frozencaller.records.control.RecordsClock.<init>(",
                            "frozencaller.records.control.Reports.use(",
                            "frozencaller.records.control.CallerAware.caller> injects the request's Caller into Tokens",
                            "frozencaller.platform.AuditGuard.caller>"),
                    List.of("ChildRecords", "MeResource")),
            new Breach("onlyCapturePointsUseTheAccessJournal", "selfaudit",
                    List.of("selfaudit.records.control.ReportRecords", "selfaudit.app.Pages"),
                    List.of("selfaudit.identity.control.SignIn", "selfaudit.audit.control.DatabaseJournal",
                            "selfaudit.platform.Guard")),
            new Breach("consentWritesAreRecordedAsConsentChanges", "unrecorded",
                    List.of("ConsentRecords.revoke(", "ConsentRecords.narrow("),
                    List.of("ConsentRecords.list(", "ConsentRecords.grant(", "ConsentRecords.report(")),
            new Breach("mediaIsStoredSealed", "plainmedia",
                    List.of("plainmedia.media.control.Ingest.keep("),
                    List.of("SealedStore.create(")),
            new Breach("webSocketsOnlyInTheBoundary", "socketincontrol",
                    List.of("socketincontrol.messaging.control.Pusher"),
                    List.of("FeedEndpoint")));

    @Test
    void everyRuleHasAFixtureThatBreaksIt() {
        assertThat(BREACHES.stream().map(Breach::rule))
                .containsExactlyInAnyOrderElementsOf(SammenArchitecture.allRules(FIXTURES).keySet());
    }

    @TestFactory
    Stream<DynamicTest> eachRuleFailsItsFixture() {
        return BREACHES.stream().map(breach -> dynamicTest(breach.rule() + " fails on fixtures." + breach.fixture(), () -> {
            String root = FIXTURES + "." + breach.fixture();
            ArchRule rule = SammenArchitecture.allRules(root).get(breach.rule());
            EvaluationResult result = rule.evaluate(importFixture(root));

            assertThat(result.hasViolation()).as("%s must fail on %s", breach.rule(), root).isTrue();
            String report = String.join("\n", result.getFailureReport().getDetails());
            assertThat(report).contains(breach.named());
            for (String innocent : breach.notNamed()) {
                assertThat(report).doesNotContain(innocent);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theGoodFixturePassesEveryRule() {
        String root = FIXTURES + ".good";
        JavaClasses classes = importFixture(root);
        Map<String, ArchRule> rules = SammenArchitecture.allRules(root);
        return rules.entrySet().stream().map(entry -> dynamicTest(entry.getKey() + " passes fixtures.good", () -> {
            EvaluationResult result = entry.getValue().evaluate(classes);
            assertThat(result.getFailureReport().getDetails()).as(entry.getKey()).isEmpty();
        }));
    }

    /**
     * {@code @Module} has CLASS retention. ArchUnit reads bytecode, so it must still see the declaration on a
     * package-info; if it did not, every declared dependency would look undeclared (or, worse, every check pass).
     */
    @Test
    void moduleDeclarationsWithClassRetentionAreReadFromPackageInfo() {
        String root = FIXTURES + ".good";
        JavaClasses classes = importFixture(root);

        assertThat(SammenArchitecture.declaredDependencies(classes.get(root + ".records.Records"), root, "records"))
                .containsExactly("identity");
        assertThat(SammenArchitecture.declaredDependencies(classes.get(root + ".identity.People"), root, "identity"))
                .isEmpty();
        assertThat(classes.getPackage(root + ".identity").getPackageInfo()
                .isAnnotatedWith(SammenArchitecture.MODULE_ANNOTATION)).isTrue();
        assertThat(SammenArchitecture.declaredDependencies(
                importFixture(FIXTURES + ".undeclared").get(FIXTURES + ".undeclared.access.Access"),
                FIXTURES + ".undeclared", "access"))
                .containsExactlyInAnyOrder("identity", "consent");
    }

    private static JavaClasses importFixture(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        assertThat(classes).as("classes imported from %s", root).isNotEmpty();
        return classes;
    }

    private record Breach(String rule, String fixture, List<String> named, List<String> notNamed) {
    }
}

package no.sammen.architecture;

import static no.sammen.architecture.SammenArchitecture.PRODUCTION_ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules, applied to Sammen's production classes (every module on this module's test class path).
 * Run by ArchUnit's JUnit Platform engine; {@link RuleFixturesTest} proves each rule can fail.
 */
@AnalyzeClasses(packages = PRODUCTION_ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotTheArchitectureTests.class})
class ArchitectureTest {

    /** Modules whose classes must be imported; otherwise every rule would pass over an empty code base. */
    private static final String[] MODULES = {"platform", "identity", "records", "audit", "consent", "access", "media",
            "messaging", "app", "devstack", "benchmarks"};

    @ArchTest
    static final ArchRule noCyclesBetweenModules = SammenArchitecture.noCyclesBetweenModules(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule onlyBasePackagesAcrossModules = SammenArchitecture.onlyBasePackagesAcrossModules(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule onlyDeclaredModuleDependencies = SammenArchitecture.onlyDeclaredModuleDependencies(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule endpointsDeclareWhoMayCall = SammenArchitecture.endpointsDeclareWhoMayCall(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule entitiesLiveInEntityPackages = SammenArchitecture.entitiesLiveInEntityPackages(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule entitiesStayInsideTheirModule = SammenArchitecture.entitiesStayInsideTheirModule(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule noImplOrManagerNames = SammenArchitecture.noImplOrManagerNames(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule noUtilPackages = SammenArchitecture.noUtilPackages(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule noConsoleOutput = SammenArchitecture.noConsoleOutput(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule controlUsesNoHttpTypes = SammenArchitecture.controlUsesNoHttpTypes(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule everyPackageHasPackageInfo = SammenArchitecture.everyPackageHasPackageInfo(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule childScopedMethodsAreGuarded = SammenArchitecture.childScopedMethodsAreGuarded(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule noRequestStateInLongLivedBeans = SammenArchitecture.noRequestStateInLongLivedBeans(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule onlyCapturePointsUseTheAccessJournal =
            SammenArchitecture.onlyCapturePointsUseTheAccessJournal(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule consentWritesAreRecordedAsConsentChanges =
            SammenArchitecture.consentWritesAreRecordedAsConsentChanges(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule mediaIsStoredSealed = SammenArchitecture.mediaIsStoredSealed(PRODUCTION_ROOT);

    @ArchTest
    static final ArchRule webSocketsOnlyInTheBoundary = SammenArchitecture.webSocketsOnlyInTheBoundary(PRODUCTION_ROOT);

    @ArchTest
    static void importsEveryModule(JavaClasses classes) {
        for (String module : MODULES) {
            assertThat(classes.containPackage(PRODUCTION_ROOT + "." + module))
                    .as("classes of module %s on the class path", module)
                    .isTrue();
        }
    }

    /** This module's own classes and fixtures are test code, never part of the code base under test. */
    public static final class NotTheArchitectureTests implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/no/sammen/architecture/");
        }
    }
}

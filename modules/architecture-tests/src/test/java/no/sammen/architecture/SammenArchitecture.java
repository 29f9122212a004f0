package no.sammen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Sammen's architecture rules, built for any root package: {@code no.sammen} for production, or a fixture's
 * package for the tests that prove each rule bites.
 *
 * <p>A <em>module</em> is the first package segment below the root ({@code no.sammen.identity}). Its base package
 * is its public API; every sub-package is internal. Two module names are special: {@value #PLATFORM} (the shared
 * kernel every module may use) and {@value #APP} (the WAR that assembles everything, so it may use every module's
 * API, but no internals).
 */
public final class SammenArchitecture {

    public static final String PRODUCTION_ROOT = "no.sammen";
    public static final String PLATFORM = "platform";
    public static final String APP = "app";
    /** The development launcher: a console program, so it may print its banner. */
    public static final String DEVSTACK = "devstack";
    /** The synthetic data generator and the benchmarks: console programs whose printed results are their product. */
    public static final String BENCHMARKS = "benchmarks";

    /** The annotation on a module's package-info that names the modules it may use. Read by name: it is ours. */
    static final String MODULE_ANNOTATION = "no.sammen.platform.Module";
    static final String ALLOWED_DEPENDENCIES = "allowedDependencies";

    private static final List<String> HTTP_METHODS = Stream.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
            .map(name -> "jakarta.ws.rs." + name)
            .toList();
    private static final List<String> SECURITY_DECLARATIONS = List.of(
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.DenyAll");
    private static final List<String> PERSISTENT_TYPES = List.of(
            "jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable");
    /**
     * Beans that serve many requests with one instance: the first request's dependent values would stay in them.
     * Interceptors and decorators live as long as the bean they wrap, which may be any of these.
     */
    private static final List<String> LONG_LIVED_BEANS = List.of(
            "jakarta.enterprise.context.ApplicationScoped",
            "jakarta.inject.Singleton",
            "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateless",
            "jakarta.interceptor.Interceptor",
            "jakarta.decorator.Decorator");
    private static final String INJECT = "jakarta.inject.Inject";

    private SammenArchitecture() {
    }

    /** Every rule, by name, for one code base; the good fixture must pass all of them. */
    public static Map<String, ArchRule> allRules(String root) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("noCyclesBetweenModules", noCyclesBetweenModules(root));
        rules.put("onlyBasePackagesAcrossModules", onlyBasePackagesAcrossModules(root));
        rules.put("onlyDeclaredModuleDependencies", onlyDeclaredModuleDependencies(root));
        rules.put("endpointsDeclareWhoMayCall", endpointsDeclareWhoMayCall(root));
        rules.put("entitiesLiveInEntityPackages", entitiesLiveInEntityPackages(root));
        rules.put("entitiesStayInsideTheirModule", entitiesStayInsideTheirModule(root));
        rules.put("noImplOrManagerNames", noImplOrManagerNames(root));
        rules.put("noUtilPackages", noUtilPackages(root));
        rules.put("noConsoleOutput", noConsoleOutput(root));
        rules.put("controlUsesNoHttpTypes", controlUsesNoHttpTypes(root));
        rules.put("everyPackageHasPackageInfo", everyPackageHasPackageInfo(root));
        rules.put("childScopedMethodsAreGuarded", childScopedMethodsAreGuarded(root));
        rules.put("noRequestStateInLongLivedBeans", noRequestStateInLongLivedBeans(root));
        rules.put("onlyCapturePointsUseTheAccessJournal", onlyCapturePointsUseTheAccessJournal(root));
        rules.put("consentWritesAreRecordedAsConsentChanges", consentWritesAreRecordedAsConsentChanges(root));
        rules.put("mediaIsStoredSealed", mediaIsStoredSealed(root));
        rules.put("webSocketsOnlyInTheBoundary", webSocketsOnlyInTheBoundary(root));
        return rules;
    }

    // 1. ------------------------------------------------------------------------------------------------------

    public static ArchRule noCyclesBetweenModules(String root) {
        return slices().matching(root + ".(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .because("modules form a layered graph; a cycle makes two modules one module with two names");
    }

    // 2. ------------------------------------------------------------------------------------------------------

    public static ArchRule onlyBasePackagesAcrossModules(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(dependOnlyOnBasePackagesOfOtherModules(root))
                .because("a module's sub-packages are internal; its base package is its public API");
    }

    private static ArchCondition<JavaClass> dependOnlyOnBasePackagesOfOtherModules(String root) {
        return dependencyCondition("use other modules only through their base package", root,
                (origin, target) -> {
                    Optional<String> targetModule = moduleOf(target, root);
                    return targetModule.isEmpty()
                            || !isInternal(target, root)
                            || targetModule.equals(moduleOf(origin, root));
                },
                (origin, target) -> "%s is internal to module %s".formatted(
                        target.getPackageName(), moduleOf(target, root).orElseThrow()));
    }

    // 3. ------------------------------------------------------------------------------------------------------

    public static ArchRule onlyDeclaredModuleDependencies(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(dependOnlyOnDeclaredModules(root))
                .because("a module names the modules it may use in @Module(allowedDependencies) on its package-info; "
                        + "without a declaration it may use only " + PLATFORM);
    }

    private static ArchCondition<JavaClass> dependOnlyOnDeclaredModules(String root) {
        return dependencyCondition("depend only on " + PLATFORM + " and the modules their @Module declares", root,
                (origin, target) -> {
                    Optional<String> own = moduleOf(origin, root);
                    Optional<String> other = moduleOf(target, root);
                    if (own.isEmpty() || other.isEmpty() || own.equals(other)) {
                        return true;
                    }
                    return own.get().equals(APP)
                            || other.get().equals(PLATFORM)
                            || declaredDependencies(origin, root, own.get()).contains(other.get());
                },
                (origin, target) -> {
                    String own = moduleOf(origin, root).orElseThrow();
                    return "module %s does not declare module %s in @Module(allowedDependencies = %s)".formatted(
                            own, moduleOf(target, root).orElseThrow(), declaredDependencies(origin, root, own));
                });
    }

    /** The modules named by {@code @Module(allowedDependencies)} on the module's base package; none if absent. */
    static Set<String> declaredDependencies(JavaClass member, String root, String module) {
        String basePackage = root + "." + module;
        Optional<JavaPackage> pkg = Optional.of(member.getPackage());
        while (pkg.isPresent() && !pkg.get().getName().equals(basePackage)) {
            pkg = pkg.get().getParent();
        }
        return pkg.flatMap(JavaPackage::tryGetPackageInfo)
                .flatMap(info -> info.tryGetAnnotationOfType(MODULE_ANNOTATION))
                .map(SammenArchitecture::allowedDependencies)
                .orElse(Set.of());
    }

    private static Set<String> allowedDependencies(JavaAnnotation<?> module) {
        Object value = module.get(ALLOWED_DEPENDENCIES).orElse(new String[0]);
        return Stream.of((Object[]) value).map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    // 4. ------------------------------------------------------------------------------------------------------

    public static ArchRule endpointsDeclareWhoMayCall(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().arePublic()
                .and(resourceMethods())
                .should(declareSecurityOnMethodOrClass())
                .allowEmptyShould(true)
                .because("the web fails closed: an endpoint nobody thought about must not be open (style.md, example 5)");
    }

    /** Methods JAX-RS dispatches requests to: annotated with @GET, @POST, ... or any other @HttpMethod annotation. */
    private static DescribedPredicate<JavaMethod> resourceMethods() {
        return DescribedPredicate.describe("are JAX-RS resource methods",
                method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith)
                        || method.isMetaAnnotatedWith("jakarta.ws.rs.HttpMethod"));
    }

    private static ArchCondition<JavaMethod> declareSecurityOnMethodOrClass() {
        return new ArchCondition<>("carry @RolesAllowed, @PermitAll or @DenyAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = SECURITY_DECLARATIONS.stream()
                        .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            "%s declares no @RolesAllowed, @PermitAll or @DenyAll, nor does its class %s".formatted(
                                    method.getDescription(), method.getOwner().getSimpleName())));
                }
            }
        };
    }

    // 5. ------------------------------------------------------------------------------------------------------

    public static ArchRule entitiesLiveInEntityPackages(String root) {
        return classes().that().resideInAPackage(root + "..").and(persistent())
                .should().resideInAPackage("..entity..")
                .allowEmptyShould(true)
                .because("JPA entities are internal to their module and live in its entity package");
    }

    public static ArchRule entitiesStayInsideTheirModule(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(dependencyCondition("not use another module's JPA entities or embeddables", root,
                        (origin, target) -> !isPersistent(target)
                                || moduleOf(target, root).isEmpty()
                                || moduleOf(target, root).equals(moduleOf(origin, root)),
                        (origin, target) -> "%s is a JPA type of module %s".formatted(
                                target.getSimpleName(), moduleOf(target, root).orElseThrow())))
                .because("entities never cross a module boundary: DTO records do (style.md, the shape)");
    }

    private static DescribedPredicate<JavaClass> persistent() {
        return DescribedPredicate.describe("are JPA entities or embeddables", SammenArchitecture::isPersistent);
    }

    private static boolean isPersistent(JavaClass type) {
        return PERSISTENT_TYPES.stream().anyMatch(type::isAnnotatedWith);
    }

    // 6. ------------------------------------------------------------------------------------------------------

    public static ArchRule noImplOrManagerNames(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("names say what a class is in business terms, or which technology implements it (style.md, example 3)");
    }

    public static ArchRule noUtilPackages(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().resideInAnyPackage("..util..", "..utils..")
                .because("a util package is a grab bag with no reason to exist; put the code where it is used (style.md, Avoid)");
    }

    public static ArchRule noConsoleOutput(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + "." + DEVSTACK + "..")
                .and().resideOutsideOfPackage(root + "." + BENCHMARKS + "..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the server logs through java.util.logging with log-safe values; only the dev launcher and the "
                        + "benchmarks print (style.md, Avoid)");
    }

    public static ArchRule controlUsesNoHttpTypes(String root) {
        return noClasses().that().resideInAPackage(root + "..control..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .allowEmptyShould(true)
                .because("control code raises business failures; only the boundary speaks HTTP (style.md, Avoid)");
    }

    // 7. ------------------------------------------------------------------------------------------------------

    public static ArchRule everyPackageHasPackageInfo(String root) {
        return all(packagesWithClassesUnder(root))
                .should(havePackageInfo())
                .because("every package says why it exists (style.md, example 4). Read from bytecode: javac skips "
                        + "comment-only package-info files, but maven-compiler-plugin writes them (IDE builds need -Xpkginfo:always)");
    }

    private static AbstractClassesTransformer<JavaPackage> packagesWithClassesUnder(String root) {
        return new AbstractClassesTransformer<>("packages with classes under " + root) {
            @Override
            public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                SortedSet<JavaPackage> packages = new TreeSet<>(Comparator.comparing(JavaPackage::getName));
                classes.stream()
                        .filter(c -> isUnder(c.getPackageName(), root))
                        .map(JavaClass::getPackage)
                        .forEach(packages::add);
                return packages;
            }
        };
    }

    private static ArchCondition<JavaPackage> havePackageInfo() {
        return new ArchCondition<>("have a package-info") {
            @Override
            public void check(JavaPackage pkg, ConditionEvents events) {
                if (pkg.tryGetPackageInfo().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(pkg, "Package <%s> has no package-info".formatted(pkg.getName())));
                }
            }
        };
    }

    // 8. ------------------------------------------------------------------------------------------------------

    /**
     * Every public method of a control class that takes a {@code ChildRef} carries {@code @ChildAccess}, on itself or
     * its class. Control is where the façade interfaces are implemented, and an interceptor binding only takes effect
     * on the bean class, so that is where it is looked for. The binding is read by name below the root: fixtures
     * have their own platform. Bridge and synthetic methods are the compiler's and are left out; a public static
     * method taking a child reference fails, since no interceptor can run before it.
     *
     * <p>One exemption: the methods with which a control class implements the platform's {@code AccessPolicy}. The
     * guard calls them to decide; guarding them would send the guard into itself. Any other public method of a
     * policy that takes a child reference still needs the binding.
     */
    public static ArchRule childScopedMethodsAreGuarded(String root) {
        String childRef = platformType(root, "ChildRef");
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".*.control..")
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .and().arePublic()
                .and(takeA(childRef))
                .and(DescribedPredicate.not(implementTheAccessPolicy(root)))
                .should(beGuardedByChildAccess(root))
                .allowEmptyShould(true)
                .because("a façade method that takes a child reference without the access binding would serve any "
                        + "caller; it must fail the build, not open the record (style.md, example 5)");
    }

    /** Methods written in the source (not the compiler's bridges) with a parameter of the given type. */
    private static DescribedPredicate<JavaMethod> takeA(String typeName) {
        return DescribedPredicate.describe("take a " + typeName, method ->
                !method.getModifiers().contains(JavaModifier.BRIDGE)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && parameterNames(method).contains(typeName));
    }

    /** Methods that implement a method of {@code <root>.platform.AccessPolicy}: the decision the guard asks for. */
    private static DescribedPredicate<JavaMethod> implementTheAccessPolicy(String root) {
        String policy = platformType(root, "AccessPolicy");
        return DescribedPredicate.describe("implement " + policy, method -> method.getOwner().getAllRawInterfaces()
                .stream()
                .filter(type -> type.getName().equals(policy))
                .flatMap(type -> type.getMethods().stream())
                .anyMatch(declared -> declared.getName().equals(method.getName())
                        && parameterNames(declared).equals(parameterNames(method))));
    }

    private static List<String> parameterNames(JavaCodeUnit codeUnit) {
        return codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    }

    private static ArchCondition<JavaMethod> beGuardedByChildAccess(String root) {
        String binding = platformType(root, "ChildAccess");
        return new ArchCondition<>("be instance methods that carry @ChildAccess on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getModifiers().contains(JavaModifier.STATIC)) {
                    events.add(SimpleConditionEvent.violated(method,
                            "%s takes a ChildRef but is static, so no interceptor can guard it".formatted(
                                    method.getDescription())));
                } else if (!method.isAnnotatedWith(binding) && !method.getOwner().isAnnotatedWith(binding)) {
                    events.add(SimpleConditionEvent.violated(method,
                            "%s takes a ChildRef but carries no @ChildAccess, nor does its class %s".formatted(
                                    method.getDescription(), method.getOwner().getSimpleName())));
                }
            }
        };
    }

    // 9. ------------------------------------------------------------------------------------------------------

    /**
     * No bean that serves many requests has the {@code Caller} injected: not into a field, an {@code @Inject}
     * constructor or an initializer method, its own or inherited. The bean counts as long-lived by its own
     * annotations ({@link #LONG_LIVED_BEANS}). {@code Provider<Caller>} and {@code Instance<Caller>} pass: they
     * resolve the caller at each {@code get()}. Not covered: a {@code @Dependent} bean that injects the caller and
     * is itself injected into a long-lived one, and a caller passed in and then kept in a field.
     */
    public static ArchRule noRequestStateInLongLivedBeans(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and(DescribedPredicate.describe("are long-lived beans (application-scoped, singletons, stateless, "
                        + "interceptors, decorators)", type -> longLivedAnnotation(type).isPresent()))
                .should(notHaveTheCallerInjected(root))
                .allowEmptyShould(true)
                .because("the Caller is a @Dependent value produced for one request: injected into a bean that "
                        + "outlives it, every later request would act as the first one's caller; inject "
                        + "Provider<Caller> or Instance<Caller> and ask it on each use");
    }

    private static Optional<String> longLivedAnnotation(JavaClass type) {
        return LONG_LIVED_BEANS.stream().filter(type::isAnnotatedWith).findFirst();
    }

    private static ArchCondition<JavaClass> notHaveTheCallerInjected(String root) {
        String caller = platformType(root, "Caller");
        return new ArchCondition<>("not have " + caller + " injected") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                String lifetime = longLivedAnnotation(bean).orElseThrow();
                List<JavaMember> injected = new ArrayList<>();
                bean.getAllFields().stream()
                        .filter(field -> field.isAnnotatedWith(INJECT) && field.getRawType().getName().equals(caller))
                        .forEach(injected::add);
                bean.getConstructors().stream()
                        .filter(constructor -> constructor.isAnnotatedWith(INJECT)
                                && parameterNames(constructor).contains(caller))
                        .forEach(injected::add);
                bean.getAllMethods().stream()
                        .filter(method -> method.isAnnotatedWith(INJECT) && parameterNames(method).contains(caller))
                        .forEach(injected::add);
                injected.forEach(member -> events.add(SimpleConditionEvent.violated(bean,
                        "%s injects the request's Caller into %s, which is @%s and outlives the request".formatted(
                                member.getDescription(), bean.getSimpleName(), lifetime))));
            }
        };
    }

    // Modules ----------------------------------------------------------------------------------------------------

    /** The module a class belongs to: the first package segment below the root, if it lies below the root. */
    static Optional<String> moduleOf(JavaClass type, String root) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Whether a class lies in a sub-package of its module, i.e. outside the module's public API. */
    static boolean isInternal(JavaClass type, String root) {
        return moduleOf(type, root)
                .map(module -> !type.getPackageName().equals(root + "." + module))
                .orElse(false);
    }

    /** A type of the platform module below the root, named so that fixtures bring their own copy. */
    /**
     * Audit entries are written where access is decided (ADR 0013): the platform's guard and interceptors, the
     * identity module's sign-in mechanism, and the audit module that implements the journal. Business code that
     * recorded its own entries could forget one, or write one for an access that never happened.
     */
    public static ArchRule onlyCapturePointsUseTheAccessJournal(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + "." + PLATFORM + "..", root + ".identity..", root + ".audit..")
                .should().dependOnClassesThat().haveFullyQualifiedName(platformType(root, "AccessJournal"))
                .allowEmptyShould(true)
                .because("audit entries are recorded by the capture points (access guard, sign-in, @Audited), "
                        + "never by business code (ADR 0013)");
    }

    private static String platformType(String root, String simpleName) {
        return root + "." + PLATFORM + "." + simpleName;
    }

    private static boolean isUnder(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    /**
     * A condition over each direct dependency of a class, ignoring dependencies on itself; an array type counts as
     * its component type.
     */
    private static ArchCondition<JavaClass> dependencyCondition(String description, String root,
                                                                BiPredicate<JavaClass, JavaClass> allowed,
                                                                BiFunction<JavaClass, JavaClass, String> explanation) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!isUnder(target.getPackageName(), root) || allowed.test(origin, target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency,
                            dependency.getDescription() + ": " + explanation.apply(origin, target)));
                }
            }
        };
    }

    // 10. -----------------------------------------------------------------------------------------------------

    /**
     * A method bound to write consents carries the audit kind {@code CONSENT_CHANGE}, so that the family's access
     * log and the audit trail show a changed consent as such, never as a plain data access.
     */
    public static ArchRule consentWritesAreRecordedAsConsentChanges(String root) {
        String binding = platformType(root, "ChildAccess");
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and(DescribedPredicate.describe("are bound to write consents", (JavaMethod method) ->
                        method.tryGetAnnotationOfType(binding)
                                .map(a -> enumName(a, "category").equals("CONSENTS")
                                        && enumName(a, "action").equals("WRITE"))
                                .orElse(false)))
                .should(new ArchCondition<>("carry event = CONSENT_CHANGE") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        String kind = enumName(method.getAnnotationOfType(binding), "event");
                        if (!kind.equals("CONSENT_CHANGE")) {
                            events.add(SimpleConditionEvent.violated(method, "%s writes consents but is recorded as %s"
                                    .formatted(method.getDescription(), kind)));
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("a changed consent is what the family most needs to find in its access log");
    }

    private static String enumName(JavaAnnotation<?> annotation, String property) {
        return annotation.get(property)
                .map(v -> v instanceof com.tngtech.archunit.core.domain.JavaEnumConstant e ? e.name() : v.toString())
                .orElse("");
    }

    // 11. -----------------------------------------------------------------------------------------------------

    /**
     * Photos and videos reach storage only encrypted: inside the media module, only {@code SealedStore} creates
     * objects on an {@code ObjectStore} (ADR 0017); any other class writing there would store plain bytes.
     */
    public static ArchRule mediaIsStoredSealed(String root) {
        return noClasses().that().resideInAPackage(root + ".media..")
                .and().doNotHaveSimpleName("SealedStore")
                .should().callMethodWhere(DescribedPredicate.describe("ObjectStore.create(..)", call ->
                        call.getName().equals("create") && (call.getTargetOwner().getSimpleName().equals("ObjectStore")
                                || call.getTargetOwner().getAllRawInterfaces().stream()
                                        .anyMatch(i -> i.getSimpleName().equals("ObjectStore")))))
                .allowEmptyShould(true)
                .because("media is encrypted at rest: plain bytes must not reach the object store (ADR 0017)");
    }

    public static ArchRule webSocketsOnlyInTheBoundary(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + "..boundary..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.websocket..")
                .allowEmptyShould(true)
                .because("the live feed's control code delivers through the Feed interface, so that access per "
                        + "delivery and the ordering can be tested and reasoned about without a socket (ADR 0021)");
    }
}

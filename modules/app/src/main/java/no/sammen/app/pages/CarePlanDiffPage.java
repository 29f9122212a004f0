package no.sammen.app.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.records.CarePlanDiff;
import no.sammen.records.CarePlanSections;
import no.sammen.records.CarePlanVersionSummary;
import no.sammen.records.CarePlans;
import no.sammen.records.Children;

/**
 * Two versions of the care plan compared section by section, readably: lines added (green, +), removed (red, −),
 * unchanged (grey). Without versions in the address it compares the current version with the one before.
 */
@Named("carePlanDiff")
@RequestScoped
public class CarePlanDiffPage {

    @Inject
    Children children;

    @Inject
    CarePlans carePlans;

    private ChildRef child;
    private String childName;
    private List<CarePlanVersionSummary> versions = List.of();
    private CarePlanDiff diff;
    private int from;
    private int to;

    public void load() {
        child = ChildRef.parse(RequestParameters.get("child"));
        children.relation(child);
        childName = children.profile(child).name();
        versions = carePlans.versions(child);
        Integer a = RequestParameters.number("from", "from");
        Integer b = RequestParameters.number("to", "to");
        if (b == null) {
            b = versions.isEmpty() ? 1 : versions.get(0).version();
        }
        if (a == null) {
            a = versions.size() > 1 ? versions.get(1).version() : b;
        }
        from = a;
        to = b;
        diff = carePlans.diff(child, from, to);
    }

    /**
     * One section compared.
     *
     * @param name    the section's name in the page's language
     * @param changed whether it differs
     * @param lines   its lines: each {@code added}, {@code removed} or {@code unchanged}
     */
    public record Section(String name, boolean changed, List<Line> lines) {
    }

    /**
     * One line of a compared section.
     *
     * @param change {@code added}, {@code removed} or {@code unchanged}
     * @param sign   {@code +}, {@code −} or a space
     * @param text   the line
     */
    public record Line(String change, String sign, String text) {

        static Line of(String change, String text) {
            String sign = switch (change) {
                case "added" -> "+";
                case "removed" -> "\u2212";
                default -> " ";
            };
            return new Line(change, sign, text == null ? "" : text);
        }
    }

    public List<Section> getSections() {
        return sections(diff);
    }

    /** Every section of a comparison, in the plan's order, as lines to show. */
    static List<Section> sections(CarePlanDiff diff) {
        List<Section> sections = new ArrayList<>();
        sections.add(text("carePlan.goals", diff.goalsOfCare()));
        CarePlanDiff.ResuscitationDiff r = diff.resuscitation();
        List<Line> decision = new ArrayList<>();
        if (r.decision().changed()) {
            if (r.decision().from() != null) {
                decision.add(Line.of("removed", decisionLabel(r.decision().from())));
            }
            if (r.decision().to() != null) {
                decision.add(Line.of("added", decisionLabel(r.decision().to())));
            }
        } else if (r.decision().to() != null) {
            decision.add(Line.of("unchanged", decisionLabel(r.decision().to())));
        }
        r.text().lines().forEach(l -> decision.add(Line.of(l.change(), l.text())));
        sections.add(new Section(Texts.get("carePlan.resuscitation"), r.changed(), decision));
        sections.add(text("carePlan.placeOfCare", diff.preferredPlaceOfCare()));
        sections.add(text("carePlan.placeOfDeath", diff.preferredPlaceOfDeath()));
        sections.add(list("carePlan.symptoms", diff.symptomPlans(), p -> p.symptom() + ": " + p.plan()));
        sections.add(list("carePlan.whoToCall", diff.whoToCall(), CarePlanDiffPage::call));
        return sections;
    }

    private static String call(CarePlanSections.WhoToCall c) {
        return c.when() + ": " + c.name() + (c.role() == null ? "" : " (" + c.role() + ")") + ", " + c.phone();
    }

    static String decisionLabel(String decision) {
        String key = "carePlan.decision." + decision;
        return Texts.has(key) ? Texts.get(key) : decision;
    }

    private static Section text(String name, CarePlanDiff.TextDiff diff) {
        return new Section(Texts.get(name), diff.changed(),
                diff.lines().stream().map(l -> Line.of(l.change(), l.text())).toList());
    }

    private static <T> Section list(String name, CarePlanDiff.ListDiff<T> diff, Function<T, String> words) {
        List<Line> lines = new ArrayList<>();
        diff.unchanged().forEach(item -> lines.add(Line.of("unchanged", words.apply(item))));
        diff.removed().forEach(item -> lines.add(Line.of("removed", words.apply(item))));
        diff.added().forEach(item -> lines.add(Line.of("added", words.apply(item))));
        return new Section(Texts.get(name), diff.changed(), lines);
    }

    public String getChildId() {
        return child.toString();
    }

    public String getChildName() {
        return childName;
    }

    public List<CarePlanVersionSummary> getVersions() {
        return versions;
    }

    public int getFrom() {
        return from;
    }

    public int getTo() {
        return to;
    }

    public boolean isSame() {
        return diff.changedSections().isEmpty();
    }
}

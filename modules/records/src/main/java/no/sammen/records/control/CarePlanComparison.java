package no.sammen.records.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import no.sammen.records.CarePlanDiff;
import no.sammen.records.CarePlanDiff.ChoiceDiff;
import no.sammen.records.CarePlanDiff.Line;
import no.sammen.records.CarePlanDiff.ListDiff;
import no.sammen.records.CarePlanDiff.ResuscitationDiff;
import no.sammen.records.CarePlanDiff.TextDiff;
import no.sammen.records.CarePlanSections;

/**
 * Compares two versions of a care plan the way a reader wants to see it: texts line by line (a longest common
 * subsequence of lines, so a changed line shows as the old line removed and the new one added), the resuscitation
 * decision as from → to, and lists as items added and removed (an edited item is one of each).
 */
final class CarePlanComparison {

    /**
     * Above this many line pairs (left lines × right lines, after common leading and trailing lines are set aside)
     * the middle is shown as all removed, then all added, rather than spending the memory on an exact comparison.
     */
    static final long MAX_LINE_PAIRS = 4_000_000L;

    private CarePlanComparison() {
    }

    static CarePlanDiff compare(int fromNumber, CarePlanSections from, int toNumber, CarePlanSections to) {
        TextDiff goals = lines(from.goalsOfCare(), to.goalsOfCare());
        ResuscitationDiff resuscitation = resuscitation(from.resuscitation(), to.resuscitation());
        TextDiff care = lines(from.preferredPlaceOfCare(), to.preferredPlaceOfCare());
        TextDiff death = lines(from.preferredPlaceOfDeath(), to.preferredPlaceOfDeath());
        ListDiff<CarePlanSections.SymptomPlan> symptoms = items(from.symptomPlans(), to.symptomPlans());
        ListDiff<CarePlanSections.WhoToCall> calls = items(from.whoToCall(), to.whoToCall());
        List<String> changed = new ArrayList<>();
        if (goals.changed()) {
            changed.add("goalsOfCare");
        }
        if (resuscitation.changed()) {
            changed.add("resuscitation");
        }
        if (care.changed()) {
            changed.add("preferredPlaceOfCare");
        }
        if (death.changed()) {
            changed.add("preferredPlaceOfDeath");
        }
        if (symptoms.changed()) {
            changed.add("symptomPlans");
        }
        if (calls.changed()) {
            changed.add("whoToCall");
        }
        return new CarePlanDiff(fromNumber, toNumber, List.copyOf(changed), goals, resuscitation, care, death,
                symptoms, calls);
    }

    static ResuscitationDiff resuscitation(CarePlanSections.Resuscitation from, CarePlanSections.Resuscitation to) {
        String fromDecision = from == null ? null : from.decision();
        String toDecision = to == null ? null : to.decision();
        ChoiceDiff decision = new ChoiceDiff(!Objects.equals(fromDecision, toDecision), fromDecision, toDecision);
        TextDiff text = lines(from == null ? null : from.text(), to == null ? null : to.text());
        return new ResuscitationDiff(decision.changed() || text.changed(), decision, text);
    }

    /** Line by line: unchanged, removed and added lines in reading order (removed before added where they meet). */
    static TextDiff lines(String from, String to) {
        List<String> a = split(from);
        List<String> b = split(to);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Line("unchanged", a.get(i)));
        }
        List<String> left = a.subList(prefix, a.size() - suffix);
        List<String> right = b.subList(prefix, b.size() - suffix);
        if ((long) left.size() * right.size() > MAX_LINE_PAIRS) {
            left.forEach(l -> out.add(new Line("removed", l)));
            right.forEach(l -> out.add(new Line("added", l)));
        } else {
            middle(left, right, out);
        }
        for (int i = a.size() - suffix; i < a.size(); i++) {
            out.add(new Line("unchanged", a.get(i)));
        }
        boolean changed = !left.isEmpty() || !right.isEmpty();
        return new TextDiff(changed, List.copyOf(out));
    }

    /** As items: those only in {@code to} are added, those only in {@code from} removed (duplicates counted). */
    static <T> ListDiff<T> items(List<T> from, List<T> to) {
        List<T> remaining = new ArrayList<>(to == null ? List.of() : to);
        List<T> removed = new ArrayList<>();
        List<T> unchanged = new ArrayList<>();
        for (T item : from == null ? List.<T>of() : from) {
            if (remaining.remove(item)) {
                unchanged.add(item);
            } else {
                removed.add(item);
            }
        }
        return new ListDiff<>(!remaining.isEmpty() || !removed.isEmpty(), List.copyOf(remaining),
                List.copyOf(removed), List.copyOf(unchanged));
    }

    private static void middle(List<String> a, List<String> b, List<Line> out) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line("unchanged", a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line("removed", a.get(i)));
                i++;
            } else {
                out.add(new Line("added", b.get(j)));
                j++;
            }
        }
        while (i < n) {
            out.add(new Line("removed", a.get(i++)));
        }
        while (j < m) {
            out.add(new Line("added", b.get(j++)));
        }
    }

    /** The lines of a text; none for a missing or empty text, and a final line break does not start a line. */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\\R", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}

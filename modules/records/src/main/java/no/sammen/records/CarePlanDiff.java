package no.sammen.records;

import java.util.List;

/**
 * What changed from one version of the care plan to another, section by section: text sections line by line, the
 * resuscitation decision as from → to, lists as the items added and removed (a changed item is one removed and one
 * added).
 *
 * @param from            the older version's number (as asked: may also be the newer)
 * @param to              the other version's number
 * @param changedSections the names of the sections that differ, in the plan's order
 */
public record CarePlanDiff(int from, int to, List<String> changedSections, TextDiff goalsOfCare,
                           ResuscitationDiff resuscitation, TextDiff preferredPlaceOfCare,
                           TextDiff preferredPlaceOfDeath, ListDiff<CarePlanSections.SymptomPlan> symptomPlans,
                           ListDiff<CarePlanSections.WhoToCall> whoToCall) {

    /** A text compared line by line. */
    public record TextDiff(boolean changed, List<Line> lines) {
    }

    /**
     * One line of a compared text.
     *
     * @param change {@code unchanged}, {@code removed} or {@code added}
     */
    public record Line(String change, String text) {
    }

    /** A choice compared: what it was and what it became ({@code null} when not set). */
    public record ChoiceDiff(boolean changed, String from, String to) {
    }

    /** The resuscitation section: the decision and its text. */
    public record ResuscitationDiff(boolean changed, ChoiceDiff decision, TextDiff text) {
    }

    /** A list compared as items. */
    public record ListDiff<T>(boolean changed, List<T> added, List<T> removed, List<T> unchanged) {
    }
}

package no.sammen.records;

import java.util.UUID;

import no.sammen.platform.ChildRef;

/**
 * The records module's façade for a child's reports, written from the templates administrators define. A report is
 * never changed in place: a correction appends a version, and every version keeps its author and time. The family
 * sees only reports whose audience is {@code team-and-family} (the child from the confidential age also those kept
 * from the guardians, {@code team-and-child}); to them the others do not exist.
 */
public interface Reports {

    /**
     * A page of the child's reports, newest first (by the day they are about, then by when they were written).
     *
     * @param templateKey only reports from this template, or all when {@code null}
     * @param limit       1 to 100; {@code null} means 20
     * @param before      the cursor of the previous page's {@code next}, or {@code null} for the first page
     */
    ReportPage list(ChildRef child, String templateKey, Integer limit, String before);

    /** Writes a report from the API's typed values. */
    Report write(ChildRef child, NewReport report);

    /** Writes a report from a web form's strings, with the same validation. */
    Report writeFromForm(ChildRef child, FormReport report);

    /** The report, its current values and every version. */
    Report report(ChildRef child, UUID reportId);

    /**
     * Narrows a report to {@code team-and-child}, confidential from the guardians: the child from the confidential
     * age (not a report a guardian wrote), or a member of the team who may write it. Never widens (400 naming
     * {@code audience}); already confidential is no change.
     */
    Report narrow(ChildRef child, UUID reportId, AudienceChange change);

    /**
     * Appends a corrected version, checked against the report's own template version. A stale
     * {@code basedOnVersion} is a conflict; a guardian corrects only the reports they wrote.
     */
    Report correct(ChildRef child, UUID reportId, Correction correction);
}

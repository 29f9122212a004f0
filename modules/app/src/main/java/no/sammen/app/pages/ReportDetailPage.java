package no.sammen.app.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.Caller;
import no.sammen.platform.ChildRef;
import no.sammen.platform.ConflictException;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.Children;
import no.sammen.records.Correction;
import no.sammen.records.Relation;
import no.sammen.records.Report;
import no.sammen.records.Reports;

/**
 * One report with its history: every version with who wrote it, when, and for a correction why and what changed.
 * The team, and the guardian who wrote it, may correct it: the form starts from the current values and carries the
 * version it was made from, so that a correction made meanwhile by someone else is a conflict, not a lost update.
 */
@Named("reportDetail")
@RequestScoped
public class ReportDetailPage {

    static final String FORM = "correction";

    @Inject
    Children children;

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    private boolean loaded;
    private ChildRef child;
    private String childName;
    private Relation relation;
    private Report report;
    private List<FieldInput> inputs = List.of();
    private boolean correcting;
    private int basedOnVersion;
    private String note;
    private boolean conflict;

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        child = ChildRef.parse(RequestParameters.get("child"));
        UUID id = Ids.parse(RequestParameters.get("id"), "reportId");
        relation = children.relation(child);
        childName = children.profile(child).name();
        report = reports.report(child, id);
        correcting = isMayCorrect() && "1".equals(RequestParameters.get("correct"));
        inputs = FieldInput.of(report.template().fields(), report.values());
        basedOnVersion = report.version();
    }

    public void load() {
        ensureLoaded();
    }

    /** Appends the corrected version; a correction made meanwhile by someone else keeps this one's values. */
    public String correct() {
        ensureLoaded();
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach(input -> {
            Object value = input.typedValue();
            if (value != null) {
                values.put(input.getKey(), value);
            }
        });
        try {
            reports.correct(child, report.id(), new Correction(basedOnVersion, values, note));
        } catch (InvalidInputException e) {
            ReportEntryPage.showProblems(e.errors(), inputs, FORM);
            return null;
        } catch (ConflictException e) {
            conflict = true;
            report = reports.report(child, report.id());
            basedOnVersion = report.version();
            Texts.error(null, Texts.get("report.conflict"));
            return null;
        }
        Texts.confirmAfterRedirect("report.corrected");
        return "/app/report-detail.xhtml?faces-redirect=true&child=" + child + "&id=" + report.id();
    }

    /** The team corrects any report; a guardian only those they wrote; the child none. */
    public boolean isMayCorrect() {
        ensureLoaded();
        return relation.onTeam() || (relation == Relation.GUARDIAN && report.authorId().equals(caller.personId()));
    }

    public boolean isCorrecting() {
        ensureLoaded();
        return correcting;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getChildId() {
        ensureLoaded();
        return child.toString();
    }

    public String getChildName() {
        ensureLoaded();
        return childName;
    }

    public Report getReport() {
        ensureLoaded();
        return report;
    }

    public String getTitle() {
        ensureLoaded();
        return FieldInput.label(report.template().title(), report.template().titleEn());
    }

    public List<ShownValue> getValues() {
        ensureLoaded();
        return ShownValue.of(report.template(), report.values());
    }

    /** Every version, newest first, each with what it changed from the one before. */
    public List<VersionShown> getHistory() {
        ensureLoaded();
        List<VersionShown> shown = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Report.Version v : report.history()) {
            List<ShownValue> changes = v.version() == 1 ? List.of()
                    : ShownValue.changes(report.template(), before, v.values());
            shown.add(0, new VersionShown(v, changes));
            before = v.values();
        }
        return shown;
    }

    /**
     * One version of the report as the history shows it.
     *
     * @param version the version
     * @param changes what it changed from the version before (none for the first)
     */
    public record VersionShown(Report.Version version, List<ShownValue> changes) {
    }

    public List<FieldInput> getInputs() {
        ensureLoaded();
        return inputs;
    }

    public int getBasedOnVersion() {
        ensureLoaded();
        return basedOnVersion;
    }

    public void setBasedOnVersion(int basedOnVersion) {
        ensureLoaded();
        this.basedOnVersion = basedOnVersion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

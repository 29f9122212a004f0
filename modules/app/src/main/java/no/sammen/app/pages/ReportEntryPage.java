package no.sammen.app.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;
import no.sammen.records.Audience;
import no.sammen.records.Children;
import no.sammen.records.FormReport;
import no.sammen.records.Relation;
import no.sammen.records.ReportTemplate;
import no.sammen.records.ReportTemplates;
import no.sammen.records.Reports;

/**
 * Writing a report from a template, phone first: the form is built from the template's fields, the day is today
 * and the audience follows who writes (the family shares with the family, the team writes for the team) unless
 * changed, and the façade's validation answers field by field next to the inputs, with everything entered kept.
 *
 * <p>The form is built before the request's values are applied, so the child and the template come from the
 * request itself (the address, then hidden fields of the form), not from view parameters.
 */
@Named("reportEntry")
@RequestScoped
public class ReportEntryPage {

    static final String FORM = "report";

    @Inject
    Children children;

    @Inject
    ReportTemplates templates;

    @Inject
    Reports reports;

    @Inject
    Formats formats;

    private boolean loaded;
    private ChildRef child;
    private String childName;
    private Relation relation;
    private ReportTemplate template;
    private List<ReportTemplate> choices = List.of();
    private List<FieldInput> inputs = List.of();
    private String occurredOn;
    private boolean shareWithFamily;

    /** The child and template the request names; only those who write reports get the form (the team, guardians). */
    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        child = ChildRef.parse(RequestParameters.get("child"));
        relation = children.relation(child);
        if (!writesReports(relation)) {
            throw new AccessDeniedException("Only the care team and the guardians write reports.");
        }
        childName = children.profile(child).name();
        String key = RequestParameters.get("template");
        if (key == null || key.isBlank()) {
            choices = templates.active();
            return;
        }
        template = templates.template(key, RequestParameters.number("templateVersion", "templateVersion"));
        inputs = FieldInput.of(template.fields());
        occurredOn = LocalDate.now(formats.zoneId()).toString();
        shareWithFamily = relation == Relation.GUARDIAN;
    }

    static boolean writesReports(Relation relation) {
        return relation.onTeam() || relation == Relation.GUARDIAN;
    }

    /** The page's view action. */
    public void load() {
        ensureLoaded();
    }

    /** Saves the report; on success back to the child's overview with a confirmation, else the form with problems. */
    public String save() {
        ensureLoaded();
        LocalDate day = null;
        if (occurredOn != null && !occurredOn.isBlank()) {
            try {
                day = LocalDate.parse(occurredOn.strip());
            } catch (DateTimeParseException e) {
                Texts.error(FORM + ":occurredOn", Texts.get("error.date"));
                Texts.error(null, Texts.get("report.notSaved"));
                return null;
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach(input -> values.put(input.getKey(), input.formValue()));
        String audience = shareWithFamily ? Audience.TEAM_AND_FAMILY.apiName() : Audience.TEAM.apiName();
        try {
            reports.writeFromForm(child, new FormReport(template.key(), template.version(), day, audience, values));
        } catch (InvalidInputException e) {
            showProblems(e.errors(), inputs, FORM);
            return null;
        }
        Texts.confirmAfterRedirect("report.saved", getTitle());
        return "/app/child.xhtml?faces-redirect=true&id=" + child;
    }

    /** Puts each problem next to the input it names; what names no input goes to the top of the form. */
    static void showProblems(List<FieldError> errors, List<FieldInput> inputs, String form) {
        Texts.error(null, Texts.get("report.notSaved"));
        for (FieldError error : errors) {
            String field = error.field();
            FieldInput input = field.startsWith("values.") ? inputs.stream()
                    .filter(i -> i.getKey().equals(field.substring("values.".length()))).findFirst().orElse(null)
                    : null;
            if (input != null) {
                Texts.error(form + ":value-" + input.getKey(), input.problem(error.message()));
            } else if (field.equals("occurredOn")) {
                Texts.error(form + ":occurredOn", error.message().contains("future")
                        ? Texts.get("error.future") : Texts.get("error.date"));
            } else if (field.equals("note")) {
                Texts.error(form + ":note", "is required".equals(error.message())
                        ? Texts.get("error.required") : Texts.get("error.tooLong"));
            } else {
                Texts.error(null, error.message());
            }
        }
    }

    public String getChildId() {
        ensureLoaded();
        return child.toString();
    }

    public String getChildName() {
        ensureLoaded();
        return childName;
    }

    public boolean isChoosing() {
        ensureLoaded();
        return template == null;
    }

    /** The active templates to choose from when the address names none. */
    public List<ReportTemplate> getChoices() {
        ensureLoaded();
        return choices;
    }

    public String title(ReportTemplate t) {
        return FieldInput.label(t.title(), t.titleEn());
    }

    public String getTitle() {
        ensureLoaded();
        return template == null ? Texts.get("report.choose") : title(template);
    }

    public String getTemplateKey() {
        ensureLoaded();
        return template == null ? "" : template.key();
    }

    public int getTemplateVersion() {
        ensureLoaded();
        return template == null ? 0 : template.version();
    }

    public List<FieldInput> getInputs() {
        ensureLoaded();
        return inputs;
    }

    public boolean isGuardian() {
        ensureLoaded();
        return relation == Relation.GUARDIAN;
    }

    /** Today, the latest day a report may be about. */
    public String getToday() {
        return LocalDate.now(formats.zoneId()).toString();
    }

    public String getOccurredOn() {
        ensureLoaded();
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        ensureLoaded();
        this.occurredOn = occurredOn;
    }

    public boolean isShareWithFamily() {
        ensureLoaded();
        return shareWithFamily;
    }

    public void setShareWithFamily(boolean shareWithFamily) {
        ensureLoaded();
        this.shareWithFamily = shareWithFamily;
    }
}

package no.sammen.app.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import no.sammen.platform.ChildRef;
import no.sammen.records.Children;
import no.sammen.records.Relation;
import no.sammen.records.ReportPage;
import no.sammen.records.ReportSummary;
import no.sammen.records.ReportTemplate;
import no.sammen.records.ReportTemplates;
import no.sammen.records.Reports;

/**
 * A child's reports, newest first, a page at a time ("older reports" follows the façade's cursor), optionally of one
 * template only. The family sees what is shared with the family; the façade narrows that in its query.
 */
@Named("reportsPage")
@RequestScoped
public class ReportsPage {

    @Inject
    Children children;

    @Inject
    Reports reports;

    @Inject
    ReportTemplates templates;

    private ChildRef child;
    private String childName;
    private Relation relation;
    private String templateKey;
    private String before;
    private ReportPage page;
    private List<ReportTemplate> active;
    private final Map<String, ReportTemplate> templateVersions = new HashMap<>();

    public void load() {
        child = ChildRef.parse(RequestParameters.get("child"));
        relation = children.relation(child);
        childName = children.profile(child).name();
        templateKey = blankToNull(RequestParameters.get("template"));
        before = blankToNull(RequestParameters.get("before"));
        page = reports.list(child, templateKey, 20, before);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getChildId() {
        return child.toString();
    }

    public String getChildName() {
        return childName;
    }

    public List<ReportSummary> getReports() {
        return page.reports();
    }

    /** The address of the next (older) page, or {@code null} on the last page. */
    public String getOlder() {
        if (page.next() == null) {
            return null;
        }
        return "reports.xhtml?child=" + child + (templateKey == null ? "" : "&template=" + enc(templateKey))
                + "&before=" + enc(page.next());
    }

    public boolean isPaged() {
        return before != null;
    }

    public String getTemplateKey() {
        return templateKey == null ? "" : templateKey;
    }

    /** The templates to filter by. */
    public List<ReportTemplate> getTemplates() {
        if (active == null) {
            active = templates.active();
        }
        return active;
    }

    public boolean isWrites() {
        return ReportEntryPage.writesReports(relation);
    }

    public String title(ReportTemplate t) {
        return FieldInput.label(t.title(), t.titleEn());
    }

    public String titleOf(ReportSummary r) {
        return FieldInput.label(r.title(), r.titleEn());
    }

    /** The report's values in words, in its template version's field order. */
    public List<ShownValue> values(ReportSummary r) {
        ReportTemplate template = templateVersions.computeIfAbsent(r.templateKey() + "/" + r.templateVersion(),
                k -> templates.template(r.templateKey(), r.templateVersion()));
        return ShownValue.of(template, r.values());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

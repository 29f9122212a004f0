package no.sammen.records;

import java.util.List;

/**
 * The records module's façade for report templates: administrators define them; everyone who writes reports reads
 * them to build the form.
 */
public interface ReportTemplates {

    /** The latest version of every active template, for people writing reports. */
    List<ReportTemplate> active();

    /**
     * The template version a form is built from: {@code version}, or the latest version when {@code null}; an
     * unknown key or version is not found.
     */
    ReportTemplate template(String key, Integer version);

    /** Administrators: the latest version of every template, retired ones too. */
    List<ReportTemplate> all();

    /** Administrators: every version of one template, oldest first. */
    List<ReportTemplate> versions(String key);

    /** Administrators: defines a new template, or the next version of an existing one. */
    ReportTemplate define(NewTemplate template);
}

package no.sammen.records.boundary;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.records.NewTemplate;
import no.sammen.records.ReportTemplate;
import no.sammen.records.ReportTemplates;

/**
 * Administrators define report templates. A definition for a key that exists is its next version; reports already
 * written keep the version they were written against.
 */
@Path("admin/report-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
public class AdminReportTemplatesResource {

    @Inject
    ReportTemplates templates;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "The latest version of every report template, retired ones too")
    public List<ReportTemplate> all() {
        return templates.all();
    }

    @GET
    @Path("{key}")
    @RolesAllowed("admin")
    @Operation(summary = "Every version of a report template, oldest first")
    public List<ReportTemplate> versions(@PathParam("key") String key) {
        return templates.versions(key);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Define a report template, or the next version of one",
            description = "Field types: text (up to 200 000 characters), number (unit, min, max), scale (0-10), "
                    + "single-choice and multiple-choice (options: value, label, labelEn), yes-no, time (HH:mm), "
                    + "duration (whole minutes; min, max). Labels in bokmål (label) and English (labelEn). "
                    + "basedOnVersion, if given, must be the latest version, or 409. active=false retires the "
                    + "template.")
    public Response define(NewTemplate template) {
        ReportTemplate defined = templates.define(template);
        return Response.created(URI.create("admin/report-templates/" + defined.key())).entity(defined).build();
    }
}

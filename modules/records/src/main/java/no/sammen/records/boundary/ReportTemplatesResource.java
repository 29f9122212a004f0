package no.sammen.records.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.InvalidInputException;
import no.sammen.records.ReportTemplate;
import no.sammen.records.ReportTemplates;

/** The report templates people write from: the latest version of each active one. */
@Path("report-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report templates")
public class ReportTemplatesResource {

    @Inject
    ReportTemplates templates;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The latest version of every active report template")
    public List<ReportTemplate> active() {
        return templates.active();
    }

    @GET
    @Path("{key}")
    @RolesAllowed("user")
    @Operation(summary = "One template version with its fields, to build a form (the latest unless version= is given)")
    public ReportTemplate template(@PathParam("key") String key, @QueryParam("version") String version) {
        return templates.template(key, parseVersion(version));
    }

    static Integer parseVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("templateVersion", "must be a whole number, 1 or more");
        }
    }
}

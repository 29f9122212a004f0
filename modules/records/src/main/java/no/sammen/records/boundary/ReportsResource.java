package no.sammen.records.boundary;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;
import no.sammen.records.AudienceChange;
import no.sammen.records.Correction;
import no.sammen.records.NewReport;
import no.sammen.records.Report;
import no.sammen.records.ReportPage;
import no.sammen.records.Reports;

/**
 * A child's reports. Access is the façade's: a child the caller is not related to answers 404, and to the family a
 * report meant for the team only does not exist.
 */
@Path("children/{childId}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportsResource {

    @Inject
    Reports reports;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The child's reports, newest first",
            description = "Filter with template=<key>; limit is 1 to 100 (default 20); pass a page's 'next' as "
                    + "before=<cursor> for the following page. Texts longer than 500 characters are shortened here "
                    + "('shortened': true); the report itself has them whole.")
    public ReportPage list(@PathParam("childId") String childId, @QueryParam("template") String template,
                           @QueryParam("limit") String limit, @QueryParam("before") String before) {
        return reports.list(ChildRef.parse(childId), template, parseLimit(limit), before);
    }

    @POST
    @RolesAllowed("user")
    @Operation(summary = "Write a report from a template",
            description = "templateVersion defaults to the latest, occurredOn to today (Europe/Oslo), audience to "
                    + "'team' ('team-and-family' shares it with the family; 'team-and-child', from the confidential "
                    + "age, with the child and never the guardians). values maps field keys to values: text and time "
                    + "('HH:mm') as strings, number and scale (0-10) as numbers, duration as whole minutes, yes-no as "
                    + "booleans, single-choice as an option value, multiple-choice as an array of option values.")
    public Response write(@PathParam("childId") String childId, NewReport report) {
        Report written = reports.write(ChildRef.parse(childId), report);
        return Response.created(URI.create("children/" + childId + "/reports/" + written.id())).entity(written).build();
    }

    @GET
    @Path("{reportId}")
    @RolesAllowed("user")
    @Operation(summary = "A report: its template version, current values and every version")
    public Report report(@PathParam("childId") String childId, @PathParam("reportId") String reportId) {
        return reports.report(ChildRef.parse(childId), Ids.parse(reportId, "reportId"));
    }

    /**
     * Keeps a report from the guardians: the child from the confidential age (not for a guardian's report) or the
     * team narrows it to {@code team-and-child}; never widened (400 naming {@code audience}).
     */
    @PUT
    @Path("{reportId}/audience")
    @RolesAllowed("user")
    @Operation(summary = "Keep a report from the guardians (body {\"audience\": \"team-and-child\"}; from the "
            + "confidential age; never widened)")
    public Report narrow(@PathParam("childId") String childId, @PathParam("reportId") String reportId,
                         AudienceChange change) {
        return reports.narrow(ChildRef.parse(childId), Ids.parse(reportId, "reportId"), change);
    }

    @POST
    @Path("{reportId}/corrections")
    @RolesAllowed("user")
    @Operation(summary = "Correct a report: appends a version with the complete new values",
            description = "basedOnVersion must be the report's current version, or 409; note says why.")
    public Response correct(@PathParam("childId") String childId, @PathParam("reportId") String reportId,
                            Correction correction) {
        Report corrected = reports.correct(ChildRef.parse(childId), Ids.parse(reportId, "reportId"), correction);
        return Response.created(URI.create("children/" + childId + "/reports/" + corrected.id()))
                .entity(corrected).build();
    }

    private static Integer parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number from 1 to 100");
        }
    }
}

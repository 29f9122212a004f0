package no.sammen.records.boundary;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.records.CarePlanChange;
import no.sammen.records.CarePlanDiff;
import no.sammen.records.CarePlanVersion;
import no.sammen.records.CarePlanVersionSummary;
import no.sammen.records.CarePlans;

/** A child's advance care plan: its current version, every earlier one, comparisons, and sign-off. */
@Path("children/{childId}/care-plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "care-plan")
public class CarePlanResource {

    @Inject
    CarePlans carePlans;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The current version of the care plan; 404 if there is none yet")
    public CarePlanVersion current(@PathParam("childId") String childId) {
        return carePlans.current(ChildRef.parse(childId));
    }

    @PUT
    @RolesAllowed("user")
    @Operation(summary = "Write a new version {basedOnVersion, sections, note, audience}: 201 for the first, 200 after "
            + "that; 409 if the plan changed since 'basedOnVersion'")
    public Response revise(@PathParam("childId") String childId, CarePlanChange change) {
        ChildRef child = ChildRef.parse(childId);
        CarePlanVersion written = carePlans.revise(child, change);
        if (written.version() == 1) {
            return Response.created(URI.create("children/" + child.id() + "/care-plan/versions/1"))
                    .entity(written).build();
        }
        return Response.ok(written).build();
    }

    @GET
    @Path("versions")
    @RolesAllowed("user")
    @Operation(summary = "Every version of the care plan, newest first")
    public List<CarePlanVersionSummary> versions(@PathParam("childId") String childId) {
        return carePlans.versions(ChildRef.parse(childId));
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed("user")
    @Operation(summary = "One version of the care plan")
    public CarePlanVersion version(@PathParam("childId") String childId, @PathParam("version") String version) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        int number = values.versionNumber(version, "version");
        values.orThrow();
        return carePlans.version(child, number);
    }

    @GET
    @Path("versions/{from}/diff/{to}")
    @RolesAllowed("user")
    @Operation(summary = "What changed between two versions, section by section")
    public CarePlanDiff diff(@PathParam("childId") String childId, @PathParam("from") String from,
                             @PathParam("to") String to) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        int a = values.versionNumber(from, "from");
        int b = values.versionNumber(to, "to");
        values.orThrow();
        return carePlans.diff(child, a, b);
    }

    @POST
    @Path("versions/{version}/sign-off")
    @RolesAllowed("user")
    @Operation(summary = "Sign off the current version (physicians on the care team); 409 if it is not current")
    public CarePlanVersion signOff(@PathParam("childId") String childId, @PathParam("version") String version) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        int number = values.versionNumber(version, "version");
        values.orThrow();
        return carePlans.signOff(child, number);
    }
}

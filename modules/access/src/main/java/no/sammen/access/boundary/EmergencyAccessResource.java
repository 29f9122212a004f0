package no.sammen.access.boundary;

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

import no.sammen.access.EmergencyAccess;
import no.sammen.access.Emergencies;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.Justification;

/** Emergency access ("break the glass") to a child's record, and the notices of it. */
@Path("children/{childId}/emergency-access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "access")
public class EmergencyAccessResource {

    /** The request: why. */
    public record Request(String reason) {
    }

    @Inject
    Emergencies emergencies;

    @POST
    @RolesAllowed("professional")
    @Operation(summary = "A member of the care team reads the whole record for a limited time; 'reason' is required, "
            + "kept for the audit; the coordinator and the family are notified")
    public Response breakGlass(@PathParam("childId") String childId, Request request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required: say why you need emergency access");
        }
        EmergencyAccess access = emergencies.breakGlass(ChildRef.parse(childId), new Justification(request.reason()));
        return Response.status(Response.Status.CREATED).entity(access).build();
    }

    @GET
    @RolesAllowed("user")
    @Operation(summary = "Emergency accesses to the child's record in the last 30 days (who and when, not why)")
    public List<EmergencyAccess> notices(@PathParam("childId") String childId) {
        return emergencies.notices(ChildRef.parse(childId));
    }
}

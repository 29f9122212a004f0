package no.sammen.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.records.LastVisit;
import no.sammen.records.Timeline;

/** The caller's last visit to a child's record: where their next handover starts. */
@Path("children/{childId}/last-visit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "timeline")
public class LastVisitResource {

    @Inject
    Timeline timeline;

    @PUT
    @RolesAllowed("user")
    @Operation(summary = "Record that the caller has now seen the child's record; the next handover starts now")
    public LastVisit visited(@PathParam("childId") String childId) {
        return timeline.visited(ChildRef.parse(childId));
    }
}

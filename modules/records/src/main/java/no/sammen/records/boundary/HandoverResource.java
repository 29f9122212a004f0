package no.sammen.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.records.Handover;
import no.sammen.records.Timeline;

/** "Since your last visit": what changed for the caller, on one phone screen. Reading it does not mark a visit. */
@Path("children/{childId}/handover")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "timeline")
public class HandoverResource {

    @Inject
    Timeline timeline;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "What changed since the caller's last visit (or in the last 14 days): counts and the newest "
            + "items of reports, out-of-range observations, care-plan changes, the caller's open tasks, task "
            + "changes and team changes, the number of photos and videos added (newMedia), and the number of chat "
            + "messages the caller has not read in the child's threads they take part in, their own not counted "
            + "(unreadMessages: the sum of the chat's unread counts, not limited to the window; 0 when the caller "
            + "may not read the child's chat)")
    public Handover handover(@PathParam("childId") String childId) {
        return timeline.handover(ChildRef.parse(childId));
    }
}

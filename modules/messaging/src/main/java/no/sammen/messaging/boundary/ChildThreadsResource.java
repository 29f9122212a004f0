package no.sammen.messaging.boundary;

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

import no.sammen.messaging.ChatThread;
import no.sammen.messaging.NewThread;
import no.sammen.messaging.Threads;
import no.sammen.platform.ChildRef;

/** A child's threads: those the caller takes part in are listed; a member or the adolescent opens new ones. */
@Path("children/{childId}/threads")
@RequestScoped
@Tag(name = "chat")
public class ChildThreadsResource {

    @Inject
    Threads threads;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The child's threads the caller takes part in, with unread counts",
            description = "The team thread and the family thread exist for every child; group and confidential "
                    + "threads are listed to the people chosen for them only.")
    public List<ChatThread> list(@PathParam("childId") String childId) {
        return threads.list(ChildRef.parse(childId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Open a group thread (a team member) or a confidential thread (the adolescent)",
            description = "kind group or confidential; participants are person ids of care-team members.")
    public Response open(@PathParam("childId") String childId, NewThread thread) {
        ChatThread opened = threads.open(ChildRef.parse(childId), thread);
        return Response.created(URI.create("threads/" + opened.id())).entity(opened).build();
    }
}

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.records.NewTask;
import no.sammen.records.Task;
import no.sammen.records.TaskComment;
import no.sammen.records.Tasks;

/**
 * A child's tasks. A task binds its assignee only after they accept it; only the assignee answers or completes it
 * (others: 403, nothing written), and a transition that does not fit the task's status is a 409 naming the status.
 */
@Path("children/{childId}/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class TasksResource {

    @Inject
    Tasks tasks;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The child's tasks, newest first; 'status' filters (comma-separated: proposed, active, "
            + "declined, done, cancelled). The family sees tasks shared with the family.")
    public List<Task> list(@PathParam("childId") String childId, @QueryParam("status") String status) {
        return tasks.list(ChildRef.parse(childId), status);
    }

    @POST
    @RolesAllowed("user")
    @Operation(summary = "Propose a task to an active member of the care team; it is 'proposed' until they answer")
    public Response propose(@PathParam("childId") String childId, NewTask task) {
        Task created = tasks.propose(ChildRef.parse(childId), task);
        return Response.created(URI.create("children/" + childId + "/tasks/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{taskId}")
    @RolesAllowed("user")
    @Operation(summary = "One task")
    public Task task(@PathParam("childId") String childId, @PathParam("taskId") String taskId) {
        return tasks.task(ChildRef.parse(childId), Ids.parse(taskId, "taskId"));
    }

    @POST
    @Path("{taskId}/accept")
    @RolesAllowed("user")
    @Operation(summary = "The assignee accepts a proposed task, with an optional comment; it becomes 'active'")
    public Task accept(@PathParam("childId") String childId, @PathParam("taskId") String taskId,
                       TaskComment comment) {
        return tasks.accept(ChildRef.parse(childId), Ids.parse(taskId, "taskId"), comment);
    }

    @POST
    @Path("{taskId}/decline")
    @RolesAllowed("user")
    @Operation(summary = "The assignee declines a proposed task; 'comment' is required")
    public Task decline(@PathParam("childId") String childId, @PathParam("taskId") String taskId,
                        TaskComment comment) {
        return tasks.decline(ChildRef.parse(childId), Ids.parse(taskId, "taskId"), comment);
    }

    @POST
    @Path("{taskId}/complete")
    @RolesAllowed("user")
    @Operation(summary = "The assignee marks an active task done")
    public Task complete(@PathParam("childId") String childId, @PathParam("taskId") String taskId) {
        return tasks.complete(ChildRef.parse(childId), Ids.parse(taskId, "taskId"));
    }

    @POST
    @Path("{taskId}/cancel")
    @RolesAllowed("user")
    @Operation(summary = "The task's creator or the coordinator cancels a proposed or active task")
    public Task cancel(@PathParam("childId") String childId, @PathParam("taskId") String taskId) {
        return tasks.cancel(ChildRef.parse(childId), Ids.parse(taskId, "taskId"));
    }
}

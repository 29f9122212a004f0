package no.sammen.messaging.boundary;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import no.sammen.messaging.ChatThread;
import no.sammen.messaging.LiveTicket;
import no.sammen.messaging.Message;
import no.sammen.messaging.MessagePage;
import no.sammen.messaging.MessageVersion;
import no.sammen.messaging.Messages;
import no.sammen.messaging.NewMessage;
import no.sammen.messaging.Receipt;
import no.sammen.messaging.ThreadChange;
import no.sammen.messaging.Threads;
import no.sammen.messaging.control.ThreadDirectory;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/**
 * A thread by its id: the thread, its messages by event number (a client asks for what changed after the last event
 * it saw), read receipts and the live-feed ticket. A thread the caller does not take part in answers 404 like one
 * that does not exist.
 */
@Path("threads/{threadId}")
@RequestScoped
@Tag(name = "chat")
public class ThreadResource {

    @Inject
    Threads threads;

    @Inject
    Messages messages;

    @Inject
    ThreadDirectory directory;

    /** A read receipt: the caller has read the thread up to message {@code upTo}. */
    public record ReadUpTo(Long upTo) {
    }

    /** A new body for a message. */
    public record Edit(String body) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "One thread, with its participants and the caller's unread counts")
    public ChatThread thread(@PathParam("threadId") String threadId) {
        UUID id = Ids.parse(threadId, "threadId");
        return threads.thread(child(id), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Take the guardians into the team thread or out of it (a guardian or the coordinator)")
    public ChatThread change(@PathParam("threadId") String threadId, ThreadChange change) {
        UUID id = Ids.parse(threadId, "threadId");
        return threads.change(child(id), id, change);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Mark the thread read up to a message position (a read receipt)")
    public Response read(@PathParam("threadId") String threadId, ReadUpTo read) {
        UUID id = Ids.parse(threadId, "threadId");
        if (read == null || read.upTo() == null) {
            throw new InvalidInputException("upTo", "the position of the last message read");
        }
        threads.markRead(child(id), id, read.upTo());
        return Response.noContent().build();
    }

    @GET
    @Path("receipts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "How far each participant has read the thread")
    public List<Receipt> receipts(@PathParam("threadId") String threadId) {
        UUID id = Ids.parse(threadId, "threadId");
        return threads.receipts(child(id), id);
    }

    @POST
    @Path("live-ticket")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "A single-use ticket (30 s) that opens the thread's live feed",
            description = "Connect to /ws/threads/{threadId}?after=N&ticket=T (see docs/messaging-protocol.md).")
    public LiveTicket liveTicket(@PathParam("threadId") String threadId) {
        UUID id = Ids.parse(threadId, "threadId");
        return threads.liveTicket(child(id), id);
    }

    @GET
    @Path("messages")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Messages changed after an event (posted, edited or deleted), in event order",
            description = "after: the highest eventSeq the client has (default 0); limit 1 to 500 (default 100). "
                    + "more tells whether to ask again after lastEventSeq.")
    public MessagePage after(@PathParam("threadId") String threadId, @QueryParam("after") String after,
                             @QueryParam("limit") String limit) {
        UUID id = Ids.parse(threadId, "threadId");
        long from = after == null || after.isBlank() ? 0 : number(after, "after");
        Integer max = limit == null || limit.isBlank() ? null : (int) number(limit, "limit");
        return messages.after(child(id), id, from, max);
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Post a message (up to 64 000 characters), stored before the answer",
            description = "Optional references [{kind: report|care-plan-version|media, id}], mentions [personId] "
                    + "and clientKey (uuid): posting again with the same clientKey returns the same message.")
    public Response post(@PathParam("threadId") String threadId, NewMessage message) {
        UUID id = Ids.parse(threadId, "threadId");
        Message posted = messages.post(child(id), id, message);
        return Response.created(URI.create("threads/" + id + "/messages/" + posted.id())).entity(posted).build();
    }

    @PUT
    @Path("messages/{messageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Edit one's own message; the earlier text is kept as a version")
    public Message edit(@PathParam("threadId") String threadId, @PathParam("messageId") String messageId,
                        Edit edit) {
        UUID id = Ids.parse(threadId, "threadId");
        return messages.edit(child(id), id, Ids.parse(messageId, "messageId"), edit == null ? null : edit.body());
    }

    @GET
    @Path("messages/{messageId}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The earlier texts of an edited message, oldest first")
    public List<MessageVersion> versions(@PathParam("threadId") String threadId,
                                         @PathParam("messageId") String messageId) {
        UUID id = Ids.parse(threadId, "threadId");
        return messages.versions(child(id), id, Ids.parse(messageId, "messageId"));
    }

    @DELETE
    @Path("messages/{messageId}")
    @RolesAllowed("user")
    @Operation(summary = "Delete one's own message: it stays in the thread marked deleted, without its text")
    public Response delete(@PathParam("threadId") String threadId, @PathParam("messageId") String messageId) {
        UUID id = Ids.parse(threadId, "threadId");
        messages.delete(child(id), id, Ids.parse(messageId, "messageId"));
        return Response.noContent().build();
    }

    @POST
    @Path("video-call")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Start a video call: posts a link to a new meeting at the configured provider")
    public Response videoCall(@PathParam("threadId") String threadId) {
        UUID id = Ids.parse(threadId, "threadId");
        Message posted = messages.videoCall(child(id), id);
        return Response.created(URI.create("threads/" + id + "/messages/" + posted.id())).entity(posted).build();
    }

    private ChildRef child(UUID threadId) {
        return directory.childOf(threadId);
    }

    private static long number(String value, String field) {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be a whole number (0 or more)");
    }
}

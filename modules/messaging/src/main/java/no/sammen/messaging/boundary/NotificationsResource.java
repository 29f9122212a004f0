package no.sammen.messaging.boundary;

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

import no.sammen.messaging.Notification;
import no.sammen.messaging.Notifications;
import no.sammen.platform.Ids;

/** The caller's own notifications of new messages and mentions, and where their e-mail notices go. */
@Path("notifications")
@RequestScoped
@Tag(name = "chat")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    /** The address for e-mail notices; {@code null} or empty removes it. */
    public record NoticeAddress(String address) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The caller's latest notifications (new message, mention), newest first")
    public List<Notification> mine() {
        return notifications.mine();
    }

    @POST
    @Path("{notificationId}/read")
    @RolesAllowed("user")
    @Operation(summary = "Mark a notification read")
    public Response read(@PathParam("notificationId") String notificationId) {
        notifications.markRead(Ids.parse(notificationId, "notificationId"));
        return Response.noContent().build();
    }

    @PUT
    @Path("email")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Where e-mail notices go (\"you have a new message in Sammen\", never the content)",
            description = "Sent only where the operator configured a mail session.")
    public Response noticeAddress(NoticeAddress address) {
        notifications.noticeAddress(address == null ? null : address.address());
        return Response.noContent().build();
    }
}

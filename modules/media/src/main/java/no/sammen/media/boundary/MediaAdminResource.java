package no.sammen.media.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.media.MediaOperations;

/** Operating the media store (ADR 0024): administrators only, each call in the audit trail. */
@Path("admin/media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "media")
public class MediaAdminResource {

    @Inject
    MediaOperations operations;

    @POST
    @Path("sweep")
    @RolesAllowed("admin")
    @Operation(summary = "Remove abandoned uploads now (the schedule does it every sammen.media.sweep-interval)",
            description = "Uploads nothing arrived for during sammen.media.upload-expiry: parts, then rows. "
                    + "ran=false if another instance was sweeping.")
    public MediaOperations.Sweep sweep() {
        return operations.sweepAbandonedUploads();
    }

    @POST
    @Path("rewrap")
    @RolesAllowed("admin")
    @Operation(summary = "Re-wrap every object's data key under the current master key (key rotation)",
            description = "Content is not re-encrypted: each object gets a new header and its chunks are copied "
                    + "unchanged. Idempotent; run it after changing sammen.media.master-key-id, then remove the old "
                    + "key from sammen.media.master-keys.")
    public MediaOperations.Rewrap rewrap() {
        return operations.rewrapUnderCurrentKey();
    }
}

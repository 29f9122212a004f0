package no.sammen.media.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.media.MediaChange;
import no.sammen.media.MediaContent;
import no.sammen.media.MediaItem;
import no.sammen.media.MediaLibrary;
import no.sammen.media.MediaPage;
import no.sammen.media.RangeNotSatisfiableException;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;

/**
 * A child's photos and videos. Access is the façade's: a child the caller is not related to answers 404, and to the
 * family an item meant for the team only does not exist. Content answers carry the sniffed type, {@code nosniff},
 * {@code no-store} and a {@code Content-Disposition} no name can inject into; ranges let a video seek.
 */
@Path("children/{childId}/media")
@RequestScoped
@Tag(name = "media")
public class MediaResource {

    @Inject
    MediaLibrary library;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The child's photos and videos, newest taken first",
            description = "Filter with tag=<tag>; limit 1 to 100 (default 24); pass nextCursor as cursor for the "
                    + "next page. total counts what the caller sees with this filter.")
    public MediaPage list(@PathParam("childId") String childId, @QueryParam("tag") String tag,
                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return library.list(ChildRef.parse(childId), tag, limit, cursor);
    }

    @GET
    @Path("tags")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The tag vocabulary offered first (any other tag of 1-40 letters, digits or dashes is "
            + "allowed too)")
    public List<String> vocabulary(@PathParam("childId") String childId) {
        return library.vocabulary(ChildRef.parse(childId));
    }

    @GET
    @Path("{mediaId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "A photo or video: description, tags, who took it and when, audience")
    public MediaItem item(@PathParam("childId") String childId, @PathParam("mediaId") String mediaId) {
        return library.item(ChildRef.parse(childId), Ids.parse(mediaId, "mediaId"));
    }

    @PATCH
    @Path("{mediaId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Change the description, tags (replacing all), audience or when it was taken",
            description = "Members absent or null stay as they are.")
    public MediaItem change(@PathParam("childId") String childId, @PathParam("mediaId") String mediaId,
                            MediaChange change) {
        return library.change(ChildRef.parse(childId), Ids.parse(mediaId, "mediaId"), change);
    }

    @GET
    @Path("{mediaId}/content")
    @RolesAllowed("user")
    @Operation(summary = "The photo or video itself; a Range (bytes=a-b, a-, -n) answers 206 with that part",
            description = "Accept-Ranges: bytes. If-Range with the ETag: the range only if the content is unchanged. "
                    + "416 with Content-Range: bytes */length for a range outside the content.")
    public Response content(@PathParam("childId") String childId, @PathParam("mediaId") String mediaId,
                            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange) {
        ChildRef child = ChildRef.parse(childId);
        var id = Ids.parse(mediaId, "mediaId");
        String wanted = range;
        if (ifRange != null && range != null && !ifRange.strip().equals("\"" + id + "\"")) {
            wanted = null;
        }
        try {
            return send(library.content(child, id, wanted), "inline", "media");
        } catch (RangeNotSatisfiableException e) {
            return Response.status(416).header("Content-Range", "bytes */" + e.total())
                    .header("Cache-Control", "no-store").build();
        }
    }

    @GET
    @Path("{mediaId}/thumbnail")
    @RolesAllowed("user")
    @Operation(summary = "A small JPEG preview (a video's poster frame where one could be made); 404 if none")
    public Response thumbnail(@PathParam("childId") String childId, @PathParam("mediaId") String mediaId) {
        return send(library.thumbnail(ChildRef.parse(childId), Ids.parse(mediaId, "mediaId")), "inline",
                "thumbnail.jpg");
    }

    private static Response send(MediaContent content, String disposition, String fallbackName) {
        StreamingOutput body = content.body()::writeTo;
        Response.ResponseBuilder answer = Response.status(content.partial() ? 206 : 200)
                .entity(body)
                .type(content.contentType())
                .header("Content-Length", Math.max(0, content.length()))
                .header("Accept-Ranges", "bytes")
                .header("ETag", content.etag())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", ContentDisposition.of(disposition, content.fileName(), fallbackName));
        if (content.partial()) {
            answer.header("Content-Range", "bytes " + content.from() + "-" + content.to() + "/" + content.total());
        }
        return answer.build();
    }
}

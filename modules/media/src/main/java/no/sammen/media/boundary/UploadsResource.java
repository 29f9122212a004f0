package no.sammen.media.boundary;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.media.ChecksumMismatchException;
import no.sammen.media.MediaUploads;
import no.sammen.media.NewUpload;
import no.sammen.media.UploadStatus;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/**
 * The tus 1.0.0 resumable upload protocol (core, creation, termination, checksum with sha1) for a child's photos and
 * videos (ADR 0018). {@code Upload-Metadata} keys: {@code filename}, {@code description}, {@code audience},
 * {@code tags} (comma-separated) and {@code takenAt}; the file's type is never taken from them.
 */
@Path("children/{childId}/media/uploads")
@RequestScoped
@Tag(name = "media")
public class UploadsResource {

    static final String TUS_VERSION = "1.0.0";
    static final String OFFSET_STREAM = "application/offset+octet-stream";

    @Inject
    MediaUploads uploads;

    @OPTIONS
    @RolesAllowed("user")
    @Operation(summary = "tus discovery: the protocol version and extensions this server supports")
    public Response options(@PathParam("childId") String childId) {
        return tus(Response.noContent())
                .header("Tus-Version", TUS_VERSION)
                .header("Tus-Extension", "creation,termination,checksum")
                .header("Tus-Checksum-Algorithm", "sha1")
                .build();
    }

    @POST
    @RolesAllowed("user")
    @Operation(summary = "Start a resumable upload (tus creation)",
            description = "Headers: Tus-Resumable: 1.0.0, Upload-Length (bytes), Upload-Metadata (tus encoding; keys "
                    + "filename, description, audience = team | team-and-family, tags, takenAt). 201 with the "
                    + "upload's Location. 413 names the limit exceeded (sammen.media.max-bytes or the child's quota).")
    public Response create(@PathParam("childId") String childId, @HeaderParam("Tus-Resumable") String resumable,
                           @HeaderParam("Upload-Length") String length,
                           @HeaderParam("Upload-Metadata") String metadata) {
        Response refused = checkVersion(resumable);
        if (refused != null) {
            return refused;
        }
        Map<String, String> meta = metadata(metadata);
        List<String> tags = new ArrayList<>();
        if (meta.get("tags") != null) {
            tags.addAll(List.of(meta.get("tags").split(",")));
        }
        UploadStatus status = uploads.start(ChildRef.parse(childId), new NewUpload(parseLength(length),
                meta.get("filename"), meta.get("description"), meta.get("audience"), tags, meta.get("takenAt")));
        return tus(Response.status(201))
                .header("Location", "/api/children/" + childId + "/media/uploads/" + status.id())
                .header("Upload-Offset", 0)
                .build();
    }

    @HEAD
    @Path("{uploadId}")
    @RolesAllowed("user")
    @Operation(summary = "How many bytes of the upload arrived (tus offset): where a dropped upload resumes")
    public Response offset(@PathParam("childId") String childId, @PathParam("uploadId") String uploadId,
                           @HeaderParam("Tus-Resumable") String resumable) {
        Response refused = checkVersion(resumable);
        if (refused != null) {
            return refused;
        }
        UploadStatus status = uploads.status(ChildRef.parse(childId), Ids.parse(uploadId, "uploadId"));
        return tus(Response.ok())
                .header("Upload-Offset", status.offset())
                .header("Upload-Length", status.length())
                .build();
    }

    @PATCH
    @Path("{uploadId}")
    @Consumes(OFFSET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Append bytes at Upload-Offset (tus core)",
            description = "Content-Type application/offset+octet-stream; Upload-Offset must equal the bytes received "
                    + "(409 otherwise); optional Upload-Checksum: sha1 <base64> (460 on mismatch). 204 with the new "
                    + "Upload-Offset; the last bytes answer 200 with the new item, or refuse the whole upload "
                    + "(400 naming 'file', 413 naming the limit) and keep nothing of it.")
    public Response append(@PathParam("childId") String childId, @PathParam("uploadId") String uploadId,
                           @HeaderParam("Tus-Resumable") String resumable,
                           @HeaderParam("Upload-Offset") String offset,
                           @HeaderParam("Upload-Checksum") String checksum, InputStream body) {
        Response refused = checkVersion(resumable);
        if (refused != null) {
            return refused;
        }
        long at;
        try {
            at = Long.parseLong(offset == null ? "" : offset.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Upload-Offset", "must be a whole number of bytes");
        }
        UploadStatus status;
        try {
            status = uploads.append(ChildRef.parse(childId), Ids.parse(uploadId, "uploadId"), at, body, checksum);
        } catch (ChecksumMismatchException e) {
            return tus(Response.status(460)).type("application/problem+json")
                    .entity("{\"type\":\"about:blank\",\"title\":\"Checksum Mismatch\",\"status\":460}").build();
        }
        Response.ResponseBuilder answer = status.item() != null
                ? Response.ok(status.item(), MediaType.APPLICATION_JSON)
                        .header("Content-Location", status.item().link())
                : Response.noContent();
        return tus(answer).header("Upload-Offset", status.offset()).build();
    }

    @DELETE
    @Path("{uploadId}")
    @RolesAllowed("user")
    @Operation(summary = "Abandon an upload (tus termination): its bytes and state are deleted")
    public Response terminate(@PathParam("childId") String childId, @PathParam("uploadId") String uploadId,
                              @HeaderParam("Tus-Resumable") String resumable) {
        Response refused = checkVersion(resumable);
        if (refused != null) {
            return refused;
        }
        uploads.cancel(ChildRef.parse(childId), Ids.parse(uploadId, "uploadId"));
        return tus(Response.noContent()).build();
    }

    private static Response.ResponseBuilder tus(Response.ResponseBuilder builder) {
        return builder.header("Tus-Resumable", TUS_VERSION).header("Cache-Control", "no-store");
    }

    /** tus: a request with another protocol version is answered 412 with the versions supported. */
    private static Response checkVersion(String resumable) {
        if (resumable != null && !TUS_VERSION.equals(resumable.strip())) {
            return tus(Response.status(412)).header("Tus-Version", TUS_VERSION).build();
        }
        return null;
    }

    static long parseLength(String length) {
        if (length == null || length.isBlank()) {
            throw new InvalidInputException("Upload-Length", "is required (deferred lengths are not supported)");
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Upload-Length", "must be a whole number of bytes");
        }
    }

    /** tus metadata: comma-separated {@code key base64value} pairs. */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.strip().split(" ", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            try {
                values.put(kv[0], kv.length > 1 ? new String(Base64.getDecoder().decode(kv[1].strip()),
                        StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Upload-Metadata", "the value of '" + kv[0].replaceAll("[^A-Za-z0-9]",
                        "?") + "' is not base64");
            }
        }
        return values;
    }
}

package no.sammen.media.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.media.KnowMe;
import no.sammen.media.KnowMeChange;
import no.sammen.media.KnowMePage;
import no.sammen.media.KnowMeVersion;
import no.sammen.platform.ChildRef;
import no.sammen.platform.InvalidInputException;

/**
 * The child's "Know me" page (ADR 0023). Access is the façade's: the know-me category for the text, the media rule
 * for the photos and videos on it.
 */
@Path("children/{childId}/know-me")
@RequestScoped
@Tag(name = "know-me")
public class KnowMeResource {

    @Inject
    KnowMe knowMe;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "The newest version of the child's Know me page",
            description = "Sections in order, each with title, text, the photos and videos the caller may see "
                    + "(content at their link + /content, previews at + /thumbnail) and 'withheld': how many attached "
                    + "items the media access rule does not release to the caller. Version 0 with no sections if "
                    + "nobody has written the page.")
    public KnowMePage page(@PathParam("childId") String childId) {
        return knowMe.page(ChildRef.parse(childId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Write a new version of the whole page {basedOnVersion, sections: [{title, text, media}]}",
            description = "basedOnVersion must be the newest version (0 for the first), otherwise 409 and nothing is "
                    + "written. Titles are unique on the page; media are ids of the child's photos and videos the "
                    + "writer sees. Answers the page as written. 400 names the field (e.g. sections[2].title).")
    public KnowMePage change(@PathParam("childId") String childId, KnowMeChange change) {
        ChildRef child = ChildRef.parse(childId);
        knowMe.change(child, change);
        return knowMe.page(child);
    }

    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "Every version, newest first: who wrote it, when, and the sections it added, changed, "
            + "removed or reordered")
    public List<KnowMeVersion> versions(@PathParam("childId") String childId) {
        return knowMe.versions(ChildRef.parse(childId));
    }

    @GET
    @Path("versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("user")
    @Operation(summary = "One version as it was written")
    public KnowMePage version(@PathParam("childId") String childId, @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be a version number");
        }
        return knowMe.version(ChildRef.parse(childId), number);
    }
}

package no.sammen.access.boundary;

import java.util.List;

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

import no.sammen.access.CategoryView;
import no.sammen.access.Previews;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;

/** "What does this person see?" for the family. */
@Path("children/{childId}/preview/{personId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access")
public class PreviewResource {

    @Inject
    Previews previews;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "Per category, what a member of the care team would see and write, as far as the asking "
            + "family member may see it themself")
    public List<CategoryView> asMember(@PathParam("childId") String childId, @PathParam("personId") String personId) {
        return previews.asMember(ChildRef.parse(childId), Ids.parse(personId, "personId"));
    }
}

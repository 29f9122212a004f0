package no.sammen.records.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.records.Timeline;
import no.sammen.records.TimelinePage;

/**
 * A child's timeline: the events of every part of the record, newest first, a page at a time. Query parameters stay
 * strings here, so that a malformed one is a 400 naming it rather than the runtime's bare 404.
 */
@Path("children/{childId}/timeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "timeline")
public class TimelineResource {

    @Inject
    Timeline timeline;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The child's events, newest first: 'category' filters (comma-separated), 'limit' 1-200 "
            + "(default 50), 'cursor' is the previous page's nextCursor")
    public TimelinePage events(@PathParam("childId") String childId, @QueryParam("category") String category,
                               @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return timeline.events(ChildRef.parse(childId), category, limit, cursor);
    }
}

package no.sammen.records.boundary;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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

import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.records.AudienceChange;
import no.sammen.records.NewObservation;
import no.sammen.records.Observation;
import no.sammen.records.ObservationQuery;
import no.sammen.records.ObservationSeries;
import no.sammen.records.Observations;

/**
 * A child's observations. The body of a new observation is read as JSON-P, so that a value of the wrong type (a
 * text where a number belongs) is refused naming its field.
 */
@Path("children/{childId}/observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "observations")
public class ObservationsResource {

    @Inject
    Observations observations;

    @POST
    @RolesAllowed("user")
    @Operation(summary = "Record an observation {kind, value, observedAt, audience, note}; flagged when out of its "
            + "reference range")
    public Response record(@PathParam("childId") String childId, JsonObject body) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        var observation = new NewObservation(values.string(body, "kind"), values.number(body, "value"),
                values.instant(body, "observedAt"), values.string(body, "audience"), values.string(body, "note"));
        values.orThrow();
        Observation recorded = observations.record(child, observation);
        return Response.created(URI.create("children/" + child.id() + "/observations/" + recorded.id()))
                .entity(recorded).build();
    }

    /** Keeps an observation from the guardians, as {@code PUT …/reports/{id}/audience} does for a report. */
    @PUT
    @Path("{observationId}/audience")
    @RolesAllowed("user")
    @Operation(summary = "Keep an observation from the guardians (body {\"audience\": \"team-and-child\"}; "
            + "never widened)")
    public Observation narrow(@PathParam("childId") String childId,
                              @PathParam("observationId") String observationId, AudienceChange change) {
        return observations.narrow(ChildRef.parse(childId), Ids.parse(observationId, "observationId"), change);
    }

    @GET
    @RolesAllowed("user")
    @Operation(summary = "Observations, newest first, optionally of one kind and between two times")
    public List<Observation> list(@PathParam("childId") String childId, @QueryParam("kind") String kind,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") String limit) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        var query = new ObservationQuery(kind == null || kind.isBlank() ? null : kind, values.instant(from, "from"),
                values.instant(to, "to"), values.integer(limit, "limit"));
        values.orThrow();
        return observations.list(child, query);
    }

    @GET
    @Path("series")
    @RolesAllowed("user")
    @Operation(summary = "One kind's values over the last days (30 by default), with its reference range and trend")
    public ObservationSeries series(@PathParam("childId") String childId, @QueryParam("kind") String kind,
                                    @QueryParam("days") String days) {
        ChildRef child = ChildRef.parse(childId);
        RequestValues values = new RequestValues();
        Integer window = values.integer(days, "days");
        values.orThrow();
        return observations.series(child, kind == null || kind.isBlank() ? null : kind, window);
    }
}

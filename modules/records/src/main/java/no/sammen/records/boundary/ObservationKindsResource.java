package no.sammen.records.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.records.ObservationKind;
import no.sammen.records.Observations;

/** The kinds of observation: the same for every child, so not under a child's address. */
@Path("observation-kinds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "observations")
public class ObservationKindsResource {

    @Inject
    Observations observations;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The kinds of observation with their units, possible bounds and reference ranges")
    public List<ObservationKind> kinds() {
        return observations.kinds();
    }
}

package no.sammen.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.Caller;

/** Who am I: the signed-in person, as Sammen knows them for this request. */
@Path("me")
@RequestScoped
@Tag(name = "identity")
public class MeResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed("user")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in person", description = "Works with a browser session or a bearer access token.")
    public Me me() {
        return new Me(caller.personId().toString(), caller.displayName(), caller.kind().apiName(),
                caller.professions(), caller.hprNumber(), caller.acr(), caller.issuer());
    }
}

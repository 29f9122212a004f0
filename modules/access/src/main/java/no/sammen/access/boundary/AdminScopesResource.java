package no.sammen.access.boundary;

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

import no.sammen.access.Scope;
import no.sammen.access.ScopeChange;
import no.sammen.access.Scopes;

/** Profession scopes, for administrators: every change is a version, in force from the next request. */
@Path("admin/scopes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
public class AdminScopesResource {

    @Inject
    Scopes scopes;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Every profession's scope in force: per category the fields read and written ('*': all)")
    public List<Scope> all() {
        return scopes.all();
    }

    @GET
    @Path("{profession}/versions")
    @RolesAllowed("admin")
    @Operation(summary = "Every version of a profession's scope, oldest first")
    public List<Scope> history(@PathParam("profession") String profession) {
        return scopes.history(profession);
    }

    @PUT
    @Path("{profession}")
    @RolesAllowed("admin")
    @Operation(summary = "Set a profession's scope whole: {basedOnVersion, categories: {category: {read, write}}}")
    public Scope change(@PathParam("profession") String profession, ScopeChange change) {
        return scopes.change(profession, change);
    }
}

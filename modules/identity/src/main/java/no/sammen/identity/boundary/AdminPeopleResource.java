package no.sammen.identity.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.identity.NationalId;
import no.sammen.identity.RoleHolder;
import no.sammen.identity.Roles;
import no.sammen.platform.Ids;
import no.sammen.platform.InvalidInputException;

/**
 * People's assigned roles, for administrators. The national identity number travels in the body only (never in a
 * URL, where proxies and logs would keep it) and is never answered.
 */
@Path("admin/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
public class AdminPeopleResource {

    /** A grant by national identity number: {@code roles} is the whole set the person is to hold. */
    public record RoleGrant(String nationalId, String name, List<String> roles) {
    }

    /** The whole set of roles a known person is to hold; empty takes every assigned role away. */
    public record RoleSet(List<String> roles) {
    }

    @Inject
    Roles roles;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Everyone holding an assigned role or administering Sammen (?role=…: only that role's "
            + "holders), with the roles that may be assigned")
    public RoleList holders(@QueryParam("role") String role) {
        return new RoleList(roles.assignable(), roles.holders(role == null || role.isBlank() ? null : role));
    }

    @PUT
    @Path("roles")
    @RolesAllowed("admin")
    @Operation(summary = "Set a person's roles whole by national identity number: {nationalId, name, roles}; "
            + "someone who has never signed in is registered under the name and holds the roles from their first "
            + "sign-in")
    public RoleHolder grant(RoleGrant grant) {
        if (grant == null) {
            throw new InvalidInputException("nationalId", "is required");
        }
        return roles.grant(NationalId.parse(grant.nationalId(), "nationalId"), grant.name(), grant.roles());
    }

    @PUT
    @Path("{personId}/roles")
    @RolesAllowed("admin")
    @Operation(summary = "Set a known person's roles whole: {roles}; an empty list takes every assigned role away")
    public RoleHolder assign(@PathParam("personId") String personId, RoleSet set) {
        return roles.assign(Ids.parse(personId, "personId"), set == null ? null : set.roles());
    }

    /**
     * The role list.
     *
     * @param assignable the roles an administrator may assign
     * @param holders    who holds them
     */
    public record RoleList(List<String> assignable, List<RoleHolder> holders) {
    }
}

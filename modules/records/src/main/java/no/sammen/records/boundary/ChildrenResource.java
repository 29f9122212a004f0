package no.sammen.records.boundary;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;
import no.sammen.records.ChildProfile;
import no.sammen.records.ChildSummary;
import no.sammen.records.Children;
import no.sammen.records.FamilyMember;
import no.sammen.records.NewChild;
import no.sammen.records.NewGuardian;
import no.sammen.records.NewMember;
import no.sammen.records.ProfileChange;
import no.sammen.records.TeamMember;

/**
 * Children, their care teams and families. A child the caller has no relation to answers 404, exactly like one that
 * does not exist.
 */
@Path("children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "children")
public class ChildrenResource {

    /** The end of a membership. */
    public record MembershipEnd(java.time.LocalDate to) {
    }

    @Inject
    Children children;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The children the caller is related to today")
    public List<ChildSummary> mine() {
        return children.mine();
    }

    @POST
    @RolesAllowed("coordinator")
    @Operation(summary = "Register a child (coordinators); the caller becomes the care team's coordinator")
    public Response register(NewChild child) {
        ChildSummary created = children.register(child);
        return Response.created(URI.create("children/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{childId}")
    @RolesAllowed("user")
    @Operation(summary = "The child's profile: identity, contacts, diagnoses, medications")
    public ChildProfile profile(@PathParam("childId") String childId) {
        return children.profile(ChildRef.parse(childId));
    }

    @PUT
    @Path("{childId}")
    @RolesAllowed("user")
    @Operation(summary = "Change the profile; 'version' must be the version read, or 409")
    public ChildProfile changeProfile(@PathParam("childId") String childId, ProfileChange change) {
        return children.changeProfile(ChildRef.parse(childId), change);
    }

    @GET
    @Path("{childId}/care-team")
    @RolesAllowed("user")
    @Operation(summary = "The care team, current members first")
    public List<TeamMember> team(@PathParam("childId") String childId) {
        return children.team(ChildRef.parse(childId));
    }

    @POST
    @Path("{childId}/care-team")
    @RolesAllowed("user")
    @Operation(summary = "Add a member (the team's coordinator)")
    public Response addMember(@PathParam("childId") String childId, NewMember member) {
        TeamMember added = children.addMember(ChildRef.parse(childId), member);
        return Response.created(URI.create("children/" + childId + "/care-team/" + added.id())).entity(added).build();
    }

    @PATCH
    @Path("{childId}/care-team/{membershipId}")
    @RolesAllowed("user")
    @Operation(summary = "End a membership on a day (today if none is given)")
    public TeamMember endMembership(@PathParam("childId") String childId,
                                    @PathParam("membershipId") String membershipId, MembershipEnd end) {
        return children.endMembership(ChildRef.parse(childId), Ids.parse(membershipId, "membershipId"),
                end == null ? null : end.to());
    }

    @GET
    @Path("{childId}/family")
    @RolesAllowed("user")
    @Operation(summary = "The child and the guardians")
    public List<FamilyMember> family(@PathParam("childId") String childId) {
        return children.family(ChildRef.parse(childId));
    }

    @POST
    @Path("{childId}/family")
    @RolesAllowed("user")
    @Operation(summary = "Add a guardian by national identity number (the team's coordinator)")
    public Response addGuardian(@PathParam("childId") String childId, NewGuardian guardian) {
        FamilyMember added = children.addGuardian(ChildRef.parse(childId), guardian);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}

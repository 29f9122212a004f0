package no.sammen.consent.boundary;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import no.sammen.consent.Consent;
import no.sammen.consent.ConsentChange;
import no.sammen.consent.Consents;
import no.sammen.consent.FamilyChoice;
import no.sammen.consent.NewConsent;
import no.sammen.platform.ChildRef;
import no.sammen.platform.Ids;

/**
 * A child's consents. The family and the team read them; the guardians (the adolescent from the health-law age)
 * grant, narrow and revoke them. A change holds from the recipient's very next request.
 */
@Path("children/{childId}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "consents")
public class ConsentsResource {

    @Inject
    Consents consents;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "The child's consents, in force first, each with its history")
    public List<Consent> list(@PathParam("childId") String childId) {
        return consents.list(ChildRef.parse(childId));
    }

    @POST
    @RolesAllowed("user")
    @Operation(summary = "Grant a consent: recipient {kind: person|profession|organisation, value}, categories, "
            + "purpose, from, to. Pending until the other guardian approves when both must agree.")
    public Response grant(@PathParam("childId") String childId, NewConsent consent) {
        Consent granted = consents.grant(ChildRef.parse(childId), consent);
        return Response.created(URI.create("children/" + childId + "/consents/" + granted.id())).entity(granted)
                .build();
    }

    @PATCH
    @Path("{consentId}")
    @RolesAllowed("user")
    @Operation(summary = "Narrow a consent: fewer categories, an earlier end, another purpose; names basedOnVersion")
    public Consent narrow(@PathParam("childId") String childId, @PathParam("consentId") String consentId,
                          ConsentChange change) {
        return consents.narrow(ChildRef.parse(childId), Ids.parse(consentId, "consentId"), change);
    }

    @POST
    @Path("{consentId}/approve")
    @RolesAllowed("user")
    @Operation(summary = "The other guardian approves a pending grant")
    public Consent approve(@PathParam("childId") String childId, @PathParam("consentId") String consentId) {
        return consents.approve(ChildRef.parse(childId), Ids.parse(consentId, "consentId"));
    }

    @DELETE
    @Path("{consentId}")
    @RolesAllowed("user")
    @Operation(summary = "Revoke a consent with immediate effect (its history stays)")
    public Consent revoke(@PathParam("childId") String childId, @PathParam("consentId") String consentId) {
        return consents.revoke(ChildRef.parse(childId), Ids.parse(consentId, "consentId"));
    }

    @GET
    @Path("family-choice")
    @RolesAllowed("user")
    @Operation(summary = "What the family chose to see itself: the data categories shown to the guardians")
    public FamilyChoice familyChoice(@PathParam("childId") String childId) {
        return consents.familyChoice(ChildRef.parse(childId));
    }

    @PUT
    @Path("family-choice")
    @RolesAllowed("user")
    @Operation(summary = "Choose what the guardians are shown: {guardiansSee: [categories], basedOnVersion}")
    public FamilyChoice chooseForFamily(@PathParam("childId") String childId, FamilyChoice choice) {
        return consents.chooseForFamily(ChildRef.parse(childId), choice);
    }
}

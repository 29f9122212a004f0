package no.sammen.audit.boundary;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.audit.AuditEntry;
import no.sammen.audit.AuditQuery;
import no.sammen.audit.AuditTrail;
import no.sammen.audit.Verification;
import no.sammen.audit.control.FhirAuditEvents;

/**
 * The administrators' and the data protection officer's view of the audit trail: search, export and verification for
 * both; sealing for administrators.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    static final String NDJSON = "application/fhir+ndjson";

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed({"admin", "dpo"})
    @Operation(summary = "Search the trail by person, child and time range, newest first",
            description = "person=<id>, child=<id>, from/to=<instant> (to is exclusive), limit 1 to 1000 "
                    + "(default 100). Archived entries are included.")
    public List<AuditEntry> search(@QueryParam("person") String person, @QueryParam("child") String child,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("limit") String limit) {
        return trail.search(query(person, child, from, to, limit));
    }

    @GET
    @Path("export")
    @Produces({"application/fhir+json", MediaType.APPLICATION_JSON, NDJSON})
    @RolesAllowed({"admin", "dpo"})
    @Operation(summary = "The same search as FHIR R4 AuditEvent resources",
            description = "format=ndjson (or Accept: application/fhir+ndjson) gives one AuditEvent per line; "
                    + "otherwise a Bundle of type collection.")
    public Response export(@QueryParam("person") String person, @QueryParam("child") String child,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("limit") String limit, @QueryParam("format") String format,
                           @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        List<AuditEntry> entries = trail.search(query(person, child, from, to, limit));
        if ("ndjson".equals(format) || (format == null && accept != null && accept.contains(NDJSON))) {
            String lines = entries.stream().map(FhirAuditEvents::auditEvent).map(JsonObject::toString)
                    .collect(Collectors.joining("\n", "", entries.isEmpty() ? "" : "\n"));
            return Response.ok(lines, NDJSON).build();
        }
        return Response.ok(FhirAuditEvents.bundle(entries).toString(), "application/fhir+json").build();
    }

    @GET
    @Path("verify")
    @RolesAllowed({"admin", "dpo"})
    @Operation(summary = "Check every chain and signed checkpoint; reports the first broken link",
            description = "intact=false with firstBroken naming the chain, position and problem when an entry or "
                    + "checkpoint was changed, removed or inserted. unsealedEntries came after the last checkpoint.")
    public Verification verify() {
        return trail.verify();
    }

    @POST
    @Path("checkpoints")
    @RolesAllowed("admin")
    @Operation(summary = "Write a signed checkpoint now (the schedule writes one every few minutes)")
    public Response seal() {
        return Response.ok(jakarta.json.Json.createObjectBuilder()
                .add("checkpoint", trail.seal().map(String::valueOf).orElse("unchanged")).build().toString())
                .build();
    }

    private static AuditQuery query(String person, String child, String from, String to, String limit) {
        return new AuditQuery(QueryValues.id(person, "person"), QueryValues.id(child, "child"),
                QueryValues.instant(from, "from"), QueryValues.instant(to, "to"), QueryValues.number(limit, "limit"));
    }
}

package no.sammen.audit.boundary;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.sammen.audit.AccessLog;
import no.sammen.audit.AccessLogFilter;
import no.sammen.audit.AccessLogs;
import no.sammen.platform.ChildRef;

/** Who accessed a child's record, for the family. */
@Path("children/{childId}/access-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AccessLogResource {

    @Inject
    AccessLogs logs;

    @Inject
    @ConfigProperty(name = "sammen.zone", defaultValue = "Europe/Oslo")
    String zone;

    @GET
    @RolesAllowed("user")
    @Operation(summary = "Who read or wrote the child's record: by day, then by person",
            description = "For the guardians and the child. Each access names the person, their profession and "
                    + "organisation, the time, the category and the basis; emergency access is flagged, its "
                    + "justification is never shown. Filter with person=<id>, category=<api name>, "
                    + "from/to=<instant>.")
    public AccessLog log(@PathParam("childId") String childId, @QueryParam("person") String person,
                         @QueryParam("category") String category, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        AccessLogFilter filter = new AccessLogFilter(QueryValues.id(person, "person"), category,
                QueryValues.instant(from, "from"), QueryValues.instant(to, "to"));
        return AccessLog.grouped(logs.log(ChildRef.parse(childId), filter), ZoneId.of(zone));
    }
}

package no.sammen.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The capture point for a signed-in person refused at an endpoint for want of a role (an administrator's endpoint
 * tried by the data protection officer, say): the web layer's role check reports each such refusal here, and it
 * becomes one entry of the audit trail (outcome 4; the missing role and the request as basis). Who, when and from
 * where the journal adds as for every entry.
 */
@ApplicationScoped
public class RoleRefusals {

    @Inject
    AccessJournal journal;

    /**
     * Records the refusal.
     *
     * @param method the HTTP method
     * @param path   the path below the API root, e.g. {@code admin/scopes/teacher}
     * @param roles  the roles of which the person had none
     */
    public void record(String method, String path, Set<String> roles) {
        journal.record(event(method, path, roles));
    }

    static AuditEvent event(String method, String path, Set<String> roles) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        boolean administration = relative.startsWith("admin/") || relative.equals("admin");
        return new AuditEvent(administration ? AuditEvent.Kind.ADMINISTRATION : AuditEvent.Kind.DATA_ACCESS,
                operation(method), null, Set.of(), List.of(), Set.of(), AuditEvent.Outcome.MINOR_FAILURE,
                "refused: needs the role " + String.join(" or ", roles.stream().sorted().toList()) + " for "
                        + method + " /api/" + relative, null, null, null);
    }

    static AuditEvent.Operation operation(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD" -> AuditEvent.Operation.READ;
            case "POST" -> AuditEvent.Operation.CREATE;
            case "PUT", "PATCH" -> AuditEvent.Operation.UPDATE;
            case "DELETE" -> AuditEvent.Operation.DELETE;
            default -> AuditEvent.Operation.EXECUTE;
        };
    }
}

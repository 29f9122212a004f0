package no.sammen.platform;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleRefusalsTest {

    @Test
    void anAdministratorsEndpointRefusedIsAnAdministrationEntryNamingTheRoleAndTheRequest() {
        AuditEvent event = RoleRefusals.event("PUT", "admin/scopes/teacher", Set.of("admin"));
        assertThat(event.kind()).isEqualTo(AuditEvent.Kind.ADMINISTRATION);
        assertThat(event.operation()).isEqualTo(AuditEvent.Operation.UPDATE);
        assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.MINOR_FAILURE);
        assertThat(event.child()).isNull();
        assertThat(event.subject()).as("the journal takes the request's caller").isNull();
        assertThat(event.basis()).isEqualTo("refused: needs the role admin for PUT /api/admin/scopes/teacher");
    }

    @Test
    void otherEndpointsAreDataAccessAndTheMethodGivesTheOperation() {
        AuditEvent event = RoleRefusals.event("GET", "/children", Set.of("professional", "admin"));
        assertThat(event.kind()).isEqualTo(AuditEvent.Kind.DATA_ACCESS);
        assertThat(event.operation()).isEqualTo(AuditEvent.Operation.READ);
        assertThat(event.basis()).isEqualTo("refused: needs the role admin or professional for GET /api/children");
        assertThat(RoleRefusals.operation("POST")).isEqualTo(AuditEvent.Operation.CREATE);
        assertThat(RoleRefusals.operation("DELETE")).isEqualTo(AuditEvent.Operation.DELETE);
        assertThat(RoleRefusals.operation("OPTIONS")).isEqualTo(AuditEvent.Operation.EXECUTE);
    }
}

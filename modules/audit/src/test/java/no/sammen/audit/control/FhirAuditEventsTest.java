package no.sammen.audit.control;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import no.sammen.audit.AuditEntry;

import static org.assertj.core.api.Assertions.assertThat;

class FhirAuditEventsTest {

    private static AuditEntry entry(String kind, String operation, String outcome) {
        return entry(kind, operation, outcome, null);
    }

    private static AuditEntry entry(String kind, String operation, String outcome, String organisation) {
        return new AuditEntry(7, Instant.parse("2026-11-24T10:00:00Z"), kind, operation, outcome, UUID.randomUUID(),
                "Kari", List.of("FT"), "1234567", organisation, UUID.randomUUID(), List.of("daily-reports"), List.of("e1"),
                List.of(), "membership", null, null, "r1", "10.0.0.1", "agent");
    }

    @Test
    void dataAccessIsARestEventWithTheCrudeActionAndTheNumericOutcome() {
        JsonObject e = FhirAuditEvents.auditEvent(entry("DATA_ACCESS", "CREATE", "MINOR_FAILURE"));
        assertThat(e.getString("resourceType")).isEqualTo("AuditEvent");
        assertThat(e.getJsonObject("type").getString("code")).isEqualTo("rest");
        assertThat(e.getString("action")).isEqualTo("C");
        assertThat(e.getString("outcome")).isEqualTo("4");
        assertThat(e.getJsonArray("agent").getJsonObject(0).getString("altId")).isEqualTo("1234567");
    }

    @Test
    void signInAndEmergencyAccessCarryTheirDicomSubtypes() {
        assertThat(FhirAuditEvents.auditEvent(entry("LOGIN", "EXECUTE", "SUCCESS")).getJsonArray("subtype")
                .getJsonObject(0).getString("code")).isEqualTo("110122");
        assertThat(FhirAuditEvents.auditEvent(entry("LOGOUT", "EXECUTE", "SUCCESS")).getJsonArray("subtype")
                .getJsonObject(0).getString("code")).isEqualTo("110123");
        JsonObject emergency = FhirAuditEvents.auditEvent(entry("EMERGENCY_ACCESS", "READ", "SUCCESS"));
        assertThat(emergency.getJsonArray("subtype").toString()).contains("110127");
        assertThat(FhirAuditEvents.action("UPDATE") + FhirAuditEvents.action("DELETE") + FhirAuditEvents.action("READ")
                + FhirAuditEvents.action("EXECUTE")).isEqualTo("UDRE");
        assertThat(FhirAuditEvents.outcome("SERIOUS_FAILURE") + FhirAuditEvents.outcome("MAJOR_FAILURE"))
                .isEqualTo("812");
    }

    @Test
    void theOrganisationThePersonActedThroughIsASecondAgent() {
        JsonObject e = FhirAuditEvents.auditEvent(entry("DATA_ACCESS", "READ", "SUCCESS", "Bydel Nord"));
        assertThat(e.getJsonArray("agent")).hasSize(2);
        JsonObject organisation = e.getJsonArray("agent").getJsonObject(1);
        assertThat(organisation.getJsonObject("who").getString("type")).isEqualTo("Organization");
        assertThat(organisation.getJsonObject("who").getString("display")).isEqualTo("Bydel Nord");
        assertThat(organisation.getBoolean("requestor")).isFalse();
        assertThat(FhirAuditEvents.auditEvent(entry("DATA_ACCESS", "READ", "SUCCESS")).getJsonArray("agent"))
                .as("none when unknown").hasSize(1);
    }
}

package no.sammen.audit.control;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import no.sammen.audit.AuditEntry;

/**
 * Entries as FHIR R4 {@code AuditEvent} resources: type {@code rest} for access to a child's data (with the RESTful
 * interaction as subtype, and DICOM 110127 "Emergency Override Started" for breaking the glass); DICOM 110114 "User
 * Authentication" with subtype 110122 login / 110123 logout for sign-in; action C/R/U/D/E; outcome 0/4/8/12. The
 * person is the requesting agent; the organisation they acted through, when known, a second agent
 * ({@code Organization}, role class {@code PROV}).
 */
public final class FhirAuditEvents {

    /** Looked up once: each {@code Json.create…} call would look the provider up again (see ScopeDefinitions). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    static final String EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    /** The organisation the person acted through is a second agent of this class (FHIR R4 has no agent organisation). */
    static final String ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";
    /** The Norwegian health personnel register (HPR) number. */
    static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";

    private FhirAuditEvents() {
    }

    public static JsonObject bundle(List<AuditEntry> entries) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        entries.forEach(e -> items.add(JSON.createObjectBuilder().add("fullUrl", "urn:sammen:audit:" + e.id())
                .add("resource", auditEvent(e))));
        return JSON.createObjectBuilder().add("resourceType", "Bundle").add("type", "collection")
                .add("total", entries.size()).add("entry", items).build();
    }

    public static JsonObject auditEvent(AuditEntry e) {
        JsonObjectBuilder event = JSON.createObjectBuilder().add("resourceType", "AuditEvent")
                .add("id", Long.toString(e.id()));
        JsonArrayBuilder subtype = JSON.createArrayBuilder();
        switch (e.kind()) {
            case "LOGIN", "LOGIN_FAILED" -> {
                event.add("type", coding(DCM, "110114", "User Authentication"));
                subtype.add(coding(DCM, "110122", "Login"));
            }
            case "LOGOUT" -> {
                event.add("type", coding(DCM, "110114", "User Authentication"));
                subtype.add(coding(DCM, "110123", "Logout"));
            }
            default -> {
                event.add("type", coding(EVENT_TYPE, "rest", "RESTful Operation"));
                subtype.add(coding(INTERACTION, interaction(e.operation()), interaction(e.operation())));
                if ("EMERGENCY_ACCESS".equals(e.kind())) {
                    subtype.add(coding(DCM, "110127", "Emergency Override Started"));
                }
            }
        }
        event.add("subtype", subtype)
                .add("action", action(e.operation()))
                .add("recorded", e.recordedAt().toString())
                .add("outcome", outcome(e.outcome()));
        if (e.basis() != null) {
            event.add("outcomeDesc", e.basis());
            event.add("purposeOfEvent", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                    .add("text", e.purpose() == null ? e.basis() : e.purpose())));
        }
        JsonObjectBuilder who = JSON.createObjectBuilder();
        if (e.personId() != null) {
            who.add("identifier", JSON.createObjectBuilder().add("system", "urn:sammen:person")
                    .add("value", e.personId().toString()));
        }
        if (e.personName() != null) {
            who.add("display", e.personName());
        }
        JsonObjectBuilder agent = JSON.createObjectBuilder().add("who", who).add("requestor", true);
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        e.professions().forEach(p -> roles.add(JSON.createObjectBuilder().add("text", p)));
        agent.add("role", roles);
        if (e.hprNumber() != null) {
            agent.add("altId", e.hprNumber());
        }
        if (e.clientAddress() != null) {
            agent.add("network", JSON.createObjectBuilder().add("address", e.clientAddress()).add("type", "2"));
        }
        JsonArrayBuilder agents = JSON.createArrayBuilder().add(agent);
        if (e.organisation() != null) {
            agents.add(JSON.createObjectBuilder()
                    .add("type", JSON.createObjectBuilder().add("coding", JSON.createArrayBuilder()
                            .add(coding(ROLE_CLASS, "PROV", "healthcare provider"))))
                    .add("who", JSON.createObjectBuilder().add("type", "Organization").add("display", e.organisation()))
                    .add("requestor", false));
        }
        event.add("agent", agents);
        event.add("source", JSON.createObjectBuilder().add("site", "Sammen")
                .add("observer", JSON.createObjectBuilder().add("display", "Sammen")));
        JsonArrayBuilder entities = JSON.createArrayBuilder();
        if (e.childId() != null) {
            JsonObjectBuilder child = JSON.createObjectBuilder()
                    .add("what", JSON.createObjectBuilder().add("identifier", JSON.createObjectBuilder()
                            .add("system", "urn:sammen:child").add("value", e.childId().toString())))
                    .add("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"))
                    .add("role", coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
            JsonArrayBuilder details = JSON.createArrayBuilder();
            e.categories().forEach(c -> details.add(detail("category", c)));
            e.fields().forEach(f -> details.add(detail("field", f)));
            child.add("detail", details);
            entities.add(child);
        }
        e.entryIds().forEach(id -> entities.add(JSON.createObjectBuilder().add("what", JSON.createObjectBuilder()
                .add("identifier", JSON.createObjectBuilder().add("system", "urn:sammen:entry").add("value", id)))));
        JsonObjectBuilder request = JSON.createObjectBuilder().add("type",
                coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "4", "Other"));
        JsonArrayBuilder requestDetails = JSON.createArrayBuilder();
        if (e.requestId() != null) {
            requestDetails.add(detail("requestId", e.requestId()));
        }
        if (e.userAgent() != null) {
            requestDetails.add(detail("userAgent", e.userAgent()));
        }
        if (e.justification() != null) {
            requestDetails.add(detail("justification", e.justification()));
        }
        entities.add(request.add("detail", requestDetails));
        return event.add("entity", entities).build();
    }

    static String action(String operation) {
        return switch (operation) {
            case "CREATE" -> "C";
            case "READ" -> "R";
            case "UPDATE" -> "U";
            case "DELETE" -> "D";
            default -> "E";
        };
    }

    static String outcome(String outcome) {
        return switch (outcome) {
            case "SUCCESS" -> "0";
            case "MINOR_FAILURE" -> "4";
            case "SERIOUS_FAILURE" -> "8";
            default -> "12";
        };
    }

    private static String interaction(String operation) {
        return switch (operation) {
            case "CREATE" -> "create";
            case "READ" -> "read";
            case "UPDATE" -> "update";
            case "DELETE" -> "delete";
            default -> "operation";
        };
    }

    private static JsonObject coding(String system, String code, String display) {
        return JSON.createObjectBuilder().add("system", system).add("code", code).add("display", display).build();
    }

    private static JsonObject detail(String type, String value) {
        return JSON.createObjectBuilder().add("type", type).add("valueString", value).build();
    }
}

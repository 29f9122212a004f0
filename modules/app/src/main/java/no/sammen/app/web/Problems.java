package no.sammen.app.web;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.sammen.platform.RequestIds;

/** Builds RFC 9457 problem details responses. */
final class Problems {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");
    static final String INVALID_INPUT = "urn:sammen:problem:invalid-input";
    /** Content over a configured limit; {@code errors[]} names the limit. */
    static final String TOO_LARGE = "urn:sammen:problem:too-large";

    private Problems() {
    }

    static Response of(int status, String title, String detail) {
        return of(status, "about:blank", title, detail, null);
    }

    static Response of(int status, String type, String title, String detail, Map<String, String> fieldErrors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            var errors = Json.createArrayBuilder();
            fieldErrors.forEach((field, message) ->
                    errors.add(Json.createObjectBuilder().add("field", field).add("message", message)));
            body.add("errors", errors);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            body.add("requestId", requestId);
        }
        JsonObject json = body.build();
        return Response.status(status).type(PROBLEM_JSON).entity(json.toString()).build();
    }
}

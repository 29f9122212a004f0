package no.sammen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.InvalidInputException.FieldError;
import no.sammen.platform.NotFoundException;
import no.sammen.platform.RequestIds;
import no.sammen.platform.SammenException;

class ExceptionMappersTest {

    private final SammenExceptionMapper sammen = new SammenExceptionMapper();
    private final UnexpectedFailureMapper unexpected = new UnexpectedFailureMapper();

    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(UnexpectedFailureMapper.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
        log.setUseParentHandlers(false);
    }

    @AfterEach
    void cleanUp() {
        log.removeHandler(capture);
        log.setUseParentHandlers(true);
        RequestIds.unbind();
    }

    private static final class OddFailure extends SammenException {
        private static final long serialVersionUID = 1L;

        OddFailure(String message) {
            super(message);
        }
    }

    /** Checks the response is a problem document with the given status and returns its parsed body. */
    private static JsonObject problem(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getEntity()).isInstanceOf(String.class);
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader((String) response.getEntity()))) {
            body = reader.readObject();
        }
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("title")).isNotBlank();
        assertThat(body.getString("type")).isNotBlank();
        return body;
    }

    // --- SammenExceptionMapper -------------------------------------------------------------------------------

    @Test
    void invalidInputIs400WithFieldErrors() {
        var e = new InvalidInputException(List.of(
                new FieldError("name", "must not be blank"),
                new FieldError("birthDate", "must be in the past"),
                new FieldError("name", "second complaint about name")));

        JsonObject body = problem(sammen.toResponse(e), 400);

        assertThat(body.getString("type")).isEqualTo("urn:sammen:problem:invalid-input");
        var errors = body.getJsonArray("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.getJsonObject(0).getString("field")).isEqualTo("name");
        assertThat(errors.getJsonObject(0).getString("message")).isEqualTo("must not be blank");
        assertThat(errors.getJsonObject(1).getString("field")).isEqualTo("birthDate");
        assertThat(errors.getJsonObject(1).getString("message")).isEqualTo("must be in the past");
    }

    @Test
    void notFoundIs404() {
        JsonObject body = problem(sammen.toResponse(new NotFoundException("Child")), 404);
        assertThat(body.getString("detail")).isEqualTo("Child was not found");
        assertThat(body.containsKey("errors")).isFalse();
    }

    @Test
    void accessDeniedIs403() {
        JsonObject body = problem(sammen.toResponse(new AccessDeniedException("Only guardians may do that.")), 403);
        assertThat(body.getString("detail")).isEqualTo("Only guardians may do that.");
    }

    @Test
    void conflictIs409() {
        JsonObject body = problem(sammen.toResponse(new ConflictException("The note was changed meanwhile.")), 409);
        assertThat(body.getString("detail")).isEqualTo("The note was changed meanwhile.");
    }

    @Test
    void anyOtherSammenExceptionIsAClientError() {
        problem(sammen.toResponse(new OddFailure("odd")), 400);
    }

    @Test
    void problemCarriesTheBoundRequestId() {
        RequestIds.bind("req-42");
        assertThat(problem(sammen.toResponse(new NotFoundException("Plan")), 404).getString("requestId"))
                .isEqualTo("req-42");
    }

    @Test
    void problemHasNoRequestIdOutsideARequest() {
        assertThat(problem(sammen.toResponse(new NotFoundException("Plan")), 404).containsKey("requestId")).isFalse();
    }

    // --- UnexpectedFailureMapper -----------------------------------------------------------------------------

    @Test
    void unreadableJsonIs400() {
        JsonObject body = problem(unexpected.toResponse(new JsonbException("Unexpected char 125 at (line no=1)")), 400);
        assertThat(body.getString("type")).isEqualTo("urn:sammen:problem:invalid-input");
        assertThat(logged).isEmpty();
    }

    @Test
    void unreadableJsonWrappedAsACauseIs400() {
        var wrapped = new RuntimeException("reader failed",
                new IllegalStateException("deeper", new JsonbException("bad json")));
        problem(unexpected.toResponse(wrapped), 400);

        problem(unexpected.toResponse(new RuntimeException(new JsonParsingException("bad", null))), 400);
    }

    @Test
    void anythingElseIs500WithoutInternals() {
        RequestIds.bind("req-500");
        var failure = new IllegalStateException("connection to db-primary.internal:5432 refused for user sammen_app",
                new NullPointerException("Cannot invoke \"no.sammen.secret.Thing.x()\""));

        Response response = unexpected.toResponse(failure);
        JsonObject body = problem(response, 500);
        String raw = (String) response.getEntity();

        assertThat(raw)
                .doesNotContain("IllegalStateException")
                .doesNotContain("NullPointerException")
                .doesNotContain("java.lang")
                .doesNotContain("no.sammen")
                .doesNotContain("db-primary")
                .doesNotContain("\tat ")
                .doesNotContain(ExceptionMappersTest.class.getSimpleName());
        assertThat(body.getString("requestId")).isEqualTo("req-500");
        assertThat(body.containsKey("errors")).isFalse();

        // ...but the full failure is logged for the operators, with the request id
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(failure);
            assertThat(record.getMessage()).contains("req-500");
        });
    }

    @Test
    void errorsAreAlso500() {
        Response response = unexpected.toResponse(new StackOverflowError("deep"));
        problem(response, 500);
        assertThat((String) response.getEntity()).doesNotContain("StackOverflowError").doesNotContain("deep");
    }
}

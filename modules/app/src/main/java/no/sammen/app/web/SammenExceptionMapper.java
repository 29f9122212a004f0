package no.sammen.app.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.platform.SammenException;
import no.sammen.platform.TooLargeException;

/** Maps the business modules' failures to problem details: the one place that knows their HTTP status. */
@Provider
public class SammenExceptionMapper implements ExceptionMapper<SammenException> {

    @Override
    public Response toResponse(SammenException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problems.of(400, Problems.INVALID_INPUT, "Invalid input", invalid.getMessage(), invalid.asMap());
        }
        if (e instanceof NotFoundException) {
            return Problems.of(404, "Not Found", e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return Problems.of(403, "Forbidden", e.getMessage());
        }
        if (e instanceof TooLargeException tooLarge) {
            return Problems.of(413, Problems.TOO_LARGE, "Content Too Large", tooLarge.getMessage(),
                    java.util.Map.of(tooLarge.limit(), tooLarge.getMessage()));
        }
        if (e instanceof ConflictException) {
            return Problems.of(409, "Conflict", e.getMessage());
        }
        return Problems.of(400, "Bad Request", e.getMessage());
    }
}

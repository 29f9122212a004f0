package no.sammen.app.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import no.sammen.platform.RequestIds;

/**
 * The last line: anything unexpected is logged with the request id and answered with a problem body that shows no
 * stack trace. Unreadable JSON is the client's fault and answers 400.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (isMalformedInput(e)) {
            return Problems.of(400, Problems.INVALID_INPUT, "Invalid input",
                    "The request body is not well-formed JSON of the documented shape.", null);
        }
        LOG.log(Level.SEVERE, "unexpected failure requestId=" + RequestIds.current(), e);
        return Problems.of(500, "Internal Server Error",
                "Something went wrong on our side. Nothing was changed; quote the request id if you contact support.");
    }

    private static boolean isMalformedInput(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}

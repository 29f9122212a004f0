package no.sammen.identity.boundary;

import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.identity.control.SammenAuthenticationMechanism;

/**
 * {@code POST /logout}: ends the login here and sends the browser to the provider's end-session endpoint, which
 * returns it to Sammen's signed-out page (a fixed address: no redirect target is taken from the request). The form must
 * carry the session's synchronizer token, so another site cannot log a person out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SammenAuthenticationMechanism mechanism;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String expected = SammenAuthenticationMechanism.csrfToken(request);
        String given = request.getParameter("csrf");
        if (expected != null && (given == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(mechanism.logout(request).toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}

package no.sammen.identity.boundary;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.sammen.identity.control.SammenAuthenticationMechanism;

/**
 * {@code GET /logout/frontchannel/{provider}?iss=…&sid=…}: the provider tells Sammen that a person logged out
 * elsewhere (OpenID Connect Front-Channel Logout). The session with that {@code sid} ends on every instance, since
 * sessions live in the database. The answer is the same whether or not anything ended.
 */
@WebServlet("/logout/frontchannel/*")
public class FrontChannelLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SammenAuthenticationMechanism mechanism;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String provider = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        mechanism.frontChannelLogout(provider, request.getParameter("iss"), request.getParameter("sid"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("ok");
    }
}

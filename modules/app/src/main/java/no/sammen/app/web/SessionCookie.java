package no.sammen.app.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;

import java.util.EnumSet;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, from configuration: {@code __Host-SAMMEN}, {@code Secure}, {@code HttpOnly},
 * {@code SameSite=Lax} in production. Lax rather than Strict because the provider's redirect back to the login
 * callback is a cross-site navigation that must carry the cookie of the login attempt. Sessions are tracked by
 * cookie only, never in URLs.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        boolean secure = config.getOptionalValue("sammen.session.cookie-secure", Boolean.class).orElse(true);
        String name = config.getOptionalValue("sammen.session.cookie-name", String.class)
                .orElse(secure ? "__Host-SAMMEN" : "SAMMEN_SESSION");
        if (name.startsWith("__Host-") && !secure) {
            throw new IllegalStateException("sammen.session.cookie-name: a __Host- cookie must be Secure");
        }
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(name);
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setAttribute("SameSite", "Lax");
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }
}

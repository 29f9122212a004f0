package no.sammen.app.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

import no.sammen.platform.RequestIds;
import no.sammen.platform.RequestOrigin;

/**
 * First filter of every request: binds the request id (echoed in {@code X-Request-Id}) and the request's origin
 * (client address, user agent: for the audit trail) and sets the security
 * headers. Pages and the API carry health data, so neither may be cached anywhere.
 */
@WebFilter(filterName = "edge", urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String contentSecurityPolicy;
    private String frontChannelPolicy;
    private boolean https;

    /**
     * Scripts and styles only from Sammen itself (PrimeFaces needs inline styles and its own eval'd scripts); forms
     * may go to Sammen and, through the logout redirect, to the identity providers' end-session endpoints.
     */
    static String contentSecurityPolicy(List<String> providerOrigins) {
        String formAction = String.join(" ", Stream.concat(Stream.of("'self'"), providerOrigins.stream()).toList());
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action " + formAction + "; frame-ancestors 'none'";
    }

    @Override
    public void init() {
        var config = ConfigProvider.getConfig();
        List<String> origins = new ArrayList<>();
        for (String provider : config.getOptionalValues("sammen.oidc.providers", String.class).orElse(List.of())) {
            config.getOptionalValue("sammen.oidc." + provider + ".issuer", String.class).ifPresent(issuer -> {
                URI uri = URI.create(issuer);
                origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
            });
        }
        contentSecurityPolicy = contentSecurityPolicy(origins.stream().distinct().toList());
        // The providers load the front-channel logout address in a frame: only they may frame it.
        frontChannelPolicy = "default-src 'none'; frame-ancestors " + String.join(" ", origins.stream().distinct().toList());
        https = config.getOptionalValue("sammen.public-url", String.class).orElse("").startsWith("https://");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.of(request);
        RequestIds.bind(requestId);
        RequestOrigin.bind(RequestOrigin.of(request));
        try {
            response.setHeader("X-Request-Id", requestId);
            response.setHeader("X-Content-Type-Options", "nosniff");
            // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own form posts.
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", "geolocation=(), microphone=(), camera=(self)");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/logout/frontchannel/")) {
                response.setHeader("Content-Security-Policy", frontChannelPolicy);
            } else {
                response.setHeader("Content-Security-Policy", contentSecurityPolicy);
                response.setHeader("X-Frame-Options", "DENY");
            }
            if (https) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Pragma", "no-cache");
            }
            chain.doFilter(request, response);
        } finally {
            RequestIds.unbind();
            RequestOrigin.unbind();
        }
    }
}

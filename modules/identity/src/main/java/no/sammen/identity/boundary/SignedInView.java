package no.sammen.identity.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import no.sammen.identity.control.SammenAuthenticationMechanism;
import no.sammen.platform.Caller;

/** The signed-in person for the pages ({@code #{signedIn.name}}), with the token their forms must carry. */
@Named("signedIn")
@RequestScoped
public class SignedInView {

    @Inject
    HttpServletRequest request;

    private Caller caller() {
        return request.getAttribute(SammenAuthenticationMechanism.CALLER) instanceof Caller c ? c : null;
    }

    public boolean isPresent() {
        return caller() != null;
    }

    public String getName() {
        Caller c = caller();
        return c == null ? "" : c.displayName();
    }

    public String getKind() {
        Caller c = caller();
        return c == null ? "" : c.kind().apiName();
    }

    public List<String> getProfessions() {
        Caller c = caller();
        return c == null ? List.of() : c.professions();
    }

    /** Professions and roles as one line, e.g. {@code FT, coordinator}. */
    public String getProfessionsText() {
        return String.join(", ", getProfessions());
    }

    public String getHprNumber() {
        Caller c = caller();
        return c == null ? null : c.hprNumber();
    }

    public boolean isAdministrator() {
        Caller c = caller();
        return c != null && c.administrator();
    }

    public String getCsrfToken() {
        String token = SammenAuthenticationMechanism.csrfToken(request);
        return token == null ? "" : token;
    }
}

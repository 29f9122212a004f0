package no.sammen.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.Caller;

/**
 * Lets any module inject the {@link Caller} of the current request. Outside an authenticated request there is no
 * caller, and asking for one is refused rather than answered with a default.
 */
@ApplicationScoped
public class CallerProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    @Dependent
    Caller caller() {
        if (request.getAttribute(SammenAuthenticationMechanism.CALLER) instanceof Caller caller) {
            return caller;
        }
        throw new AccessDeniedException("not signed in");
    }
}

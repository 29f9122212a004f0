package no.sammen.app.pages;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import no.sammen.platform.AccessDeniedException;
import no.sammen.platform.ConflictException;
import no.sammen.platform.InvalidInputException;
import no.sammen.platform.NotFoundException;
import no.sammen.platform.RequestIds;
import no.sammen.platform.SammenException;

/**
 * Gives the pages the same answers the API gives: a façade's "not found" is a 404 page, "access denied" a 403, bad
 * input a 400, a conflict a 409 — the error page, never a stack trace.
 */
public class FailureHandlerFactory extends ExceptionHandlerFactory {

    public FailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FailureHandler(getWrapped().getExceptionHandler());
    }

    static final class FailureHandler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());

        FailureHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable failure = it.next().getContext().getException();
                SammenException known = find(failure);
                if (known == null) {
                    continue;
                }
                it.remove();
                FacesContext context = FacesContext.getCurrentInstance();
                try {
                    if (!context.getExternalContext().isResponseCommitted()) {
                        context.getExternalContext().responseSendError(status(known), null);
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "client went away requestId=" + RequestIds.current(), e);
                }
                context.responseComplete();
            }
            getWrapped().handle();
        }

        private static SammenException find(Throwable failure) {
            int depth = 0;
            for (Throwable t = failure; t != null && depth++ < 32; t = t.getCause()) {
                if (t instanceof SammenException s) {
                    return s;
                }
                if (!(t instanceof FacesException) && t.getCause() == t) {
                    break;
                }
            }
            return null;
        }

        private static int status(SammenException e) {
            if (e instanceof NotFoundException) {
                return 404;
            }
            if (e instanceof AccessDeniedException) {
                return 403;
            }
            if (e instanceof ConflictException) {
                return 409;
            }
            if (e instanceof InvalidInputException) {
                return 400;
            }
            return 400;
        }
    }
}

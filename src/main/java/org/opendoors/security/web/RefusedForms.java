package org.opendoors.security.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.util.Iterator;

/**
 * A back-office form the server cannot trust — its view state unknown (an expired session, a forged post) or its
 * script nonce not the one its page was given — is answered by our "form refused" page, nothing of it applied. Done
 * here rather than as a web.xml error page for the exception: PrimeFaces copies web.xml's error pages into every
 * page's script, and an exception's class name is nothing to show.
 */
public class RefusedForms extends ExceptionHandlerFactory {

    public RefusedForms(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable cause = events.next().getContext().getException();
                if (refusesTheForm(cause)) {
                    events.remove();
                    answerRefused(FacesContext.getCurrentInstance());
                    return;
                }
            }
            getWrapped().handle();
        }

        private static boolean refusesTheForm(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                    return true;
                }
            }
            return false;
        }

        private static void answerRefused(FacesContext context) {
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            try {
                response.resetBuffer();
                request.getRequestDispatcher(FormRefusedServlet.PATH).forward(request, response);
            } catch (ServletException | IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }
    }
}

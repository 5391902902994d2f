package org.opendoors.platform.valve;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Request;
import org.apache.catalina.Response;
import org.glassfish.web.valve.GlassFishValve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiPredicate;

/**
 * Lets the application answer a request at the door of the server, before the web container does anything for it:
 * ahead of the request listeners (CDI's request context), the authentication step (Jakarta Security looks its
 * mechanism up through JNDI and CDI on every request, under a lock) and the filter chain. The portal answers its
 * cached family pages here, at the speed of the server's own static files; everything else goes on down the
 * pipeline as if this valve were not there.
 * <p>
 * It is a valve of the virtual server (pre-boot-commands.asadmin), so Payara Micro loads it from the runtime's
 * class path (the bundle's {@code MICRO-INF/lib/ROOT-valve.jar}), not from the application: it knows nothing
 * of the portal but a servlet context attribute, {@link #ANSWER}, which the application sets to a
 * {@code BiPredicate<HttpServletRequest, HttpServletResponse>} that answers and says {@code true}, or writes nothing
 * and says {@code false}. Until the application has set it, every request passes.
 */
public class CachedPageValve implements GlassFishValve {

    /** The servlet context attribute holding the application's answer. */
    public static final String ANSWER = "org.opendoors.platform.valve.CachedPageValve.answer";

    @Override
    public String getInfo() {
        return "Open Doors: answers from the application before the web container";
    }

    @Override
    public int invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getRequest() instanceof HttpServletRequest httpRequest
                && response.getResponse() instanceof HttpServletResponse httpResponse
                && answers(httpRequest, httpResponse)) {
            return END_PIPELINE;
        }
        return INVOKE_NEXT;
    }

    @SuppressWarnings("unchecked")
    private static boolean answers(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletContext context;
        try {
            context = request.getServletContext();
        } catch (IllegalStateException noApplicationMapped) {
            return false;
        }
        if (context == null || !(context.getAttribute(ANSWER) instanceof BiPredicate<?, ?> answer)) {
            return false;
        }
        try {
            return ((BiPredicate<HttpServletRequest, HttpServletResponse>) answer).test(request, response);
        } catch (UncheckedIOException writing) {
            throw writing.getCause();
        }
    }

    @Override
    public void postInvoke(Request request, Response response) {
        // Nothing to undo: an answer is complete when invoke returns.
    }
}

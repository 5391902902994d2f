package org.opendoors.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextFactory;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Family pages are written by plain Faces, PrimeFaces or not on the classpath. PrimeFaces wraps the writer of every
 * Faces response to give each script the response's nonce (primefaces.CSP), which only the back office needs: on a
 * family page it would put a different nonce into every render of a page that every family must get alike, and the
 * page cache would keep it. Here the writer of a family page goes past PrimeFaces' context to the one it wraps.
 */
public class FamilyPagesWithoutPrimeFaces extends FacesContextFactory {

    public FamilyPagesWithoutPrimeFaces(FacesContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public FacesContext getFacesContext(Object context, Object request, Object response, Lifecycle lifecycle)
            throws FacesException {
        FacesContext faces = getWrapped().getFacesContext(context, request, response, lifecycle);
        return request instanceof HttpServletRequest http && !isBackOffice(http) ? new PlainWriter(faces) : faces;
    }

    private static boolean isBackOffice(HttpServletRequest request) {
        return request.getServletPath().startsWith("/admin/") || request.getRequestURI()
                .startsWith(request.getContextPath() + "/admin/");
    }

    private static final class PlainWriter extends FacesContextWrapper {

        PlainWriter(FacesContext wrapped) {
            super(wrapped);
            setCurrentInstance(this);
        }

        @Override
        public void setResponseWriter(ResponseWriter writer) {
            FacesContext target = getWrapped();
            // Past every wrapping context (PrimeFaces' among them) to the implementation's own.
            while (target instanceof FacesContextWrapper wrapper) {
                target = wrapper.getWrapped();
            }
            target.setResponseWriter(writer);
        }
    }
}

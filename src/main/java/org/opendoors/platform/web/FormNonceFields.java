package org.opendoors.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

import java.io.IOException;

/**
 * Every back-office form carries PrimeFaces' script nonce as a field of its own. PrimeFaces refuses a post without it
 * ("CSP nonce mismatch") and its script adds it to forms in the browser; written by the server, a form posted without
 * JavaScript, by a screen reader's browser or a script of the city's IT, is accepted as well.
 */
public class FormNonceFields implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIViewRoot root = (UIViewRoot) event.getSource();
        if (root.getViewId() == null || !root.getViewId().startsWith("/admin/")) {
            return;
        }
        addTo(root);
    }

    private static void addTo(UIComponent component) {
        if (component instanceof UIForm form) {
            if (form.getChildren().stream().noneMatch(NonceField.class::isInstance)) {
                form.getChildren().add(0, new NonceField());
            }
            return;
        }
        for (UIComponent child : component.getChildren()) {
            addTo(child);
        }
    }

    /** The hidden field, written afresh with each response's nonce; never kept in the view's state. */
    public static final class NonceField extends UIComponentBase {

        public NonceField() {
            setTransient(true);
        }

        @Override
        public String getFamily() {
            return "org.opendoors.FormNonce";
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            String nonce = PrimeFacesContext.getCspState(context).getNonce();
            if (nonce == null || nonce.isEmpty()) {
                return;
            }
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", nonce, null);
            writer.endElement("input");
        }
    }
}

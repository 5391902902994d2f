package org.opendoors.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with parameters it cannot read ({@code ?older=abc}) is refused with 400. Faces would otherwise skip
 * the page's load action and render it half-set-up, which fails in whatever getter meets the missing state. Only
 * first visits: on a form's post a conversion error is an ordinary message beside its field.
 */
public class UnreadableViewParameters implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            try {
                faces.getExternalContext().responseSendError(400, "unreadable view parameters");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to do before the validations.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}

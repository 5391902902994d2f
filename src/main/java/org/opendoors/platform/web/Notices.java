package org.opendoors.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** What a back-office action tells the person who pressed the button: one line, success or refusal. */
@RequestScoped
public class Notices {

    @Inject
    private FacesContext faces;

    public void info(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}

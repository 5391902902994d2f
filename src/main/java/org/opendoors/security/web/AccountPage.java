package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.StaffDirectory;

/** Changing one's own password. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private StaffDirectory staff;
    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;

    public void change() {
        try {
            staff.changeOwnPassword(currentPassword, newPassword);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password was changed.", null));
        } catch (IllegalArgumentException | NotAllowedException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}

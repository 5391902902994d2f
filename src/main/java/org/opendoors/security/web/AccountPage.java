package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.StaffDirectory;

/** Changing one's own password. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private StaffDirectory staff;
    @Inject
    private Notices notices;

    private String currentPassword;
    private String newPassword;

    public void change() {
        try {
            staff.changeOwnPassword(currentPassword, newPassword);
            notices.info("Your password was changed.");
        } catch (IllegalArgumentException | NotAllowedException refused) {
            notices.error(refused.getMessage());
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

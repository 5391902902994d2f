package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.platform.web.ClientAddress;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.security.service.PasswordConfirmation;
import org.opendoors.security.service.StaffAuthentication;
import org.opendoors.security.service.StaffDirectory;
import org.opendoors.security.service.ThrottledException;

import java.util.Optional;

/**
 * Changing one's own password: the current one is checked first, throttled like a sign-in; then the new one must
 * pass the password policy. The account's other sessions end; this one goes on.
 * <p>
 * Backs {@code /admin/account.xhtml}.
 */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    private StaffAuthentication authentication;
    @Inject
    private StaffDirectory staff;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private SignedInSession session;
    @Inject
    private ExternalContext external;
    @Inject
    private Notices notices;

    private String currentPassword;
    private String newPassword;

    public void change() {
        try {
            String address = ClientAddress.of((HttpServletRequest) external.getRequest());
            Optional<PasswordConfirmation> confirmed =
                    authentication.confirmPassword(currentUser.name(), currentPassword, address);
            if (confirmed.isEmpty()) {
                notices.error("The current password is not right.");
                return;
            }
            session.follow(staff.changeOwnPassword(confirmed.get(), newPassword));
            notices.info("Your password was changed. Your other sessions, on other computers, have ended.");
        } catch (ThrottledException throttled) {
            notices.error(throttled.getMessage());
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

package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.service.BackOfficeSecurity;
import org.opendoors.security.service.SignInResult;
import org.opendoors.security.service.ThrottledException;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The back office sign-in form. The check itself — throttle, password, audit — happens in
 * {@link StaffAuthenticationMechanism}; this page says what came of it.
 * <p>
 * Backs {@code /admin/sign-in.xhtml}.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private FacesContext faces;
    @Inject
    private Notices notices;
    @Inject
    private StaffTexts bo;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
        Object result = request.getAttribute(StaffAuthenticationMechanism.SIGN_IN_RESULT);
        if (result instanceof SignInResult.Accepted) {
            external.redirect(external.getRequestContextPath() + BackOfficeSecurity.HOME_PAGE);
            faces.responseComplete();
        } else if (result instanceof SignInResult.Throttled throttled) {
            long seconds = ThrottledException.secondsToWait(throttled.waitFor());
            notices.error(seconds < 90 ? bo.format("security.signIn.throttledSeconds", seconds)
                    : bo.format("security.signIn.throttledMinutes", (seconds + 59) / 60));
        } else if (result instanceof SignInResult.Invalid) {
            notices.error(bo.format("security.signIn.usernameTooLong", StaffUser.USERNAME_LENGTH));
        } else {
            notices.error(bo.get("security.signIn.refused"));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

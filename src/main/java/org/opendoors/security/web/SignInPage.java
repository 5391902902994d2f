package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.web.Notices;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.BackOfficeSecurity;
import org.opendoors.security.service.SignInGuard;

import java.io.IOException;
import java.time.Duration;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/** The back office sign-in form: throttled before the password is checked, audited either way. */
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
    private SignInGuard guard;
    @Inject
    private AuditLog audit;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String account = username == null ? "" : username.strip();
        String address = request.getRemoteAddr();
        Duration wait = guard.waitBefore(account, address);
        if (!wait.isZero()) {
            audit.recordAs(account, "sign-in.throttled", account, "refused before checking: too many failures");
            notices.error("Too many failed sign-ins for this account or from this computer. Please wait "
                    + minutes(wait) + " and try again, or ask an admin to reset your password.");
            return;
        }
        if (request.getSession(false) != null) {
            // A session that existed before sign-in may have been handed to us; never let it become signed in.
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(account, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE || status == AuthenticationStatus.SUCCESS) {
            guard.succeeded(account);
            audit.recordAs(account, "sign-in", account, "signed in");
            if (status == AuthenticationStatus.SUCCESS) {
                external.redirect(external.getRequestContextPath() + BackOfficeSecurity.HOME_PAGE);
            }
            faces.responseComplete();
        } else {
            guard.failed(account, address);
            audit.recordAs(account, "sign-in.failed", account, "wrong user name or password");
            notices.error("The user name or the password is not right.");
        }
    }

    private static String minutes(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
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

package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.BackOfficeSecurity;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.security.service.StaffSignIns;

import java.io.IOException;

/** What the back office template needs to know about the signed-in person: name, menu entries, signing out. */
@Named
@RequestScoped
public class BackOffice {

    @Inject
    private CurrentUser user;
    @Inject
    private ExternalContext external;
    @Inject
    private AuditLog audit;
    @Inject
    private StaffSignIns signIns;
    @Inject
    private StaffTexts bo;

    public boolean isSignedIn() {
        return user.isSignedIn();
    }

    public String getUserName() {
        return user.nameOr("");
    }

    public boolean isEditor() {
        return user.hasAny(Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
    }

    public boolean isPublisher() {
        return user.hasAny(Role.PUBLISHER, Role.ADMIN);
    }

    public boolean isTranslator() {
        return user.hasAny(Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN);
    }

    public boolean isAdmin() {
        return user.has(Role.ADMIN);
    }

    public String getRoles() {
        return RoleNames.of(user.roles(), bo);
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        audit.record("sign-out", user.nameOr(""), "signed out");
        // Ended on every node, not only in this node's session.
        Object token = external.getSessionMap().get(StaffAuthenticationMechanism.SIGN_IN_TOKEN);
        signIns.close(token instanceof String text ? text : SignInCookie.read(request));
        SignInCookie.takeBack(request, (HttpServletResponse) external.getResponse());
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + BackOfficeSecurity.SIGN_IN_PAGE);
    }
}

package org.opendoors.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.opendoors.platform.web.ClientAddress;
import org.opendoors.platform.web.SecurityHeadersFilter;
import org.opendoors.security.domain.SignedInStaff;
import org.opendoors.security.service.BackOfficeSecurity;
import org.opendoors.security.service.SignInResult;
import org.opendoors.security.service.StaffAuthentication;

/**
 * How the container learns who is calling, on every request (Jakarta Security calls this before any filter).
 * <ul>
 *     <li>A sign-in ({@link SignInPage} calls {@code SecurityContext.authenticate} with the typed credential) is
 *     checked by {@link StaffAuthentication}, throttled and audited; on success the session gets a new id and
 *     remembers a {@link SignedInStaff}.</li>
 *     <li>Every other back-office request with such a session is checked against the account as it is now (switched
 *     off, roles or password changed: the session ends), then the caller and its roles are handed to the container
 *     by name and groups. The roles never come from anything the container kept between requests: Payara 6 rebuilds
 *     them from a principal it shares between threads (payara/Payara#6145, fixed only in Payara 7), which under
 *     concurrent requests lost them and answered signed-in staff with its own 403.</li>
 *     <li>A session id that came in the URL is never used (cookies only), whatever the container parsed.</li>
 * </ul>
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The request attribute where {@link SignInPage} finds what came of its sign-in. */
    public static final String SIGN_IN_RESULT = SignInResult.class.getName();

    @Inject
    private StaffAuthentication authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, context, credential);
        }
        SignedInStaff staff = isBackOffice(request) ? signedIn(request) : null;
        if (staff != null) {
            return context.notifyContainerAboutLogin(staff.username(), staff.roles());
        }
        if (context.isProtected()) {
            // A relative Location with the security headers: context.redirect would write the Host header's
            // address into the answer, and the authentication step runs before our filters.
            SecurityHeadersFilter.apply(request, response);
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", request.getContextPath() + BackOfficeSecurity.SIGN_IN_PAGE);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        UsernamePasswordCredential credential) {
        SignInResult result = authentication.signIn(credential.getCaller(), credential.getPasswordAsString(),
                ClientAddress.of(request));
        request.setAttribute(SIGN_IN_RESULT, result);
        if (!(result instanceof SignInResult.Accepted accepted)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            // A session that existed before sign-in may have been handed to us; never let it become signed in.
            request.changeSessionId();
        }
        request.getSession().setAttribute(SignedInStaff.SESSION_ATTRIBUTE, accepted.staff());
        return context.notifyContainerAboutLogin(accepted.staff().username(), accepted.staff().roles());
    }

    /**
     * The session's signed-in member of staff while their account is unchanged; otherwise the session is ended and
     * there is nobody.
     */
    private SignedInStaff signedIn(HttpServletRequest request) {
        if (request.isRequestedSessionIdFromURL()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        SignedInStaff staff;
        try {
            staff = (SignedInStaff) session.getAttribute(SignedInStaff.SESSION_ATTRIBUTE);
        } catch (IllegalStateException invalidatedMeanwhile) {
            return null;
        }
        if (staff == null) {
            return null;
        }
        if (authentication.stillValid(staff)) {
            return staff;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // Another request of the same session ended it first.
        }
        return null;
    }

    private static boolean isBackOffice(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(BackOfficeSecurity.BACK_OFFICE_PATH) || path.startsWith(BackOfficeSecurity.BACK_OFFICE_PATH + "/");
    }
}

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
import org.opendoors.security.service.StaffSignIns;

/**
 * How the container learns who is calling, on every request (Jakarta Security calls this before any filter).
 * <ul>
 *     <li>A sign-in ({@link SignInPage} calls {@code SecurityContext.authenticate} with the typed credential) is
 *     checked by {@link StaffAuthentication}, throttled and audited; on success the session gets a new id and
 *     remembers a {@link SignedInStaff}; the browser gets the cookie of a sign-in every node can resume
 *     ({@link StaffSignIns}), so a member of staff whose node stops goes on working on another.</li>
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

    /** The session attribute holding the sign-in's token (see {@link StaffSignIns}). */
    public static final String SIGN_IN_TOKEN = StaffSignIns.class.getName() + ".token";
    /** The session attribute holding when the database was last told the sign-in is in use. */
    private static final String SIGN_IN_SEEN = StaffSignIns.class.getName() + ".seen";

    @Inject
    private StaffAuthentication authentication;
    @Inject
    private StaffSignIns signIns;

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
        String token = signIns.open(accepted.staff());
        remember(request.getSession(), accepted.staff(), token);
        SignInCookie.give(request, context.getResponse(), token);
        return context.notifyContainerAboutLogin(accepted.staff().username(), accepted.staff().roles());
    }

    /**
     * The session's signed-in member of staff while their account is unchanged; otherwise the session is ended and
     * there is nobody. A browser without such a session here (its node stopped, or this node restarted) that brings
     * the cookie of a sign-in every node can resume gets a session of its own on this node.
     */
    private SignedInStaff signedIn(HttpServletRequest request) {
        if (request.isRequestedSessionIdFromURL()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        SignedInStaff staff = session == null ? null : attribute(session, SignedInStaff.SESSION_ATTRIBUTE, SignedInStaff.class);
        if (staff == null) {
            return resumed(request, session);
        }
        String token = attribute(session, SIGN_IN_TOKEN, String.class);
        // Signed out on another node (the browser's session there), or ended there: ended here too.
        if (token != null && signIns.isOpen(token) && authentication.stillValid(staff)) {
            Long told = attribute(session, SIGN_IN_SEEN, Long.class);
            long toldNow = signIns.seen(token, told == null ? 0 : told);
            if (told == null || toldNow != told) {
                setQuietly(session, SIGN_IN_SEEN, toldNow);
            }
            return staff;
        }
        signIns.close(token);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // Another request of the same session ended it first.
        }
        return null;
    }

    private SignedInStaff resumed(HttpServletRequest request, HttpSession existing) {
        String token = SignInCookie.read(request);
        if (token == null) {
            return null;
        }
        SignedInStaff staff = signIns.resume(token).orElse(null);
        if (staff == null) {
            return null;
        }
        if (!authentication.stillValid(staff)) {
            signIns.close(token);
            return null;
        }
        if (existing != null) {
            // A session that existed before (the sign-in page's) may have been handed to us: a new id before it is trusted.
            request.changeSessionId();
        }
        remember(request.getSession(), staff, token);
        return staff;
    }

    private void remember(HttpSession session, SignedInStaff staff, String token) {
        session.setAttribute(SignedInStaff.SESSION_ATTRIBUTE, staff);
        session.setAttribute(SIGN_IN_TOKEN, token);
        session.setAttribute(SIGN_IN_SEEN, signIns.now());
    }

    private static <T> T attribute(HttpSession session, String name, Class<T> type) {
        try {
            Object value = session.getAttribute(name);
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (IllegalStateException invalidatedMeanwhile) {
            return null;
        }
    }

    private static void setQuietly(HttpSession session, String name, Object value) {
        try {
            session.setAttribute(name, value);
        } catch (IllegalStateException invalidatedMeanwhile) {
            // The next request finds no session and resumes from the database, or signs in.
        }
    }

    private static boolean isBackOffice(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(BackOfficeSecurity.BACK_OFFICE_PATH) || path.startsWith(BackOfficeSecurity.BACK_OFFICE_PATH + "/");
    }
}

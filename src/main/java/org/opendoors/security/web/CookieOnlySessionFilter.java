package org.opendoors.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sessions travel in the cookie only. Payara parses a session id from a path parameter ({@code ;opendoors-admin=…},
 * {@code ;jsessionid=…}) whatever web.xml's tracking mode says, so a link carrying someone's session id would sign
 * its reader in as them (and a link carrying the attacker's, fix the victim's session). The authentication mechanism
 * never uses such a session; this filter, first after the security headers, refuses the whole request before
 * Faces can touch the session or act on a form. The portal's own addresses never have path parameters, so any
 * {@code ;} in the path — raw or percent-encoded — is refused with it. (Grizzly itself cuts a lower-case
 * {@code ;jsessionid=…} out of the path before anything sees it; since our cookie has another name, that id is
 * dropped unused, and the request goes on without a session.)
 */
public class CookieOnlySessionFilter extends HttpFilter {

    private static final Pattern PATH_PARAMETER_VALUE = Pattern.compile("(?i)((?:;|%3b)[^=/?;%]*)=[^/?;]*");

    @Inject
    private AuditLog audit;
    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL() || hasPathParameter(request.getRequestURI())) {
            audit.recordRefusalAs(currentUser.nameOr(AuditLog.ANONYMOUS), "request.path-parameter", redacted(request.getRequestURI()),
                    "a session id or other ';' parameter in the address; sessions are kept in a cookie only");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("This address is not accepted: addresses of this portal never contain ';'. "
                    + "Remove everything from ';' up to the next '/' or '?' and open it again.\n");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The address with each path parameter's value left out: a session id is a secret, even in the audit log. */
    static String redacted(String requestUri) {
        return PATH_PARAMETER_VALUE.matcher(requestUri).replaceAll("$1=…");
    }

    static boolean hasPathParameter(String requestUri) {
        return requestUri != null && (requestUri.indexOf(';') >= 0
                || requestUri.toLowerCase(Locale.ROOT).contains("%3b"));
    }
}

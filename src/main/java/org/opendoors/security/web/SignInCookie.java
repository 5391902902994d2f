package org.opendoors.security.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that carries a back-office sign-in from one node to another ({@code opendoors-staff}, see
 * {@link org.opendoors.security.service.StaffSignIns}): like the session cookie, sent only to {@code /admin}, never
 * to scripts, never on cross-site requests, only over HTTPS behind an HTTPS address, and gone when the browser closes.
 * Written as a header because Payara does not send the Servlet 6 SameSite attribute.
 */
final class SignInCookie {

    static final String NAME = "opendoors-staff";

    private SignInCookie() {
    }

    static void give(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", NAME + "=" + token + attributes(request));
    }

    static void takeBack(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", NAME + "=; Max-Age=0" + attributes(request));
    }

    /** The token the browser sent, if it sent exactly one. */
    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String found = null;
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                if (found != null) {
                    return null;
                }
                found = cookie.getValue();
            }
        }
        return found;
    }

    private static String attributes(HttpServletRequest request) {
        return "; Path=" + request.getContextPath() + "/admin; HttpOnly; SameSite=Strict"
                + (SessionCookies.behindHttps(System.getenv(SessionCookies.PUBLIC_URL)) ? "; Secure" : "");
    }
}

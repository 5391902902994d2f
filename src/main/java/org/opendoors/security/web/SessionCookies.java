package org.opendoors.security.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The back office's session cookie: sent only to {@code /admin} (family pages stay cookie-free and cacheable),
 * never to scripts (HttpOnly), never on cross-site requests (SameSite=Strict, set in payara-web.xml because Payara
 * does not send the Servlet 6 cookie attribute), and only over HTTPS when the portal's public address is HTTPS
 * ({@code OPENDOORS_PUBLIC_URL}) — a TLS proxy in front of the server is the usual city set-up.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    public static final String PUBLIC_URL = "OPENDOORS_PUBLIC_URL";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("opendoors-admin");
        cookie.setPath(event.getServletContext().getContextPath() + "/admin");
        cookie.setHttpOnly(true);
        cookie.setSecure(behindHttps(System.getenv(PUBLIC_URL)));
    }

    static boolean behindHttps(String publicUrl) {
        return publicUrl != null && publicUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }
}

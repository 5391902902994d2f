package org.opendoors.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Answers the addresses of the application's own folders ({@code /admin}, {@code /resources/css}, {@code /WEB-INF}…)
 * itself. Without it the container answers them with a permanent, cacheable redirect to the folder with a slash,
 * written as an absolute URL from the request's {@code Host} header — an attacker's address that a shared cache
 * would then hand to everyone. {@code /admin} leads to the back office; every other folder is simply not a page.
 * Every folder of {@code src/main/webapp} must be listed (a unit test checks it).
 */
@WebServlet(urlPatterns = {
        FolderAddressesServlet.BACK_OFFICE,
        "/admin/audit", "/admin/backup", "/admin/content", "/admin/review", "/admin/translation", "/admin/users",
        "/error", "/guide", "/home", "/school",
        "/resources", "/resources/css", "/resources/css/admin", "/resources/fonts", "/resources/icons", "/resources/js", "/resources/js/admin",
        "/WEB-INF", "/WEB-INF/*", "/META-INF", "/META-INF/*"})
public class FolderAddressesServlet extends HttpServlet {

    static final String BACK_OFFICE = "/admin";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (BACK_OFFICE.equals(request.getServletPath()) && request.getPathInfo() == null) {
            FamilyRoutingFilter.redirect(response, request.getContextPath() + "/admin/index.xhtml");
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

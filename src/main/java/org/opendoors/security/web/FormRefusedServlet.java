package org.opendoors.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.platform.web.SecurityHeadersFilter;

import java.io.IOException;

/**
 * Answers a back-office form whose view state the server does not know: the session expired, or the post was
 * forged. Nothing of it was applied; the page says so and how to go on.
 */
@WebServlet("/admin-form-refused")
public class FormRefusedServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Reached as an error page too, after the container reset the response: the headers are set again here.
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        String home = request.getContextPath() + "/admin/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Form refused — Open Doors back office</title></head><body><main>"
                + "<h1>This form was refused</h1>"
                + "<p>The page it came from is not known to the server: your session may have expired, or the "
                + "form did not come from this back office. Nothing was saved or changed.</p>"
                + "<p><a href=\"" + home + "\">Open the back office again</a> and repeat the change.</p>"
                + "</main></body></html>");
    }
}

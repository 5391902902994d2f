package org.opendoors.security.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CookieOnlySessionFilterTest {

    @Test
    void anyPathParameterRawOrEncodedIsFound() {
        assertTrue(CookieOnlySessionFilter.hasPathParameter("/admin/account.xhtml;JSESSIONID=abc"));
        assertTrue(CookieOnlySessionFilter.hasPathParameter("/admin/account.xhtml%3Bopendoors-admin=abc"));
        assertTrue(CookieOnlySessionFilter.hasPathParameter("/admin;x=1/users/index.xhtml"));
        assertFalse(CookieOnlySessionFilter.hasPathParameter("/en/schools/escola-la-sinia"));
        assertFalse(CookieOnlySessionFilter.hasPathParameter(null));
    }

    @Test
    void theAuditedAddressNeverKeepsTheSessionId() {
        assertEquals("/admin/account.xhtml;JSESSIONID=…",
                CookieOnlySessionFilter.redacted("/admin/account.xhtml;JSESSIONID=2126cf89f8db4e12"));
        assertEquals("/admin/a.xhtml%3Bopendoors-admin=…", CookieOnlySessionFilter.redacted("/admin/a.xhtml%3Bopendoors-admin=secret"));
        assertEquals("/admin;a=…;opendoors-admin=…/x.xhtml", CookieOnlySessionFilter.redacted("/admin;a=b;opendoors-admin=s/x.xhtml"));
    }
}

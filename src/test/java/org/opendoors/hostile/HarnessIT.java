package org.opendoors.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.it.PortalProcess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile harness itself talks to the back office as staff would, so a broken harness cannot pass an attack. */
class HarnessIT {

    private static PortalProcess portal;

    @BeforeAll
    static void start() {
        portal = HostilePortal.start("harness", 10);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void staffSignInCreateAnAccountAndAWrongPasswordIsNotLetIn() {
        StaffSession admin = HostilePortal.admin(portal);
        assertTrue(admin.isSignedIn());
        HostilePortal.createStaff(admin, "harness-translator", "Tr4nslator-harness-2026", "translator");
        assertTrue(StaffSession.signIn(HostilePortal.port(portal), "harness-translator", "Tr4nslator-harness-2026").isSignedIn());
        StaffSession guess = StaffSession.anonymous(HostilePortal.port(portal));
        guess.trySignIn("harness-translator", "not-the-password-at-all");
        assertFalse(guess.isSignedIn());
    }

    @Test
    void rawRequestsReadFamilyPagesAndHeaders() {
        RawHttp.Response home = RawHttp.get(HostilePortal.port(portal), "/en/", java.util.Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, home.status());
        assertTrue(home.body().contains("<html"), home.toString());
        Leaks.assertClean(home, "the English home page");
    }
}

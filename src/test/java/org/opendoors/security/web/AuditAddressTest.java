package org.opendoors.security.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditAddressTest {

    private final AuditPage page = new AuditPage();

    @Test
    void theServersOwnAddressIsSaidSoAndOthersAreShownAsTheyAre() {
        assertEquals("this server (0:0:0:0:0:0:0:1)", page.address("0:0:0:0:0:0:0:1"));
        assertEquals("this server (127.0.0.1)", page.address("127.0.0.1"));
        assertEquals("203.0.113.7", page.address("203.0.113.7"));
        assertEquals("unknown", page.address(" "));
    }
}

package org.opendoors.security.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditAddressTest {

    @Test
    void theServersOwnAddressIsSaidSoAndOthersAreShownAsTheyAre() {
        assertEquals(AuditPage.Origin.THIS_SERVER, AuditPage.Origin.of("0:0:0:0:0:0:0:1"));
        assertEquals(AuditPage.Origin.THIS_SERVER, AuditPage.Origin.of("127.0.0.1"));
        assertEquals(AuditPage.Origin.THIS_SERVER, AuditPage.Origin.of("::1"));
        assertEquals(AuditPage.Origin.ELSEWHERE, AuditPage.Origin.of("203.0.113.7"));
        assertEquals(AuditPage.Origin.UNKNOWN, AuditPage.Origin.of(" "));
        assertEquals(AuditPage.Origin.UNKNOWN, AuditPage.Origin.of(null));
    }
}

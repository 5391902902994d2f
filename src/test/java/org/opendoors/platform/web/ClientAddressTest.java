package org.opendoors.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private static final List<ClientAddress.Range> PROXIES = ClientAddress.parse("127.0.0.1, 10.0.1.0/24, fd00::/8");

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheAddressWhateverTheHeadersSay() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", List.of("198.51.100.1"), List.of()));
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsTaken() {
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", List.of("198.51.100.7"), PROXIES));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.1.20", List.of("198.51.100.7, 10.0.1.5"), PROXIES),
                "a chain of trusted proxies is walked from the right");
        assertEquals("2001:db8::1", ClientAddress.of("fd12::1", List.of("2001:db8::1"), PROXIES), "IPv6 alike");
    }

    @Test
    void whatAClientWritesIntoTheHeaderItselfIsNeverBelieved() {
        // The client sent "X-Forwarded-For: 10.0.1.9" hoping to look like a proxy, or 192.0.2.1 to look like someone else.
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", List.of("192.0.2.1, 198.51.100.7"), PROXIES));
        assertEquals("198.51.100.7", ClientAddress.of("127.0.0.1", List.of("10.0.1.9", "198.51.100.7"), PROXIES));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", List.of("198.51.100.7"), PROXIES),
                "a request straight from a client is taken at its socket address");
    }

    @Test
    void garbageWhereAnAddressShouldBeStopsTheWalkAtTheProxy() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("evil.example"), PROXIES));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of("1.2.3.999"), PROXIES));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of(""), PROXIES));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", List.of(), PROXIES));
    }

    @Test
    void onlyLiteralsAreReadNeverAName() {
        assertNull(ClientAddress.literal("localhost"));
        assertNull(ClientAddress.literal("1.2.3"));
        assertNull(ClientAddress.literal("01.2.3.4444"));
        assertNull(ClientAddress.literal("1:2:3:4:5:6:7:8:9"));
        assertEquals(4, ClientAddress.literal("192.0.2.1").length);
        assertEquals(16, ClientAddress.literal("2001:db8::1").length);
    }

    @Test
    void aMalformedListIsRefusedWithTheEntryAtFault() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClientAddress.parse("10.0.0.1, proxy.internal"));
        assertTrue(refused.getMessage().contains("proxy.internal"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> ClientAddress.parse("10.0.0.0/33"));
        assertThrows(IllegalStateException.class, () -> ClientAddress.parse("10.0.0.0/x"));
        assertEquals(List.of(), ClientAddress.parse(" "));
    }
}

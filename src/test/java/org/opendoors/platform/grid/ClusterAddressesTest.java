package org.opendoors.platform.grid;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterAddressesTest {

    private static final List<InetAddress> HERE = List.of(address("127.0.0.1"), address("10.0.0.6"));

    @Test
    void aListOfIpv4AddressesThatIncludesOneOfThisMachineIsUsable() {
        assertDoesNotThrow(() -> ClusterAddresses.check("10.0.0.5,10.0.0.6", HERE));
        assertDoesNotThrow(() -> ClusterAddresses.check("127.0.0.1", HERE));
    }

    @Test
    void aListWithoutThisMachineSaysSo() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClusterAddresses.check("10.0.0.7,10.0.0.8", HERE));
        assertTrue(refused.getMessage().contains("none of 10.0.0.7,10.0.0.8 is an address of this machine"),
                refused.getMessage());
    }

    @Test
    void namesPortsSpacesAndOtherFormsAreRefusedNamingTheEntry() {
        for (String wrong : new String[] {"node-a,node-b", "10.0.0.6:6900", "10.0.0.5, 10.0.0.6", "10.0.0.6,",
                "256.0.0.1,10.0.0.6", "::1", "10.0.0.06x", "10.0.0", "١٠.0.0.6"}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> ClusterAddresses.check(wrong, HERE), wrong);
            assertTrue(refused.getMessage().contains("is not an IPv4 address"), wrong + ": " + refused.getMessage());
        }
    }

    @Test
    void anEmptyOrEndlessListIsRefused() {
        assertThrows(IllegalStateException.class, () -> ClusterAddresses.check(" ", HERE));
        String endless = "10.0.0.6,".repeat(100) + "10.0.0.6";
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClusterAddresses.check(endless, HERE));
        assertTrue(refused.getMessage().contains("at most"), refused.getMessage());
    }

    @Test
    void aLongWrongEntryIsShownShortened() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClusterAddresses.check("x".repeat(5_000), HERE));
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }
}

package org.opendoors.platform.grid;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code OPENDOORS_CLUSTER}: the addresses of every node of one portal, which the bundle's boot commands hand to the
 * data grid (its interface, its members and its name). Payara reads the variable before the portal exists, and a
 * grid given a list it cannot use stops the server with a stack trace that names neither the variable nor the
 * remedy; so the bundle's launcher checks the list before Payara starts and stops with the reason.
 */
public final class ClusterAddresses {

    public static final String VARIABLE = "OPENDOORS_CLUSTER";
    private static final int MOST_NODES = 64;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private ClusterAddresses() {
    }

    /**
     * Refuses a list the grid cannot use: not IPv4 addresses separated by commas, or none of them this machine's.
     *
     * @throws IllegalStateException saying which entry is wrong and why
     */
    public static void check() {
        String value = System.getenv(VARIABLE);
        if (value != null) {
            check(value, localAddresses());
        }
    }

    /** The one line an operator reads: what is wrong, with which variable, and what to do. */
    public static String refusal(IllegalStateException wrong) {
        return wrong.getMessage() + " (" + VARIABLE + "). List the IPv4 addresses of every node of this portal, the "
                + "same list on each, like 10.0.0.5,10.0.0.6, or leave it unset for a single node.";
    }

    static void check(String value, List<InetAddress> local) {
        if (value.isBlank()) {
            throw new IllegalStateException("it is set but empty");
        }
        String[] entries = value.split(",", -1);
        if (entries.length > MOST_NODES) {
            throw new IllegalStateException("it lists " + entries.length + " addresses; at most " + MOST_NODES);
        }
        List<InetAddress> listed = new ArrayList<>();
        for (String entry : entries) {
            if (!IPV4.matcher(entry).matches()) {
                String shown = entry.length() > 40 ? entry.substring(0, 40) + "…" : entry;
                throw new IllegalStateException("\"" + shown + "\" is not an IPv4 address like 10.0.0.5 (no spaces, "
                        + "ports or names: the grid uses ports 6900 and up on each address)");
            }
            listed.add(literal(entry));
        }
        if (Collections.disjoint(listed, local)) {
            throw new IllegalStateException("none of " + value + " is an address of this machine, so this node "
                    + "would not know where to listen for the others");
        }
    }

    private static InetAddress literal(String ipv4) {
        try {
            return InetAddress.getByName(ipv4); // a literal: no name is looked up
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(ipv4 + " is not an address", impossible);
        }
    }

    private static List<InetAddress> localAddresses() {
        try {
            List<InetAddress> local = new ArrayList<>();
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                local.addAll(Collections.list(network.getInetAddresses()));
            }
            return local;
        } catch (SocketException unreadable) {
            throw new IllegalStateException("this machine's addresses could not be read: " + unreadable.getMessage(),
                    unreadable);
        }
    }
}

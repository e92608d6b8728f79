package id.tenun.marketplaces.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses anyone on the internet could reach, and so are harmless for a service to call on a user's
 * say-so (a product photo URL): not loopback, private, link-local, multicast, any-local, CGNAT 100.64/10,
 * reserved IPv4, IPv6 unique-local fc00::/7 or site-local, nor an IPv4-mapped, 6to4 or NAT64 form of those.
 * The one place for this rule: the catalog checks photo URLs with it when they are saved, the image fetcher
 * again right before it downloads one.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Whether the address is public; loopback counts as public only where {@code allowLoopback} says so. */
    public static boolean isPublic(InetAddress address, boolean allowLoopback) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 // "this" network
                    || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240); // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
                return false;
            }
            if (isMappedOrCompatibleV4(b)) {
                return isPublic(v4(b, 12), allowLoopback);
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002::/16 embeds an IPv4 address
                return isPublic(v4(b, 2), allowLoopback);
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublic(v4(b, 12), allowLoopback); // NAT64 64:ff9b::/96
            }
        }
        return true;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[]{b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.tenun.catalog.product;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.tenun.catalog.problems.Violation;

/**
 * The rules that keep photo URLs from making the service call anything internal: http(s) only, a host name,
 * no user info, and every address the host resolves to public (not loopback, private, link-local, multicast,
 * any-local, CGNAT 100.64/10, IPv6 unique-local fc00::/7, IPv4-mapped or 6to4 of those).
 */
public final class ImageAddresses {

    /** Resolves a host to all its addresses; the default asks the system resolver. */
    @FunctionalInterface
    public interface Resolver {

        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    private final Resolver resolver;
    private final boolean allowLoopback;

    public ImageAddresses(Resolver resolver, boolean allowLoopback) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
    }

    /** What is wrong with this URL, if anything, as a violation of {@code field}. */
    public Optional<Violation> check(String url, String field) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return bad(field, "Alamat foto wajib diisi (maks. 2000 karakter).",
                    "The photo address is required (max. 2000 characters).");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return bad(field, "Alamat foto bukan URL yang sah.", "The photo address is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return bad(field, "Alamat foto harus diawali http:// atau https://.",
                    "The photo address must start with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return bad(field, "Alamat foto harus memuat nama host, tanpa nama pengguna.",
                    "The photo address must name a host, without a user name.");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(hostOf(uri));
        } catch (UnknownHostException e) {
            return bad(field, "Host foto " + uri.getHost() + " tidak ditemukan.",
                    "The photo host " + uri.getHost() + " cannot be found.");
        }
        if (addresses.isEmpty()) {
            return bad(field, "Host foto " + uri.getHost() + " tidak ditemukan.",
                    "The photo host " + uri.getHost() + " cannot be found.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address, allowLoopback)) {
                return bad(field, "Alamat foto menunjuk ke jaringan internal; gunakan alamat publik.",
                        "The photo address points into an internal network; use a public address.");
            }
        }
        return Optional.empty();
    }

    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** Whether the address is one anyone on the internet could reach, and so harmless to call. */
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
            if ((first & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) { // deprecated site-local fec0::/10
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
            return InetAddress.getByAddress(new byte[] { b[from], b[from + 1], b[from + 2], b[from + 3] });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Violation> bad(String field, String id, String en) {
        return Optional.of(new Violation(field, id, en));
    }
}

package id.tenun.catalog.product;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.http.ImageFetcher;
import id.tenun.marketplaces.http.PublicAddresses;
import id.tenun.support.problems.Violation;

/**
 * The rules that keep photo URLs from making Tenun call anything internal, checked when a product is saved:
 * http(s) only, a host name, no user info, and every address the host resolves to public
 * ({@link PublicAddresses}, the same rule the image fetcher applies again right before it downloads a photo).
 * A photo uploaded to the catalog itself needs none of that: it is ours.
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
    private final String trustedHost;
    private final Predicate<String> ownPhoto;
    private final ImageFetcher fetcher;

    /**
     * @param trustedHost {@code host:port} whose photos need no address check (the local sandbox's), or null
     * @param ownPhoto whether a URL names a photo uploaded to this catalog, which is accepted as it is
     * @param fetcher downloads each photo to check that it is an image of an accepted size, or null to check the
     *        address only (where the service cannot reach the internet)
     */
    public ImageAddresses(Resolver resolver, boolean allowLoopback, String trustedHost, Predicate<String> ownPhoto,
            ImageFetcher fetcher) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
        this.trustedHost = trustedHost == null || trustedHost.isBlank() ? null : trustedHost.toLowerCase(Locale.ROOT);
        this.ownPhoto = ownPhoto;
        this.fetcher = fetcher;
    }

    /** What is wrong with this URL, if anything, as a violation of {@code field}. */
    public Optional<Violation> check(String url, String field) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return bad(field, "Alamat foto wajib diisi (maks. 2000 karakter).",
                    "The photo address is required (max. 2000 characters).");
        }
        if (ownPhoto.test(url)) {
            return Optional.empty();
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
        if (trustedHost != null && (uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT).equals(trustedHost)) {
            return fetcher == null ? Optional.empty() : fetched(url, field);
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
            if (!PublicAddresses.isPublic(address, allowLoopback)) {
                return bad(field, "Alamat foto menunjuk ke jaringan internal; gunakan alamat publik.",
                        "The photo address points into an internal network; use a public address.");
            }
        }
        return fetcher == null ? Optional.empty() : fetched(url, field);
    }

    private Optional<Violation> fetched(String url, String field) {
        try {
            fetcher.fetch(url);
            return Optional.empty();
        } catch (ImageFetcher.Refused refused) {
            return bad(field, "Foto tidak dapat dipakai: harus berupa gambar (maks. ukuran yang diizinkan) di alamat "
                    + "yang tidak dialihkan. (" + refused.getMessage() + ")",
                    "The photo cannot be used: it must be an image (within the size limit) at an address that does "
                            + "not redirect. (" + refused.getMessage() + ")");
        } catch (MarketplaceCallFailed unreachable) {
            return bad(field, "Foto tidak dapat diunduh saat ini; periksa alamatnya atau coba lagi nanti.",
                    "The photo cannot be downloaded right now; check its address or try again later.");
        }
    }

    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static Optional<Violation> bad(String field, String id, String en) {
        return Optional.of(new Violation(field, id, en));
    }
}

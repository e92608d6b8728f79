package id.tenun.marketplaces.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceCallFailed;

/**
 * Downloads a product photo so that a channel can upload it, without letting a photo URL make Tenun call
 * anything internal: http(s) only, every address of the host public (re-checked here, right before the call,
 * whatever the catalog checked when the URL was saved), no redirect followed, an {@code image/*} answer of at
 * most {@code maxBytes}, read with the channel's timeouts. Photos on the channel's own host (the marketplace's
 * configured base URL, e.g. the local sandbox's demo images) are trusted as configured.
 */
public final class ImageFetcher {

    /** What the marketplaces accept for a product photo, at most. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final Duration connectTimeout;

    private HttpClient client;

    private final Duration requestTimeout;

    private final long maxBytes;

    private final Set<String> trustedAuthorities;

    /**
     * A fetcher with the channel's timeouts and the default size bound, trusting the channel's own host and Tenun's
     * own photos ({@link ChannelSettings#photosUrl()}, the catalog's public address).
     */
    public static ImageFetcher of(ChannelSettings settings) {
        return new ImageFetcher(settings.connectTimeout(), settings.requestTimeout(), DEFAULT_MAX_BYTES,
                settings.root(), settings.photosUrl() == null ? null : settings.photosUrl().toString());
    }

    /**
     * @param trusted base URLs or {@code host:port}s whose photos need no address check (the channel's own host,
     *        Tenun's own photos); null or blank ones are left out
     */
    public ImageFetcher(Duration connectTimeout, Duration requestTimeout, long maxBytes, String... trusted) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.maxBytes = maxBytes;
        this.trustedAuthorities = Stream.of(trusted).filter(one -> one != null && !one.isBlank())
                .map(one -> authority(URI.create(one.contains("://") ? one : "http://" + one)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A photo as downloaded. */
    public record Image(String contentType, byte[] bytes) {
    }

    /** The photo cannot be used, whatever we retry: the URL, its host, its answer or its content is wrong. */
    public static final class Refused extends RuntimeException {

        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * Downloads the photo.
     * @throws Refused when the photo cannot be used (a permanent reason, in plain words)
     * @throws MarketplaceCallFailed of kind TRANSIENT when the host did not answer in time or answered 5xx
     */
    public Image fetch(String url) {
        URI uri = checked(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout).GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status >= 500) {
                    throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT,
                            "image " + url + " answered HTTP " + status, null);
                }
                if (status >= 300) {
                    throw new Refused("image " + url + " could not be downloaded (HTTP " + status
                            + (status < 400 ? ", redirects are not followed" : "") + ")");
                }
                String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (!type.startsWith("image/")) {
                    throw new Refused("image " + url + " is not an image (Content-Type '" + type + "')");
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new Refused("image " + url + " is larger than " + maxBytes + " bytes");
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new Refused("image " + url + " is larger than " + maxBytes + " bytes");
                }
                return new Image(type, bytes);
            }
        } catch (HttpTimeoutException ex) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT, "Timed out fetching image " + url,
                    null);
        } catch (IOException ex) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT,
                    "Could not fetch image " + url + ": " + ex.getClass().getSimpleName(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT, "Interrupted", null);
        }
    }

    /** Made on the first photo: most channels never fetch one, and each client holds a selector thread. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    private URI checked(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException ex) {
            throw new Refused("image address '" + url + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("image address " + url + " is not http(s)");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new Refused("image address " + url + " must name a host, without a user name");
        }
        if (trustedAuthorities.contains(authority(uri))) {
            return uri;
        }
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!PublicAddresses.isPublic(address, false)) {
                    throw new Refused("image address " + url + " points into an internal network");
                }
            }
        } catch (UnknownHostException ex) {
            throw new Refused("image host " + uri.getHost() + " cannot be found");
        }
        return uri;
    }

    private static String authority(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }
}

package id.tenun.marketplaces.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import id.tenun.marketplaces.MarketplaceCallFailed;

/**
 * The JDK HTTP client with the channel's timeouts; network failures and timeouts become
 * {@link MarketplaceCallFailed} of kind TRANSIENT. Channel clients build on it; it knows nothing of any marketplace.
 */
public final class HttpTransport {

    private final HttpClient client;

    private final Duration requestTimeout;

    public HttpTransport(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
    }

    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    public HttpReply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(response.statusCode(), response.headers(), response.body());
        } catch (HttpTimeoutException ex) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT,
                    "Timed out calling " + request.method() + " " + request.uri().getPath(), null);
        } catch (IOException ex) {
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT,
                    "Could not reach " + request.uri().getHost() + ": " + ex.getClass().getSimpleName(), null);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MarketplaceCallFailed(MarketplaceCallFailed.Kind.TRANSIENT, "Interrupted", null);
        }
    }

    /** {@code a=1&b=2}, values URL-encoded in UTF-8, in the map's order. */
    public static String query(Map<String, String> parameters) {
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((key, value) -> joiner.add(encode(key) + "=" + encode(value)));
        return joiner.toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A multipart/form-data body with text fields and one file. */
    public static Multipart multipart(Map<String, String> fields, String fileField, String fileName, String contentType,
            byte[] content) {
        String boundary = "tenun-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: ")
                .append(contentType)
                .append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return new Multipart("multipart/form-data; boundary=" + boundary, body);
    }

    public record Multipart(String contentType, byte[] body) {
    }
}

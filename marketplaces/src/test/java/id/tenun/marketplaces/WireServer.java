package id.tenun.marketplaces;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server for adapter tests: answers every request with the status and JSON body it is given, and keeps
 * what it received (method, path, decoded query, raw body), so a test can check the wire format byte for byte.
 */
public final class WireServer implements AutoCloseable {

    public record Received(String method, String path, Map<String, String> query, String body,
            Map<String, List<String>> headers) {

        /** The form-encoded body's parameters, decoded. */
        public Map<String, String> form() {
            return decode(body);
        }
    }

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private volatile int status = 200;

    private volatile String answer = "{}";

    public WireServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), uri.getPath(), decode(uri.getRawQuery()), body,
                    Map.copyOf(exchange.getRequestHeaders())));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** What the next requests are answered. */
    public WireServer answer(int status, String json) {
        this.status = status;
        this.answer = json;
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Settings of a channel whose API is nowhere and whose token endpoints are on this server under {@code path}. */
    public ChannelSettings authOnly(String path, ShopCredentials shop) {
        return new ChannelSettings(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2), Duration.ofSeconds(2), 5,
                null, null, List.of(shop), url(path));
    }

    /** Settings of a channel whose API (token endpoints included) is this server under {@code path}. */
    public ChannelSettings api(String path, ShopCredentials shop) {
        return new ChannelSettings(url(path), Duration.ofSeconds(2), Duration.ofSeconds(2), 5, null, null,
                List.of(shop));
    }

    /** Every request received, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

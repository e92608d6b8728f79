package id.tenun.marketplaces;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A marketplace on a loopback port for the adapters' wire-format tests: it records each request (method, path, query,
 * body) and answers the next of the answers given, in order (404 once they run out). Register it as a field
 * ({@code @RegisterExtension}): it listens from its construction to the end of the test.
 */
public final class LocalMarketplace implements AfterEachCallback {

    /** A request as the marketplace received it. */
    public record Request(String method, String path, Map<String, String> query, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final HttpServer server;

    private final Deque<Answer> answers = new ArrayDeque<>();

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalMarketplace() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The adapters' settings for this marketplace, with one shop. */
    public ChannelSettings settings(ShopCredentials shop) {
        return new ChannelSettings(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2), 10, null, null, List.of(shop));
    }

    /** Queues the answer to the next request. */
    public LocalMarketplace answer(int status, String body) {
        synchronized (answers) {
            answers.add(new Answer(status, body));
        }
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer;
        synchronized (answers) {
            answer = answers.isEmpty() ? new Answer(404, "") : answers.poll();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }
}

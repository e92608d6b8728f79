package id.tenun.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/** A stand-in for the order service's webhook intake: keeps what it receives, can refuse the first calls. */
final class WebhookReceiver {

    record Received(String channel, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/webhooks/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String channel = exchange.getRequestURI().getPath().substring("/webhooks/".length());
                Map<String, String> headers = new LinkedHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
                AtomicInteger refusals = receiver.refusals.get(channel);
                int status = refusals != null && refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
                if (status == 200) {
                    receiver.received.add(new Received(channel, headers, body));
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String url(String channel) {
        return "http://localhost:" + server.getAddress().getPort() + "/webhooks/" + channel;
    }

    /** The channel's next {@code count} webhooks are answered 503. */
    void refuseNext(String channel, int count) {
        refusals.computeIfAbsent(channel, key -> new AtomicInteger()).set(count);
    }

    /** Waits (up to a bound, never asserted) for webhooks matching the filter. */
    List<Received> await(Predicate<Received> filter, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Received> matching = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            matching = received.stream().filter(filter).toList();
            if (matching.size() >= count) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return matching;
    }
}

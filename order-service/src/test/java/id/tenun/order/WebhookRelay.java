package id.tenun.order;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The address the sandbox sends its webhooks to, fixed for the test JVM, forwarding to whichever order-service
 * instance is the target now (the shared test context, or an instance a test starts and kills). With no target it
 * answers 503, as a service that is down would, and the sandbox retries.
 */
public final class WebhookRelay {

    private static WebhookRelay instance;

    private final HttpServer server;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private volatile int target;

    private WebhookRelay() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "webhook-relay");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            int status;
            byte[] answer = new byte[0];
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                int port = target;
                if (port == 0) {
                    status = 503;
                } else {
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + exchange.getRequestURI()))
                            .timeout(Duration.ofSeconds(10))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                    exchange.getRequestHeaders().forEach((name, values) -> {
                        String lower = name.toLowerCase(Locale.ROOT);
                        if (lower.equals("authorization") || lower.equals("content-type") || lower.startsWith("x-")) {
                            values.forEach(value -> request.header(name, value));
                        }
                    });
                    try {
                        HttpResponse<byte[]> response = http.send(request.build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        answer = response.body();
                    } catch (IOException e) {
                        status = 503;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        status = 503;
                    }
                }
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
            exchange.close();
        });
        server.start();
    }

    public static synchronized WebhookRelay get() {
        if (instance == null) {
            instance = new WebhookRelay();
        }
        return instance;
    }

    public String url(String channel) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/" + channel;
    }

    /** Forwards to this port from now on; 0 answers 503 (the service is down). */
    public void target(int port) {
        target = port;
    }

    public static List<String> channels() {
        return List.of("tokopedia", "shopee", "lazada");
    }
}

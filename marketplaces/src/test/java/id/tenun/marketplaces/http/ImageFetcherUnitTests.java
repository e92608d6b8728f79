package id.tenun.marketplaces.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.MarketplaceCallFailed;

class ImageFetcherUnitTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    HttpServer server;
    String base;
    final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kopi.png", exchange -> answer(exchange, 200, "image/png", PNG));
        server.createContext("/page.html", exchange -> answer(exchange, 200, "text/html", "<html>".getBytes()));
        server.createContext("/huge.png", exchange -> answer(exchange, 200, "image/png", new byte[2048]));
        server.createContext("/broken.png", exchange -> answer(exchange, 503, "text/plain", new byte[0]));
        server.createContext("/moved.png", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            answer(exchange, 302, "text/plain", new byte[0]);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        calls.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    ImageFetcher trustingTheServer(long maxBytes) {
        return new ImageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), maxBytes, base);
    }

    @Test
    void downloadsAnImageFromTheChannelsOwnHost() {
        ImageFetcher.Image image = trustingTheServer(1024).fetch(base + "/kopi.png");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(PNG);
    }

    @Test
    void refusesLoopbackAndPrivateAddressesOfAnyOtherHostWithoutCallingThem() {
        ImageFetcher fetcher = new ImageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024,
                "https://partner.shopeemobile.com");
        assertThatThrownBy(() -> fetcher.fetch(base + "/kopi.png")).isInstanceOf(ImageFetcher.Refused.class)
                .hasMessageContaining("internal network");
        assertThatThrownBy(() -> fetcher.fetch("http://10.0.0.7/kopi.png")).isInstanceOf(ImageFetcher.Refused.class);
        assertThatThrownBy(() -> fetcher.fetch("http://[::ffff:192.168.1.1]/kopi.png"))
                .isInstanceOf(ImageFetcher.Refused.class);
        assertThat(calls.get()).isZero();
    }

    @Test
    void refusesWhatIsNotHttpOrNamesAUser() {
        ImageFetcher fetcher = trustingTheServer(1024);
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).isInstanceOf(ImageFetcher.Refused.class);
        assertThatThrownBy(() -> fetcher.fetch("http://user@127.0.0.1/kopi.png"))
                .isInstanceOf(ImageFetcher.Refused.class);
        assertThatThrownBy(() -> fetcher.fetch("not a url")).isInstanceOf(ImageFetcher.Refused.class);
    }

    @Test
    void neverFollowsARedirect() {
        assertThatThrownBy(() -> trustingTheServer(1024).fetch(base + "/moved.png"))
                .isInstanceOf(ImageFetcher.Refused.class).hasMessageContaining("redirects are not followed");
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void refusesAnAnswerThatIsNotAnImageOrTooLarge() {
        assertThatThrownBy(() -> trustingTheServer(1024).fetch(base + "/page.html"))
                .isInstanceOf(ImageFetcher.Refused.class).hasMessageContaining("not an image");
        assertThatThrownBy(() -> trustingTheServer(1024).fetch(base + "/huge.png"))
                .isInstanceOf(ImageFetcher.Refused.class).hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void treatsAServerErrorAsTransient() {
        assertThatThrownBy(() -> trustingTheServer(1024).fetch(base + "/broken.png"))
                .isInstanceOf(MarketplaceCallFailed.class)
                .satisfies(e -> assertThat(((MarketplaceCallFailed) e).kind())
                        .isEqualTo(MarketplaceCallFailed.Kind.TRANSIENT));
    }
}

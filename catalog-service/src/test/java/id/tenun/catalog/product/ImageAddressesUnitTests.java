package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.http.ImageFetcher;
import id.tenun.marketplaces.http.PublicAddresses;

class ImageAddressesUnitTests {

    static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void acceptsPublicAddressesOnly() throws Exception {
        for (String ok : List.of("203.0.113.10", "8.8.8.8", "36.86.63.182", "2001:4860:4860::8888")) {
            assertThat(PublicAddresses.isPublic(ip(ok), false)).as(ok).isTrue();
        }
        for (String bad : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
                "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::",
                "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "2002:7f00:1::", "64:ff9b::a00:1")) {
            assertThat(PublicAddresses.isPublic(ip(bad), false)).as(bad).isFalse();
        }
    }

    @Test
    void refusesAHostThatResolvesToAnyInternalAddress() throws Exception {
        ImageAddresses rules = new ImageAddresses(host -> List.of(ip("203.0.113.5"), ip("10.0.0.5")), false, null,
                url -> false,
                null);
        assertThat(rules.check("https://img.example.id/a.jpg", "imageUrls[0]")).isPresent();
        ImageAddresses publicOnly = new ImageAddresses(host -> List.of(ip("203.0.113.5")), false, null, url -> false,
                null);
        assertThat(publicOnly.check("https://img.example.id/a.jpg", "imageUrls[0]")).isEmpty();
    }

    @Test
    void allowsLoopbackOnlyWhenASettingSaysSo() throws Exception {
        assertThat(new ImageAddresses(host -> List.of(ip("127.0.0.1")), true, null, url -> false, null).check(
                "http://localhost:8080/a.png",
                "imageUrls[0]")).isEmpty();
        assertThat(new ImageAddresses(host -> List.of(ip("127.0.0.1")), false, null, url -> false, null).check(
                "http://localhost:8080/a.png",
                "imageUrls[0]")).isPresent();
    }

    @Test
    void fetchesEachPhotoOnSaveAndRefusesWhatIsNotAnImageOrRedirects() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tenun.png", exchange -> answer(exchange, 200, "image/png"));
        server.createContext("/page.html", exchange -> answer(exchange, 200, "text/html"));
        server.createContext("/moved.png", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/");
            answer(exchange, 302, "text/plain");
        });
        server.start();
        try {
            String host = "127.0.0.1:" + server.getAddress().getPort();
            ImageAddresses rules = new ImageAddresses(name -> List.of(ip("127.0.0.1")), false, host, url -> false,
                    new ImageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024, host));
            assertThat(rules.check("http://" + host + "/tenun.png", "imageUrls[0]")).isEmpty();
            assertThat(rules.check("http://" + host + "/page.html", "imageUrls[1]")).get()
                    .satisfies(violation -> assertThat(violation.en()).contains("not an image"));
            assertThat(rules.check("http://" + host + "/moved.png", "imageUrls[2]")).isPresent();
            assertThat(rules.check("http://localhost:1/other-loopback.png", "imageUrls[3]")).isPresent();
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type) throws IOException {
        byte[] body = {(byte) 0x89, 'P', 'N', 'G'};
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, status == 302 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (status != 302) {
                out.write(body);
            }
        }
    }
}

package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.http.PublicAddresses;

class ImageAddressesUnitTests {

    static InetAddress ip(String literal) throws java.net.UnknownHostException {
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
        ImageAddresses rules = new ImageAddresses(host -> List.of(ip("203.0.113.5"), ip("10.0.0.5")), false);
        assertThat(rules.check("https://img.example.id/a.jpg", "imageUrls[0]")).isPresent();
        ImageAddresses publicOnly = new ImageAddresses(host -> List.of(ip("203.0.113.5")), false);
        assertThat(publicOnly.check("https://img.example.id/a.jpg", "imageUrls[0]")).isEmpty();
    }

    @Test
    void allowsLoopbackOnlyWhenASettingSaysSo() throws Exception {
        assertThat(new ImageAddresses(host -> List.of(ip("127.0.0.1")), true).check("http://localhost:8080/a.png",
                "imageUrls[0]")).isEmpty();
        assertThat(new ImageAddresses(host -> List.of(ip("127.0.0.1")), false).check("http://localhost:8080/a.png",
                "imageUrls[0]")).isPresent();
    }
}

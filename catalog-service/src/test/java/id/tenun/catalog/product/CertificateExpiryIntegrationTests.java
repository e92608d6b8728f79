package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.MovableClock;
import id.tenun.catalog.Published;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * Days pass on a clock the test moves: a product whose certificate expires between writes gets one new snapshot
 * saying it is no longer publishable, even with two instances checking at once.
 */
@TenunIntegrationTest
@Import(CertificateExpiryIntegrationTests.MovableToday.class)
@TestPropertySource(properties = "tenun.catalog.certificates.expiry-check=-")
@DirtiesContext
class CertificateExpiryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    CertificateExpiry expiry;

    @Autowired
    Products products;

    @Test
    void republishesAProductOnceWhenItsCertificateExpiresBetweenWrites() throws Exception {
        Api api = new Api(port);
        String groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Kopi Colol")).id();
        String today = ProductSnapshots.today(clock).toString();
        String expiring = kopi(api, groupId, ProductSnapshots.today(clock).plusDays(1).toString());
        String lasting = kopi(api, groupId, "2099-12-31");
        String expiredAlready = kopi(api, groupId, ProductSnapshots.today(clock).minusDays(3).toString());
        assertThat(Published.onTestBroker().product(expiring, 1).product().publishable()).as(today).isTrue();
        assertThat(Published.onTestBroker().product(expiredAlready, 1).product().publishable()).isFalse();

        clock.moveBy(Duration.ofDays(2));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> instances = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return expiry.check();
                })).toList();
        int bumped = instances.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(bumped).isEqualTo(1);
        assertThat(expiry.check()).isZero();
        ProductSnapshot snapshot = Published.onTestBroker().product(expiring, 2).product();
        assertThat(snapshot.publishable()).isFalse();
        assertThat(snapshot.unpublishableReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("CERTIFICATION_EXPIRED");
            assertThat(reason.message().id()).contains("PIRT").contains("kedaluwarsa");
            assertThat(reason.message().en()).contains("PIRT").contains("expired");
        });
        assertThat(products.byId(expiring).orElseThrow().version()).isEqualTo(2);
        assertThat(products.byId(lasting).orElseThrow().version()).isEqualTo(1);
        assertThat(products.byId(expiredAlready).orElseThrow().version()).isEqualTo(1);
        assertThat(Published.onTestBroker().products(expiring).stream().map(ProductChanged::version).distinct())
                .containsExactly(1L, 2L);
        JsonNode newest = api.get(TestTokens.staff(), "/api/products/" + expiring + "/history").json().get(0);
        assertThat(newest.path("action").asString()).isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(newest.path("by").asString()).isEqualTo("system");
        assertThat(newest.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void leavesAProductWrittenAfterItsCertificateExpired() {
        Api api = new Api(port);
        String groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Madu Mutis")).id();
        String id = kopi(api, groupId, ProductSnapshots.today(clock).toString());
        clock.moveBy(Duration.ofDays(1));
        String sku = api.get(TestTokens.staff(), "/api/products/" + id).json().path("variants").get(0).path("sku")
                .asString();
        assertThat(api.post(TestTokens.staff(), "/api/products/" + id + "/stock-adjustments",
                Map.of("sku", sku, "delta", 1, "reason", "panen baru")).status()).isEqualTo(201);
        assertThat(Published.onTestBroker().product(id, 2).product().publishable()).isFalse();

        assertThat(expiry.check()).isZero();
        assertThat(products.byId(id).orElseThrow().version()).isEqualTo(2);
    }

    private static String kopi(Api api, String groupId, String pirtExpiresOn) {
        Map<String, Object> kopi = Fixtures.kopi(groupId, false);
        kopi.put("certifications", List.of(Fixtures.pirt(pirtExpiresOn), Fixtures.halal()));
        Api.Reply created = api.post(TestTokens.staff(), "/api/products", kopi);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableToday {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2031-03-10T02:00:00Z"));
        }
    }
}

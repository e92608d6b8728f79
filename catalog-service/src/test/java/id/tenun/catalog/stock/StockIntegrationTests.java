package id.tenun.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Eventually;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.Published;
import id.tenun.catalog.product.Products;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.order.OrderCancelled;
import id.tenun.events.order.OrderLine;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.order.OrderReturned;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

@TenunIntegrationTest
class StockIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, TenunEvent> kafka;

    @Autowired
    Products products;

    @Autowired
    StockMovements movements;

    Api api;
    String groupId;
    String productId;
    String sku;

    @BeforeEach
    void productWithFiveInStock() {
        api = new Api(port);
        groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Nita")).id();
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
        productId = created.id();
        sku = created.json().path("variants").get(0).path("sku").asString();
    }

    @Test
    void recordsAManualAdjustmentWithItsReasonAndPublishesTheNewStockAtOnce() {
        Reply adjusted = api.post(TestTokens.groupMember(groupId), "/api/products/" + productId + "/stock-adjustments",
                Map.of("sku", sku, "delta", 3, "reason", "Selesai tenun 3 lembar"));

        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        assertThat(adjusted.json().path("available").asLong()).isEqualTo(8);
        assertThat(Published.onTestBroker().product(productId, 2).product().variant(sku).stock()).isEqualTo(8);
        Reply ledger = api.get(TestTokens.staff(), "/api/products/" + productId + "/stock-movements");
        assertThat(ledger.json().path("total").asInt()).isEqualTo(2);
        assertThat(ledger.text()).contains("Selesai tenun 3 lembar").contains("OPENING").contains("ADJUSTMENT");
    }

    @Test
    void refusesToTakeMoreThanIsAvailableAndChangesNothing() {
        Reply refused = api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                Map.of("sku", sku, "delta", -6, "reason", "Rusak kena air"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("id").asString()).contains("Stok tidak cukup");
        assertThat(products.byId(productId).orElseThrow().stockOf(sku)).isEqualTo(5);
        assertThat(products.byId(productId).orElseThrow().version()).isEqualTo(1);
        assertThat(api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                Map.of("sku", sku, "delta", 0, "reason", "x")).status()).isEqualTo(400);
        assertThat(api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                Map.of("sku", sku, "delta", -1)).json().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");
    }

    @Test
    void neverLosesAConcurrentAdjustmentNorGoesNegative() throws Exception {
        api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                Map.of("sku", sku, "delta", 15, "reason", "stok opname")); // 20 now
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            calls.add(() -> api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                    Map.of("sku", sku, "delta", -1, "reason", "terjual di pasar")).status());
        }
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api.post(TestTokens.staff(), "/api/products/" + productId + "/stock-adjustments",
                    Map.of("sku", sku, "delta", 1, "reason", "tenun baru")).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : pool.invokeAll(calls)) {
            statuses.add(future.get());
        }
        pool.shutdown();

        long taken = statuses.subList(0, 30).stream().filter(s -> s == 201).count();
        assertThat(statuses.subList(0, 30)).allMatch(s -> s == 201 || s == 409);
        assertThat(statuses.subList(30, 40)).allMatch(s -> s == 201);
        long stock = products.byId(productId).orElseThrow().stockOf(sku);
        assertThat(stock).isEqualTo(20 + 10 - taken).isGreaterThanOrEqualTo(0);
        assertThat(taken).isGreaterThanOrEqualTo(20);
        long version = products.byId(productId).orElseThrow().version();
        assertThat(version).isEqualTo(1 + 1 + 10 + taken);
        assertThat(Published.onTestBroker().product(productId, version).product().variant(sku).stock())
                .isEqualTo(stock);
    }

    @Test
    void reservesAnOrderLineOnceHoweverOftenTheEventComes() throws Exception {
        String orderId = "ord-" + UUID.randomUUID();
        OrderPlaced placed = placed(orderId, 2);
        kafka.send(Topics.ORDERS, orderId, placed).get();
        kafka.send(Topics.ORDERS, orderId, placed).get();
        kafka.send(Topics.ORDERS, orderId, placed(orderId, 2)).get(); // replayed with a new event id

        Eventually.holds(() -> movements.byId("ord:" + orderId + ":L1:RESERVATION")
                .map(m -> m.state() == StockMovement.State.APPLIED).orElse(false), "reservation applied");
        Thread.sleep(500);
        assertThat(products.byId(productId).orElseThrow().stockOf(sku)).isEqualTo(3);
        assertThat(products.byId(productId).orElseThrow().version()).isEqualTo(2);
        assertThat(Published.onTestBroker().product(productId, 2).product().variant(sku).stock()).isEqualTo(3);

        OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), Instant.now(), 1, orderId, "shopee",
                "884213377",
                "EXT-" + orderId, List.of(groupId), 2, List.of(new OrderLine("L1", sku, productId, 2, 1_250_000)),
                "Pembeli membatalkan");
        kafka.send(Topics.ORDERS, orderId, cancelled).get();
        kafka.send(Topics.ORDERS, orderId, cancelled).get();
        Eventually.holds(() -> products.byId(productId).orElseThrow().stockOf(sku) == 5, "stock released");
        Thread.sleep(500);
        assertThat(products.byId(productId).orElseThrow().stockOf(sku)).isEqualTo(5);
        assertThat(products.byId(productId).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void flagsAnOrderThatWouldMakeStockNegativeAsOversoldAndNeverDropsIt() throws Exception {
        String orderId = "ord-" + UUID.randomUUID();
        kafka.send(Topics.ORDERS, orderId, placed(orderId, 7)).get();

        StockMovement reservation = Eventually.get(() -> movements.byId("ord:" + orderId + ":L1:RESERVATION")
                .filter(m -> m.state() == StockMovement.State.APPLIED).orElse(null), "reservation");
        assertThat(reservation.applied()).isEqualTo(-5);
        assertThat(reservation.oversold()).isEqualTo(2);
        assertThat(reservation.flaggedOversold()).isTrue();
        assertThat(products.byId(productId).orElseThrow().stockOf(sku)).isZero();
        assertThat(products.byId(productId).orElseThrow().oversold()).containsEntry(sku, 2L);
        assertThat(api.get(TestTokens.staff(), "/api/products/" + productId).json().path("variants").get(0)
                .path("oversold").asLong()).isEqualTo(2);

        OrderReturned returned = new OrderReturned(UUID.randomUUID(), Instant.now(), 1, orderId, "shopee", "884213377",
                "EXT-" + orderId, List.of(groupId), 3, List.of(new OrderLine("L1", sku, null, 7, 1_250_000)), null);
        kafka.send(Topics.ORDERS, orderId, returned).get();
        Eventually.holds(() -> products.byId(productId).orElseThrow().stockOf(sku) == 5, "returned what it took");
    }

    private OrderPlaced placed(String orderId, long quantity) {
        return new OrderPlaced(UUID.randomUUID(), Instant.now(), 1, orderId, "shopee", "884213377", "EXT-" + orderId,
                List.of(groupId), 1, List.of(new OrderLine("L1", sku, null, quantity, 1_250_000)));
    }
}

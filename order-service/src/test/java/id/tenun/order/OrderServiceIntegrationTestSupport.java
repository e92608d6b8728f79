package id.tenun.order;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.events.Channels;
import id.tenun.events.EventJson;
import id.tenun.events.Programme;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.Orders;
import id.tenun.order.lifecycle.ProductPlace;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestInfrastructure;

/**
 * The one context the order-service integration tests share: the service on the embedded broker and wire server.
 * Orders come in as listing sync's reads ({@link #publish}) on {@code marketplace.orders.v1}; webhooks are
 * signed by the tests with the demo app's secrets (the service's defaults).
 */
@TenunIntegrationTest
public abstract class OrderServiceIntegrationTestSupport {

    /** Shopee's webhook URL as registered for the tests: Shopee signs it. */
    public static final String SHOPEE_CALLBACK_URL = "https://orders.tenun.test/webhooks/shopee";

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, TenunEvent> kafka;

    @Autowired
    protected Orders orders;

    @Autowired
    protected CatalogProjection catalog;

    protected RestTestClient http;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        serviceSettings().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The order service's settings for tests: Shopee's registered webhook URL and quick timings. */
    public static Map<String, String> serviceSettings() {
        return Map.of("tenun.orders.marketplaces.channels.shopee.webhook-callback-url", SHOPEE_CALLBACK_URL,
                "tenun.orders.processing.sweep-interval", "1s", "tenun.orders.processing.sweep-grace", "1s",
                "tenun.kafka.initial-back-off", "50ms", "tenun.kafka.retries", "2", "logging.level.org.apache.kafka",
                "WARN");
    }

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static GroupSnapshot group(String groupId, String villageCode, Programme programme) {
        String[] parts = villageCode.split("\\.");
        return new GroupSnapshot(groupId, 1, "Kelompok " + groupId, programme, GroupSnapshot.GroupKind.COMMUNITY,
                villageCode, parts[0] + "." + parts[1] + "." + parts[2], parts[0] + "." + parts[1], parts[0],
                GroupSnapshot.GroupStatus.ACTIVE, List.of(), Instant.now());
    }

    public static ProductSnapshot product(String productId, String groupId, String sku, String villageCode,
            boolean processed) {
        return new ProductSnapshot(productId, groupId, 1, "Sarung " + productId, "Tenun ikat.", "tekstil.tenun-ikat",
                Map.of(), processed, "benang kapas", 800, new ProductSnapshot.Dimensions(35, 25, 5),
                List.of("https://img.tenun.id/" + productId + ".png"), 1, ProductSnapshot.Condition.NEW,
                List.of(new ProductSnapshot.Variant(sku, Map.of(), 150_000, 50)), List.of(), true, List.of(),
                villageCode, Programme.OVOP, false, Instant.now());
    }

    /** Stores a paid Shopee order of one line of the group's product (no catalog needed) and returns its id. */
    protected String paidOrderOf(String group) {
        ProductPlace place = new ProductPlace("prd-" + group, "Sarung", group, "53.07.03.2005", "53.07.03", "53.07",
                "53", "OVOP", true);
        Instant at = Instant.now();
        NewOrder placed = new NewOrder(Channels.SHOPEE, "shop", unique("ext"), OrderStatus.PAID, "PAID", at, at,
                List.of(OrderLine.of("1", "SKU-" + group, 1, 150_000)), null, null, null, "test");
        Order stored = Order.place(placed, sku -> Optional.of(place), Instant.now());
        orders.insert(stored);
        return stored.id();
    }

    /** Publishes the group and product on the catalog topics and waits until the projection knows the SKU. */
    protected void catalogKnows(GroupSnapshot group, ProductSnapshot product) {
        kafka.send(Topics.GROUPS, group.groupId(), GroupChanged.of(group)).join();
        kafka.send(Topics.PRODUCTS, product.productId(), ProductChanged.of(product)).join();
        String sku = product.variants().get(0).sku();
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.bySku(sku).isPresent()
                && catalog.group(group.groupId()).isPresent());
    }

    /** Publishes listing sync's read of an order on {@code marketplace.orders.v1}, as listing sync does. */
    protected void publish(ShopOrderRead read) {
        kafka.send(Topics.SHOP_ORDERS, read.key(), read).join();
    }

    protected Order awaitOrder(String channel, String externalOrderId, String status) {
        String id = Order.idOf(channel, externalOrderId);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> orders.find(id).filter(o -> o.status().id().equals(status) && !o.hasPendingWork())
                        .isPresent());
        return orders.find(id).orElseThrow();
    }

    /** Every {@code orders.v1} event of the order, read from the start of the topic. */
    protected static List<OrderEvent> orderEvents(String orderId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<OrderEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ORDERS));
            long deadline = System.currentTimeMillis() + 5_000;
            int emptyPolls = 0;
            while (System.currentTimeMillis() < deadline && emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (orderId.equals(record.key())) {
                        events.add(EventJson.read(record.value(), OrderEvent.class));
                    }
                }
            }
        }
        return events;
    }
}

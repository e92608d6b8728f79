package id.tenun.order;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import id.tenun.events.EventJson;
import id.tenun.events.Programme;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.Orders;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestInfrastructure;

/**
 * The one context the order-service integration tests share: the service on the embedded broker and wire server,
 * reading orders from the real marketplace sandbox (shop 1 of each channel), whose signed webhooks come through the
 * {@link WebhookRelay}. Polling is off here (tests call it), so what a test sees came by webhook unless it polls.
 */
@TenunIntegrationTest
public abstract class OrderServiceIntegrationTestSupport {

    /**
     * Two shops per channel (1: the shared tests, 2: the convergence run) at a quota no test reaches, quick audits,
     * and signed webhooks to the {@link WebhookRelay} with quick retries.
     */
    public static final SandboxServer.Setup SANDBOX_SETUP = new SandboxServer.Setup(List.of(1000, 1000),
            Duration.ofMillis(100), sandboxWebhooks());

    protected static final SandboxServer SANDBOX = SandboxServer.get(SANDBOX_SETUP);

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
        serviceSettings(1).forEach((key, value) -> registry.add(key, () -> value));
        testSettings().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The order service's settings for the sandbox, with the given shops connected. */
    public static Map<String, String> serviceSettings(int... shops) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String channel : WebhookRelay.channels()) {
            String prefix = "tenun.orders.marketplaces.channels." + channel + ".";
            settings.put(prefix + "base-url", SANDBOX.baseUrl(channel));
            settings.put(prefix + "webhook-callback-url", WebhookRelay.get().url(channel));
            for (int i = 0; i < shops.length; i++) {
                settings.put(prefix + "shops[" + i + "].shop-id", SandboxServer.shop(channel, shops[i]));
                settings.put(prefix + "shops[" + i + "].access-token", SandboxServer.accessToken(channel, shops[i]));
                settings.put(prefix + "shops[" + i + "].shop-cipher", channel.equals("tokopedia")
                        ? SandboxServer.shopCipher(shops[i])
                        : "");
            }
        }
        return settings;
    }

    private static Map<String, String> sandboxWebhooks() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String channel : WebhookRelay.channels()) {
            settings.put("sandbox." + channel + ".webhook-url", WebhookRelay.get().url(channel));
            settings.put("sandbox." + channel + ".webhook-max-attempts", "8");
            settings.put("sandbox." + channel + ".webhook-retry-interval", "500ms");
        }
        return settings;
    }

    /** Quick timings for tests. */
    public static Map<String, String> testSettings() {
        return Map.of("tenun.orders.polling.enabled", "false", "tenun.orders.processing.sweep-interval", "1s",
                "tenun.orders.processing.sweep-grace", "1s", "tenun.kafka.initial-back-off", "50ms",
                "tenun.kafka.retries", "2", "logging.level.org.apache.kafka", "WARN");
    }

    @BeforeEach
    void client() {
        WebhookRelay.get().target(port);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static GroupSnapshot group(String groupId, String villageCode, Programme programme) {
        String[] parts = villageCode.split("\\.");
        return new GroupSnapshot(groupId, 1, "Kelompok " + groupId, programme, GroupSnapshot.GroupKind.COMMUNITY,
                villageCode, parts[0] + "." + parts[1] + "." + parts[2], parts[0] + "." + parts[1], parts[0],
                GroupSnapshot.GroupStatus.ACTIVE, List.of("mentor-1"), List.of(), Instant.now());
    }

    public static ProductSnapshot product(String productId, String groupId, String sku, String villageCode,
            boolean processed) {
        return new ProductSnapshot(productId, groupId, 1, "Sarung " + productId, "Tenun ikat.", "tekstil.tenun-ikat",
                Map.of(), processed, "benang kapas", 800, new ProductSnapshot.Dimensions(35, 25, 5),
                List.of("https://img.tenun.id/" + productId + ".png"), 1, ProductSnapshot.Condition.NEW,
                List.of(new ProductSnapshot.Variant(sku, Map.of(), 150_000, 50)), List.of(), true, List.of(),
                villageCode, Programme.OVOP, false, Instant.now());
    }

    /** Publishes the group and product on the catalog topics and waits until the projection knows the SKU. */
    protected void catalogKnows(GroupSnapshot group, ProductSnapshot product) {
        kafka.send(Topics.GROUPS, group.groupId(), GroupChanged.of(group)).join();
        kafka.send(Topics.PRODUCTS, product.productId(), ProductChanged.of(product)).join();
        String sku = product.variants().get(0).sku();
        await().atMost(Duration.ofSeconds(20)).until(() -> catalog.bySku(sku).isPresent()
                && catalog.group(group.groupId()).isPresent());
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

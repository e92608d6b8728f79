package id.tenun.listing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.events.LocalizedText;
import id.tenun.events.Programme;
import id.tenun.events.TenunEvent;
import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * The one context every listing-sync integration test shares (same configuration, so Spring caches it): the
 * service on the embedded broker and wire server, talking over HTTP to the real marketplace sandbox.
 */
@TenunIntegrationTest
public abstract class ListingSyncIntegrationTestSupport {

    public static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaTemplate<String, TenunEvent> kafka;

    @Autowired
    protected Listings listings;

    protected RestTestClient http;

    /** The sandbox's quota for shops 1, 3 and 5, and ours for every shop but 2. */
    public static final int QUOTA = 100;

    /** Shop 2's quota: pacing. */
    public static final int LOW_QUOTA = 5;

    /** Shop 4's quota, lower than the one we believe in: the fault run meets 429s. */
    public static final int FAULT_QUOTA = 60;

    /** The shop whose tokens the token-renewal tests let expire. */
    public static final int TOKEN_SHOP = 5;

    /** The shop whose orders the order-read tests read, held by one group only. */
    public static final int ORDER_SHOP = 6;

    /** A shop at {@link #LOW_QUOTA} flooded with orders and listing pushes. */
    public static final int FLOODED_SHOP = 7;

    /** A shop at {@link #LOW_QUOTA} of another group, read while the flooded one is busy. */
    public static final int NEIGHBOUR_SHOP = 8;

    /** A shop no group holds until a test connects it (one channel each: unmatched, disconnected, shops topic). */
    public static final int UNHELD_SHOP = 9;

    /**
     * Nine shops per channel: 1 general, 2 pacing, 3 call counting, 4 the fault run, 5 token renewal, 6 order reads,
     * 7 and 8 order reads at a low quota, 9 shops no group holds.
     */
    public static final SandboxServer.Setup SANDBOX_SETUP = new SandboxServer.Setup(
            List.of(QUOTA, LOW_QUOTA, QUOTA, FAULT_QUOTA, QUOTA, QUOTA, LOW_QUOTA, LOW_QUOTA, QUOTA),
            Duration.ofMillis(200), newShopQuotas());

    /**
     * A shop a seller opens on the sandbox's authorization page gets {@link #QUOTA} too, the quota we believe every
     * shop but the configured low ones has (the sandbox's own default is lower: our calls would meet its 429s).
     */
    private static Map<String, String> newShopQuotas() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String channel : CHANNELS) {
            settings.put("sandbox." + channel + ".new-shop-quota-per-second", Integer.toString(QUOTA));
        }
        return settings;
    }

    protected static final SandboxServer SANDBOX = SandboxServer.get(SANDBOX_SETUP);

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        testSettings(SANDBOX).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The settings of the service under test: the sandbox, quick timings, our quotas equal to the sandbox's. */
    public static Map<String, String> testSettings(SandboxServer sandbox) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String channel : CHANNELS) {
            String prefix = "tenun.listing.channels." + channel + ".";
            settings.put(prefix + "base-url", sandbox.baseUrl(channel));
            settings.put(prefix + "requests-per-second", Integer.toString(QUOTA));
            for (int shop : List.of(2, FLOODED_SHOP, NEIGHBOUR_SHOP)) {
                settings.put(prefix + "shop-quotas." + SandboxServer.shop(channel, shop), Integer.toString(LOW_QUOTA));
            }
            // shop 4: we believe in more than the sandbox grants, so it answers 429s in the fault run
            settings.put(prefix + "shop-quotas." + SandboxServer.shop(channel, 4), Integer.toString(QUOTA));
            settings.put(prefix + "call-timeout", "3s");
            settings.put(prefix + "request-timeout", "2s");
            settings.put(prefix + "max-concurrent-calls", "6");
        }
        settings.put("tenun.listing.sync.poll-interval", "500ms");
        settings.put("tenun.listing.sync.settle", "300ms");
        settings.put("tenun.listing.sync.lease", "12s");
        settings.put("tenun.listing.sync.workers-per-channel", "12");
        settings.put("tenun.listing.sync.backoff-base", "200ms");
        settings.put("tenun.listing.sync.backoff-max", "2s");
        settings.put("tenun.listing.sync.review-poll", "250ms");
        settings.put("tenun.listing.sync.publish-sweep", "1s");
        settings.put("tenun.listing.resilience.minimum-calls", "6");
        settings.put("tenun.listing.resilience.window", "10");
        settings.put("tenun.listing.resilience.open-for", "1s");
        settings.put("tenun.listing.resilience.half-open-calls", "2");
        settings.put("tenun.listing.reconcile.interval", "0s");
        settings.put("tenun.listing.reconcile.pass", "1h");
        // the tests poll the shops' orders themselves (ShopOrderPolling.pollAll)
        settings.put("tenun.listing.orders.poll-enabled", "false");
        // the sandbox's issued tokens live 10 s: renewed when less than 6 s is left, looked for twice a second
        settings.put("tenun.listing.tokens.refresh-before", "6s");
        settings.put("tenun.listing.tokens.check-interval", "500ms");
        settings.put("tenun.listing.tokens.lease", "5s");
        settings.put("tenun.listing.tokens.retry-after-renewal", "200ms");
        settings.put("tenun.kafka.initial-back-off", "50ms");
        settings.put("tenun.kafka.retries", "1");
        return settings;
    }

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    protected void connect(String groupId, int shop, String extra) {
        for (String channel : CHANNELS) {
            connect(groupId, channel, shop, extra);
        }
    }

    /** Connects the group to the channel's shop {@code shop} with the sandbox's credentials, as staff. */
    protected void connect(String groupId, String channel, int shop, String extra) {
        http.put().uri("/api/groups/{g}/connections/{c}", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.APPLICATION_JSON)
                .body(SandboxServer.connectionBody(channel, shop, extra))
                .exchange()
                .expectStatus().isOk();
    }

    protected void publish(ProductSnapshot product) {
        kafka.send("catalog.products.v1", product.productId(), ProductChanged.of(product)).join();
    }

    protected List<Listing> listingsOf(String productId) {
        return listings.ofProduct(productId);
    }

    /** Waits until every listing of the product is on its three channels, synced to {@code version}, in {@code state}. */
    protected void awaitSynced(String productId, long version, ListingState state,
            Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            List<Listing> all = listingsOf(productId);
            Assertions.assertThat(all).hasSize(3).allSatisfy(l -> {
                Assertions.assertThat(l.state()).as(l.id() + " " + l.lastError()).isEqualTo(state);
                Assertions.assertThat(l.productVersion()).isEqualTo(version);
                Assertions.assertThat(l.needsWork()).as(l.id()).isFalse();
            });
        });
    }

    /** A woven-cloth product the sandboxes accept: leaf categories and the mandatory material attribute. */
    protected static ProductSnapshot product(String productId, String groupId, long version, long price, long stock) {
        return new ProductSnapshot(productId, groupId, version, "Sarung Tenun Ikat Sikka " + productId,
                "Tenun ikat pewarna alam dari Sikka.", "tekstil.tenun-ikat",
                Map.of("tokopedia", "600301", "shopee", "100301", "lazada", "10301"), true, "benang kapas", 800,
                new ProductSnapshot.Dimensions(35, 25, 5), List.of(SANDBOX.imageUrl(productId)), 1,
                ProductSnapshot.Condition.NEW,
                List.of(new ProductSnapshot.Variant(productId.toUpperCase() + "-SKU", Map.of("warna", "merah"), price,
                        stock)),
                List.of(), true, List.of(), "53.07.03.2005", Programme.OVOP, false, Instant.now());
    }

    protected static ProductSnapshot unpublishable(ProductSnapshot p, String code, String id, String en) {
        return new ProductSnapshot(p.productId(), p.groupId(), p.version(), p.name(), p.description(), p.categoryCode(),
                p.marketplaceCategories(), p.processed(), p.rawMaterial(), p.weightGrams(), p.dimensions(),
                p.imageUrls(), p.minimumOrder(), p.condition(), p.variants(), p.certifications(), false,
                List.of(new ProductSnapshot.UnpublishableReason(code, new LocalizedText(id, en))), p.villageCode(),
                p.programme(), p.archived(), p.updatedAt());
    }

    protected static ProductSnapshot withVersion(ProductSnapshot p, long version, long price, long stock) {
        var variant = p.variants().get(0);
        return new ProductSnapshot(p.productId(), p.groupId(), version, p.name(), p.description(), p.categoryCode(),
                p.marketplaceCategories(), p.processed(), p.rawMaterial(), p.weightGrams(), p.dimensions(),
                p.imageUrls(), p.minimumOrder(), p.condition(),
                List.of(new ProductSnapshot.Variant(variant.sku(), variant.attributes(), price, stock)),
                p.certifications(), p.publishable(), p.unpublishableReasons(), p.villageCode(), p.programme(),
                p.archived(), Instant.now());
    }

    protected static String sku(String productId) {
        return productId.toUpperCase() + "-SKU";
    }

    /**
     * Waits until {@code count} records with this key are on {@code catalog.products.v1.DLT}, each with a reason;
     * answers the reasons (the {@code kafka_dlt-exception-message} headers), oldest first.
     */
    protected static List<String> awaitDeadLetters(String key, int count) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("catalog.products.v1.DLT"));
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        var header = record.headers().lastHeader("kafka_dlt-exception-message");
                        reasons.add(header == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
                Assertions.assertThat(reasons).hasSize(count).allSatisfy(r -> Assertions.assertThat(r).isNotBlank());
            });
            return reasons;
        }
    }

    /**
     * The JSON of every record on the topic whose key matches, oldest first: a plain consumer (no group) reads every
     * partition from its beginning to the end it had when asked.
     */
    protected static List<String> recordsOn(String topic, Predicate<String> key) {
        Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafkaBootstrapServers(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                Assertions.assertThat(System.currentTimeMillis()).as("reading " + topic).isLessThan(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))
                            && key.test(record.key())) {
                        records.add(record.value());
                    }
                }
            }
        }
        return records;
    }

}

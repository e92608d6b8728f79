package id.tenun.order.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import id.tenun.events.EventJson;
import id.tenun.events.Topics;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.marketplaces.lazada.LazadaSigner;
import id.tenun.marketplaces.shopee.ShopeeSigner;
import id.tenun.marketplaces.tokopedia.TokopediaSigner;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestInfrastructure;

/**
 * Tampered, replayed, unsigned, oversized and malformed webhooks get a 4xx with a problem body and leave nothing
 * behind: no record on {@code marketplace.webhooks.v1}, no order. A good one gets an empty 2xx and is appended.
 */
class WebhookIntakeIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void refusesBadWebhooksWithA4xxAndLeavesNothingBehind() {
        String orderId = "9" + System.nanoTime();
        long now = Instant.now().getEpochSecond();
        byte[] good = tokopedia(orderId, now);
        List<Long> before = endOffsets();

        byte[] tampered = new String(good, StandardCharsets.UTF_8).replace("\"type\":1", "\"type\":1 ")
                .getBytes(StandardCharsets.UTF_8);
        post("tokopedia", tampered, ttsSign(good), 401);
        post("tokopedia", good, null, 401);
        post("tokopedia", good, "not-a-signature", 401);
        byte[] notJson = "{\"type\":1,".getBytes(StandardCharsets.UTF_8);
        post("tokopedia", notJson, ttsSign(notJson), 400);
        byte[] withoutTimestamp = ("{\"type\":1,\"shop_id\":\"" + SandboxServer.shop("tokopedia", 9)
                + "\",\"data\":{\"order_id\":\"" + orderId + "\",\"order_status\":\"UNPAID\"}}")
                .getBytes(StandardCharsets.UTF_8);
        post("tokopedia", withoutTimestamp, ttsSign(withoutTimestamp), 401);
        byte[] orderWithoutShop = ("{\"type\":1,\"timestamp\":" + now + ",\"data\":{\"order_id\":\"" + orderId
                + "\",\"order_status\":\"UNPAID\",\"update_time\":" + now + "}}").getBytes(StandardCharsets.UTF_8);
        post("tokopedia", orderWithoutShop, ttsSign(orderWithoutShop), 400);
        // a verified push about no shop (the partner app as a whole) is acknowledged, and stored nowhere
        byte[] noShop = ("{\"type\":1,\"timestamp\":" + now + "}").getBytes(StandardCharsets.UTF_8);
        post("tokopedia", noShop, ttsSign(noShop), 200);
        byte[] huge = tokopediaPadded(orderId, now, 70_000);
        post("tokopedia", huge, ttsSign(huge), 413);
        post("ebay", good, ttsSign(good), 404);
        byte[] shopee = shopee(orderId, now);
        post("shopee", shopee, ShopeeSigner.webhookSignature(SandboxServer.SHOPEE_PARTNER_KEY,
                "http://localhost:8083/webhooks/shopee", shopee), 401);
        byte[] lazada = lazada(orderId, now);
        post("lazada", lazada, LazadaSigner.webhookSignature(SandboxServer.LAZADA_APP_KEY, "wrong-secret", lazada),
                401);

        assertThat(endOffsets()).isEqualTo(before);
        assertThat(orders.find(Order.idOf("tokopedia", orderId))).isEmpty();
    }

    /**
     * A push the marketplace retried for longer than the replay window (after our 503s, say) is taken while it is new
     * to us; once the order holds a change as new, the same push is acknowledged and not appended again.
     */
    @Test
    void takesAPushRetriedAfterTheWindowOnceAndAcknowledgesItsReplays() {
        String orderId = "7" + System.nanoTime();
        long hourAgo = Instant.now().getEpochSecond() - 3_600;
        byte[] retried = tokopedia(orderId, hourAgo);
        List<Long> before = endOffsets();

        post("tokopedia", retried, ttsSign(retried), 200);
        List<Long> afterRetry = endOffsets();
        assertThat(appendedBetween(before, afterRetry)).isEqualTo(1);

        // the order as the service holds it once listing sync has read it (stored directly: a read on the shared
        // topic would reach the other tests' services too)
        Instant at = Instant.ofEpochSecond(hourAgo);
        orders.insert(Order.place(new NewOrder("tokopedia", SandboxServer.shop("tokopedia", 9), orderId,
                OrderStatus.CREATED, "UNPAID", at, at, List.of(OrderLine.of("1", "SKU-NONE", 1, 1_000)), null, null,
                null, "webhook"), sku -> Optional.empty(), Instant.now()));
        post("tokopedia", retried, ttsSign(retried), 200);
        assertThat(appendedBetween(afterRetry, endOffsets())).isZero();
    }

    /**
     * Verified pushes about the partner app as a whole (no shop: Shopee's code 12, a TikTok Shop or Lazada push with
     * no shop or seller) are acknowledged with an empty 2xx on every channel, counted, and stored nowhere: a 4xx would
     * count against the subscription.
     */
    @Test
    void acknowledgesPartnerLevelPushesOnEveryChannel() {
        long now = Instant.now().getEpochSecond();
        List<Long> before = endOffsets();
        double counted = meters.counter("tenun.orders.webhooks.not.for.a.shop").count();

        byte[] tts = ("{\"type\":6,\"timestamp\":" + now + ",\"data\":{}}").getBytes(StandardCharsets.UTF_8);
        post("tokopedia", tts, ttsSign(tts), 200);
        byte[] shopee = ("{\"shop_id\":0,\"code\":12,\"timestamp\":" + now + ",\"data\":{\"expire_before\":"
                + (now + 86_400) + "}}").getBytes(StandardCharsets.UTF_8);
        post("shopee", shopee, ShopeeSigner.webhookSignature(SandboxServer.SHOPEE_PARTNER_KEY, SHOPEE_CALLBACK_URL,
                shopee), 200);
        byte[] lazada = ("{\"message_type\":7,\"timestamp\":" + now * 1000 + ",\"site\":\"lazada_id\","
                + "\"data\":{}}").getBytes(StandardCharsets.UTF_8);
        post("lazada", lazada, LazadaSigner.webhookSignature(SandboxServer.LAZADA_APP_KEY,
                SandboxServer.LAZADA_APP_SECRET, lazada), 200);

        assertThat(appendedBetween(before, endOffsets())).isZero();
        assertThat(meters.counter("tenun.orders.webhooks.not.for.a.shop").count() - counted).isEqualTo(3);
    }

    private static long appendedBetween(List<Long> before, List<Long> after) {
        long appended = 0;
        for (int i = 0; i < after.size(); i++) {
            appended += after.get(i) - before.get(i);
        }
        return appended;
    }

    @Test
    void takesAGoodWebhookWithAnEmptyAnswerOnEveryChannel() {
        long now = Instant.now().getEpochSecond();
        String orderId = "8" + System.nanoTime();
        List<Long> before = endOffsets();
        byte[] tts = tokopedia(orderId, now);
        byte[] shopee = shopee(orderId, now);
        byte[] lazada = lazada(orderId, now);

        post("tokopedia", tts, ttsSign(tts), 200);
        post("shopee", shopee, ShopeeSigner.webhookSignature(SandboxServer.SHOPEE_PARTNER_KEY,
                SHOPEE_CALLBACK_URL, shopee), 200);
        post("lazada", lazada, LazadaSigner.webhookSignature(SandboxServer.LAZADA_APP_KEY,
                SandboxServer.LAZADA_APP_SECRET, lazada), 200);

        assertThat(appendedBetween(before, endOffsets())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void writesOnlyTheSignatureAndContentTypeToKafkaWhateverHeadersTheCallerAdds() {
        String orderId = "7" + System.nanoTime();
        byte[] tts = tokopedia(orderId, Instant.now().getEpochSecond());
        List<Long> before = endOffsets();

        http.post().uri("/webhooks/tokopedia").contentType(MediaType.APPLICATION_JSON).body(tts)
                .header("Authorization", ttsSign(tts)).header("X-Invented", "boom")
                .header("X-Forwarded-For", "203.0.113.9").header("Cookie", "session=1")
                .exchange().expectStatus().isOk();

        WebhookReceived received = appendedSince(before, orderId);
        assertThat(received.headers()).containsOnlyKeys("authorization", "content-type")
                .containsEntry("authorization", ttsSign(tts));
    }

    private void post(String channel, byte[] body, String signature, int status) {
        var request = http.post().uri("/webhooks/" + channel).contentType(MediaType.APPLICATION_JSON).body(body);
        if (signature != null) {
            request = request.header("Authorization", signature);
        }
        var response = request.exchange().expectStatus().isEqualTo(status);
        if (status >= 400) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(status);
        } else {
            response.expectBody().isEmpty();
        }
    }

    private static String ttsSign(byte[] body) {
        return TokopediaSigner.webhookSignature(SandboxServer.TTS_APP_KEY, SandboxServer.TTS_APP_SECRET, body);
    }

    private static byte[] tokopedia(String orderId, long timestamp) {
        return tokopediaPadded(orderId, timestamp, 0);
    }

    private static byte[] tokopediaPadded(String orderId, long timestamp, int padding) {
        return ("{\"type\":1,\"shop_id\":\"" + SandboxServer.shop("tokopedia", 9) + "\",\"timestamp\":" + timestamp
                + ",\"data\":{\"order_id\":\"" + orderId + "\",\"order_status\":\"UNPAID\",\"update_time\":"
                + timestamp + ",\"note\":\"" + "x".repeat(padding) + "\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] shopee(String orderId, long timestamp) {
        return ("{\"shop_id\":" + SandboxServer.shop("shopee", 9) + ",\"code\":3,\"timestamp\":" + timestamp
                + ",\"data\":{\"ordersn\":\"" + orderId + "\",\"status\":\"UNPAID\",\"update_time\":" + timestamp
                + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lazada(String orderId, long timestamp) {
        return ("{\"seller_id\":\"" + SandboxServer.shop("lazada", 9) + "\",\"message_type\":0,\"data\":{"
                + "\"order_status\":\"unpaid\",\"trade_order_id\":\"" + orderId + "\",\"trade_order_line_id\":\"1\","
                + "\"status_update_time\":" + timestamp + "},\"timestamp\":" + timestamp * 1000
                + ",\"site\":\"lazada_id\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The webhook about this order appended to the webhook topic after the offsets {@code before}. */
    private static WebhookReceived appendedSince(List<Long> before, String orderId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < TestInfrastructure.PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.MARKETPLACE_WEBHOOKS, p));
            }
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, before.get(partition.partition())));
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().endsWith(":" + orderId)) {
                        return EventJson.read(record.value(), WebhookReceived.class);
                    }
                }
            }
            throw new AssertionError("No webhook about order " + orderId + " was appended");
        }
    }

    /** The end offset of every partition of the webhook topic. */
    private static List<Long> endOffsets() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "offsets-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < TestInfrastructure.PARTITIONS; p++) {
                partitions.add(new TopicPartition(Topics.MARKETPLACE_WEBHOOKS, p));
            }
            var ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            return partitions.stream().map(ends::get).toList();
        }
    }
}

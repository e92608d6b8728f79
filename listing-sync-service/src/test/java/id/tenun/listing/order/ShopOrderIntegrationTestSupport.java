package id.tenun.listing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import id.tenun.events.EventJson;
import id.tenun.events.Topics;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.listing.ListingSyncIntegrationTestSupport;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

/**
 * What the order-read tests share: holding a shop, feeding the sandbox's pushes as the order service's intake would,
 * the reads published on {@code marketplace.orders.v1}, and the sandbox's log of the calls a shop received.
 */
abstract class ShopOrderIntegrationTestSupport extends ListingSyncIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    /**
     * Connects the group to the channel's shop {@code n} with the sandbox's credentials, unless it holds it already,
     * and waits until the first look at the shop (the poll a connection starts) is over, so that what a test does
     * next is read the way the test means.
     */
    void hold(String groupId, String channel, int n) {
        boolean held = http.get().uri("/api/groups/{g}/connections/{c}", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .is2xxSuccessful();
        if (held) {
            return;
        }
        connect(groupId, channel, n, null);
        String cursor = channel + ":" + SandboxServer.shop(channel, n);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> mongo.exists(query(where("_id").is(cursor)), "order_poll_cursors"));
    }

    void disconnect(String groupId, String channel) {
        http.delete().uri("/api/groups/{g}/connections/{c}", groupId, channel)
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .expectStatus().isNoContent();
    }

    /** The sandbox's newest push about the order (sent or not), as the intake appends it. */
    WebhookReceived pushOf(String channel, int n, String orderId) {
        String quoted = "\"" + orderId + "\"";
        JsonNode push = StreamSupport.stream(SANDBOX.webhooks(channel, 2000).spliterator(), false)
                .filter(delivery -> delivery.path("body").asString("").contains(quoted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The sandbox pushed nothing about " + channel + " " + orderId));
        Map<String, String> headers = new TreeMap<>();
        push.path("headers").properties().forEach(header -> headers.put(header.getKey(), header.getValue().asString()));
        return WebhookReceived.of(channel, SandboxServer.shop(channel, n), orderId, Instant.now(), headers,
                push.path("body").asString().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends the webhook to {@code marketplace.webhooks.v1}, as the order service's intake does. */
    void received(WebhookReceived webhook) {
        kafka.send(Topics.MARKETPLACE_WEBHOOKS, webhook.key(), webhook).join();
    }

    /** The sandbox's newest push about the order, received. */
    void pushed(String channel, int n, String orderId) {
        received(pushOf(channel, n, orderId));
    }

    /** Every read of the order published so far, oldest first. */
    static List<ShopOrderRead> reads(String channel, int n, String orderId) {
        String key = channel + ":" + SandboxServer.shop(channel, n) + ":" + orderId;
        return recordsOn(Topics.SHOP_ORDERS, key::equals).stream()
                .map(json -> EventJson.read(json, ShopOrderRead.class))
                .toList();
    }

    /** Waits until the order was read {@code count} times (at least), and returns the reads. */
    static List<ShopOrderRead> awaitReads(String channel, int n, String orderId, int count) {
        AtomicReference<List<ShopOrderRead>> reads = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            reads.set(reads(channel, n, orderId));
            assertThat(reads.get()).hasSizeGreaterThanOrEqualTo(count);
        });
        return reads.get();
    }

    /** The sandbox's view of the order: its stage and its own amounts. */
    static JsonNode sandboxOrder(String channel, String orderId) {
        return StreamSupport.stream(SANDBOX.orders(channel).spliterator(), false)
                .filter(order -> orderId.equals(order.path("orderId").asString("")))
                .findFirst()
                .orElseThrow();
    }

    /** The calls shop {@code n} received since {@code since}, newest first. */
    static List<JsonNode> callsOf(String channel, int n, Instant since) {
        String shop = SandboxServer.shop(channel, n);
        return StreamSupport.stream(SANDBOX.calls(channel).spliterator(), false)
                .filter(call -> shop.equals(call.path("shopId").asString(""))
                        && !Instant.parse(call.path("at").asString()).isBefore(since))
                .toList();
    }

    /** How many order-detail reads shop {@code n} received since {@code since} (Lazada's: the order, not its items). */
    static long detailCalls(String channel, int n, Instant since) {
        String detail = switch (channel) {
            case "tokopedia" -> "/order/202309/orders";
            case "shopee" -> "/api/v2/order/get_order_detail";
            default -> "/order/get";
        };
        return callsOf(channel, n, since).stream()
                .filter(call -> call.path("path").asString("").endsWith(detail))
                .count();
    }
}

package id.tenun.listing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.tenun.events.EventJson;
import id.tenun.events.Topics;
import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.events.webhook.WebhookReceived;
import id.tenun.listing.state.Listing;
import id.tenun.testsupport.SandboxServer;

/**
 * Order reads share each shop's quota with its listing pushes, and each shop has its own: a shop flooded with orders
 * and product changes stays within its quota, the other shop's orders are not queued behind the flood (a read that
 * finds its shop out of quota is parked, not waited for), and every order of both shops is read once.
 */
class ShopQuotaIntegrationTests extends ShopOrderIntegrationTestSupport {

    static final int FLOOD = 15;

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void readsEveryOrderOnceWithinEachShopsQuotaAndNeverQueuesOneShopBehindAnothersFlood(String channel) {
        Flood flood = flood(channel);
        AtomicReference<Map<String, List<ShopOrderRead>>> whenCalmWasRead = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            whenCalmWasRead.set(readsOf(channel));
            assertThat(whenCalmWasRead.get()).containsKeys(flood.calmOrders().toArray(String[]::new));
        });
        assertThat(flood.floodedOrders()).as("the flooded shop still has orders to read when the other's are read")
                .anyMatch(orderId -> !whenCalmWasRead.get().containsKey(orderId));

        AtomicReference<Map<String, List<ShopOrderRead>>> all = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            all.set(readsOf(channel));
            assertThat(all.get()).containsKeys(flood.floodedOrders().toArray(String[]::new))
                    .containsKeys(flood.calmOrders().toArray(String[]::new));
        });
        awaitLive("prd-busy-" + channel, 4);
        assertThat(all.get()).hasSize(FLOOD + 2).allSatisfy((orderId, reads) -> assertThat(reads).singleElement()
                .satisfies(read -> assertThat(read.groupId()).isEqualTo(
                        flood.calmOrders().contains(orderId) ? "grp-calm-" + channel : "grp-flooded-" + channel)));
        for (int shop : List.of(FLOODED_SHOP, NEIGHBOUR_SHOP)) {
            assertThat(callsOf(channel, shop, flood.start())).as("shop %d's calls", shop)
                    .noneMatch(call -> call.path("status").asInt() == 429);
        }
    }

    /** When the flood began, and the orders of both shops. */
    record Flood(Instant start, List<String> floodedOrders, List<String> calmOrders) {
    }

    /**
     * A group's low-quota shop gets {@value #FLOOD} orders and three changes of its product, another group's low-quota
     * shop two orders; all the webhooks are received at once, the other shop's last.
     */
    private Flood flood(String channel) {
        String floodedGroup = "grp-flooded-" + channel;
        String calmGroup = "grp-calm-" + channel;
        hold(floodedGroup, channel, FLOODED_SHOP);
        hold(calmGroup, channel, NEIGHBOUR_SHOP);
        ProductSnapshot busy = product("prd-busy-" + channel, floodedGroup, 1, 40_000, 100);
        ProductSnapshot quiet = product("prd-quiet-" + channel, calmGroup, 1, 20_000, 10);
        publish(busy);
        publish(quiet);
        awaitLive(busy.productId(), 1);
        awaitLive(quiet.productId(), 1);

        Instant start = Instant.now();
        List<String> floodedOrders = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            floodedOrders.add(SANDBOX.order(channel, FLOODED_SHOP, sku(busy.productId()), 1));
        }
        List<String> calmOrders = List.of(SANDBOX.order(channel, NEIGHBOUR_SHOP, sku(quiet.productId()), 1),
                SANDBOX.order(channel, NEIGHBOUR_SHOP, sku(quiet.productId()), 1));
        List<WebhookReceived> pushes = new ArrayList<>();
        floodedOrders.forEach(orderId -> pushes.add(pushOf(channel, FLOODED_SHOP, orderId)));
        calmOrders.forEach(orderId -> pushes.add(pushOf(channel, NEIGHBOUR_SHOP, orderId)));
        for (int version = 2; version <= 4; version++) {
            publish(withVersion(busy, version, 40_000 + version * 1_000, 100));
        }
        pushes.forEach(this::received);
        return new Flood(start, floodedOrders, calmOrders);
    }

    /** The reads of both shops' orders so far, by order. */
    private static Map<String, List<ShopOrderRead>> readsOf(String channel) {
        String flooded = channel + ":" + SandboxServer.shop(channel, FLOODED_SHOP) + ":";
        String calm = channel + ":" + SandboxServer.shop(channel, NEIGHBOUR_SHOP) + ":";
        return recordsOn(Topics.SHOP_ORDERS, key -> key.startsWith(flooded) || key.startsWith(calm)).stream()
                .map(json -> EventJson.read(json, ShopOrderRead.class))
                .collect(Collectors.groupingBy(ShopOrderRead::externalOrderId));
    }

    /** Waits until the product's one listing (its group holds one channel) is live at this version. */
    private void awaitLive(String productId, long version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            List<Listing> listings = listingsOf(productId);
            assertThat(listings).singleElement().satisfies(listing -> {
                assertThat(listing.state()).as(listing.id() + " " + listing.lastError()).isEqualTo(ListingState.LIVE);
                assertThat(listing.productVersion()).isEqualTo(version);
                assertThat(listing.needsWork()).isFalse();
            });
        });
    }
}

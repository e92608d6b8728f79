package id.tenun.listing.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.events.webhook.WebhookReceived;

/**
 * The orders of a shop a group holds are read with the shop's credentials and published on
 * {@code marketplace.orders.v1}: after a webhook, or by polling when the webhook never came; each change once.
 */
class ShopOrderReadIntegrationTests extends ShopOrderIntegrationTestSupport {

    static final String GROUP = "grp-order-reads";

    @Autowired
    ShopOrderPolling polling;

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void readsAnOrderAfterItsWebhookOnceAndAgainWhenItChanges(String channel) {
        hold(GROUP, channel, ORDER_SHOP);
        String sku = "READ-" + channel.toUpperCase();
        SANDBOX.list(channel, ORDER_SHOP, sku, 60_000, 10);
        Instant start = Instant.now();
        String orderId = SANDBOX.order(channel, ORDER_SHOP, sku, 2);

        WebhookReceived placed = pushOf(channel, ORDER_SHOP, orderId);
        received(placed);
        ShopOrderRead created = awaitReads(channel, ORDER_SHOP, orderId, 1).get(0);
        JsonNode sandbox = sandboxOrder(channel, orderId);
        assertThat(created.groupId()).isEqualTo(GROUP);
        assertThat(created.status()).isEqualTo("created");
        assertThat(created.source()).isEqualTo("webhook");
        assertThat(created.lines()).containsExactly(new ShopOrderRead.Line(sku, 2, 60_000));
        assertThat(created.lines().stream().mapToLong(line -> line.quantity() * line.unitPriceRupiah()).sum())
                .isEqualTo(sandbox.path("total").asLong());
        assertThat(created.discountRupiah()).isEqualTo(sandbox.path("sellerDiscount").asLong());
        assertThat(created.shippingRupiah()).isEqualTo(sandbox.path("shipping").asLong());

        // the same push again (a marketplace retry), then the order paid: the duplicate is behind us once paid is read
        received(WebhookReceived.of(channel, placed.shopId(), orderId, Instant.now(), placed.headers(),
                placed.body()));
        SANDBOX.move(channel, orderId, "PAID");
        pushed(channel, ORDER_SHOP, orderId);
        List<ShopOrderRead> reads = awaitReads(channel, ORDER_SHOP, orderId, 2);
        assertThat(reads).extracting(ShopOrderRead::status).containsExactly("created", "paid");
        assertThat(detailCalls(channel, ORDER_SHOP, start)).isEqualTo(2);

        int read = 2;
        for (String step : List.of("SHIPPED", "DELIVERED", "COMPLETED")) {
            SANDBOX.move(channel, orderId, step);
            pushed(channel, ORDER_SHOP, orderId);
            awaitReads(channel, ORDER_SHOP, orderId, ++read);
        }
        ShopOrderRead completed = reads(channel, ORDER_SHOP, orderId).get(4);
        assertThat(completed.status()).isEqualTo("completed");
        assertThat(completed.discountRupiah()).isEqualTo(sandbox.path("sellerDiscount").asLong());
        assertThat(completed.shippingRupiah()).isEqualTo(sandbox.path("shipping").asLong());
        // only Shopee tells its fees in an order API (the escrow detail, once completed)
        assertThat(completed.feesRupiah())
                .isEqualTo(channel.equals("shopee") ? Long.valueOf(sandbox.path("fees").asLong()) : null);
        assertThat(reads(channel, ORDER_SHOP, orderId)).extracting(ShopOrderRead::status)
                .containsExactly("created", "paid", "shipped", "delivered", "completed");
    }

    /**
     * A buyer's cancellation, then a return, each refused, on each channel from the sandbox's pushes: the reads say the
     * request, then the order where it was (TikTok Shop and Lazada show requests only in their reverse pushes, and a
     * refusal leaves their order API's status to count), so the order service can bring the order back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void readsARequestAndItsRefusalSoThatTheOrderGoesBackToWhereItWas(String channel) {
        hold(GROUP, channel, ORDER_SHOP);
        String sku = "REFUSE-" + channel.toUpperCase();
        SANDBOX.list(channel, ORDER_SHOP, sku, 40_000, 10);
        String cancel = SANDBOX.order(channel, ORDER_SHOP, sku, 1);
        String giveBack = SANDBOX.order(channel, ORDER_SHOP, sku, 1);
        for (String step : List.of("PAID", "SHIPPED", "DELIVERED", "COMPLETED")) {
            SANDBOX.move(channel, giveBack, step);
        }
        int read = 0;
        for (String step : List.of("PAID", "CANCEL_REQUESTED", "REFUSED")) {
            SANDBOX.move(channel, cancel, step);
            pushed(channel, ORDER_SHOP, cancel);
            awaitReads(channel, ORDER_SHOP, cancel, ++read);
        }
        pushed(channel, ORDER_SHOP, giveBack);
        read = awaitReads(channel, ORDER_SHOP, giveBack, 1).size();
        for (String step : List.of("RETURN_REQUESTED", "REFUSED")) {
            SANDBOX.move(channel, giveBack, step);
            pushed(channel, ORDER_SHOP, giveBack);
            awaitReads(channel, ORDER_SHOP, giveBack, ++read);
        }

        List<ShopOrderRead> cancelReads = reads(channel, ORDER_SHOP, cancel);
        assertThat(cancelReads).extracting(ShopOrderRead::status).containsExactly("paid", "cancel_requested", "paid");
        assertThat(cancelReads.get(2).updatedAt()).isAfter(cancelReads.get(1).updatedAt());
        List<ShopOrderRead> returnReads = reads(channel, ORDER_SHOP, giveBack);
        assertThat(returnReads).extracting(ShopOrderRead::status)
                .containsExactly("completed", "return_requested", "completed");
        assertThat(returnReads.get(2).updatedAt()).isAfter(returnReads.get(1).updatedAt());
    }

    @Test
    void pollingReadsAnOrderWhoseWebhookNeverCameOnceHoweverOftenItRuns() {
        hold(GROUP, "lazada", ORDER_SHOP);
        SANDBOX.list("lazada", ORDER_SHOP, "POLLED-LAZADA", 45_000, 10);
        Instant start = Instant.now();
        String orderId = SANDBOX.order("lazada", ORDER_SHOP, "POLLED-LAZADA", 1);
        SANDBOX.move("lazada", orderId, "PAID");

        polling.pollAll();
        polling.pollAll();
        polling.pollAll();

        List<ShopOrderRead> reads = reads("lazada", ORDER_SHOP, orderId);
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.status()).isEqualTo("paid");
            assertThat(read.source()).isEqualTo("polling");
            assertThat(read.groupId()).isEqualTo(GROUP);
            assertThat(read.lines()).containsExactly(new ShopOrderRead.Line("POLLED-LAZADA", 1, 45_000));
        });
        assertThat(detailCalls("lazada", ORDER_SHOP, start)).isEqualTo(1);
    }

    @Test
    void pollingReadsATikTokShopReturnThatItsOrderApiShowsAsCompleted() {
        hold(GROUP, "tokopedia", ORDER_SHOP);
        SANDBOX.list("tokopedia", ORDER_SHOP, "RETURNED-TTS", 50_000, 10);
        String orderId = SANDBOX.order("tokopedia", ORDER_SHOP, "RETURNED-TTS", 1);
        for (String step : List.of("PAID", "SHIPPED", "DELIVERED")) {
            SANDBOX.move("tokopedia", orderId, step);
        }
        polling.pollAll();
        assertThat(reads("tokopedia", ORDER_SHOP, orderId)).extracting(ShopOrderRead::status)
                .containsExactly("delivered");

        SANDBOX.move("tokopedia", orderId, "RETURNED");
        polling.pollAll();
        Instant settled = Instant.now();
        polling.pollAll();
        polling.pollAll();

        List<ShopOrderRead> reads = reads("tokopedia", ORDER_SHOP, orderId);
        assertThat(reads).last().extracting(ShopOrderRead::status).isEqualTo("returned");
        assertThat(reads).allSatisfy(read -> assertThat(read.source()).isEqualTo("polling"));
        assertThat(reads).extracting(ShopOrderRead::status).containsOnlyOnce("returned");
        assertThat(detailCalls("tokopedia", ORDER_SHOP, settled)).as("no read once the return was read").isZero();
    }
}

package id.tenun.listing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.testsupport.SandboxServer;

/**
 * Every push lost: on TikTok Shop and Lazada, whose order APIs show neither a buyer's pending request nor its
 * refusal, polling alone reads a cancellation requested then refused, and a return requested then granted, from the
 * channels' cancellation, return and reverse-order lists. Right after each poll the read says where the sale stands
 * (the request, the order as it was, the return) with its lines, and the marketplace's stock is as the step left it:
 * still taken after the refused cancellation, given back after the return.
 */
class LostReversePushIntegrationTests extends ShopOrderIntegrationTestSupport {

    @Autowired
    ShopOrderPolling polling;

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "lazada"})
    void pollingAloneReadsARefusedCancellationAndAGrantedReturn(String channel) {
        hold(ShopOrderReadIntegrationTests.GROUP, channel, ORDER_SHOP);
        String sku = "LOST-REVERSE-" + channel.toUpperCase();
        SANDBOX.list(channel, ORDER_SHOP, sku, 30_000, 10);
        String cancel = SANDBOX.order(channel, ORDER_SHOP, sku, 2);
        String giveBack = SANDBOX.order(channel, ORDER_SHOP, sku, 1);
        SANDBOX.move(channel, cancel, "PAID");
        for (String step : List.of("PAID", "SHIPPED", "DELIVERED", "COMPLETED")) {
            SANDBOX.move(channel, giveBack, step);
        }
        polled(channel, cancel, "paid");
        polled(channel, giveBack, "completed");
        assertThat(stock(channel, sku)).isEqualTo(7);

        SANDBOX.move(channel, cancel, "CANCEL_REQUESTED");
        ShopOrderRead requested = polled(channel, cancel, "cancel_requested");
        assertThat(requested.lines()).as("the sale stands while requested")
                .containsExactly(new ShopOrderRead.Line(sku, 2, 30_000));
        assertThat(stock(channel, sku)).isEqualTo(7);

        SANDBOX.move(channel, cancel, "REFUSED");
        ShopOrderRead refused = polled(channel, cancel, "paid");
        assertThat(refused.updatedAt()).isAfter(requested.updatedAt());
        assertThat(refused.lines()).containsExactly(new ShopOrderRead.Line(sku, 2, 30_000));
        assertThat(stock(channel, sku)).as("a refused cancellation gives nothing back").isEqualTo(7);

        SANDBOX.move(channel, giveBack, "RETURN_REQUESTED");
        polled(channel, giveBack, "return_requested");
        assertThat(stock(channel, sku)).isEqualTo(7);

        SANDBOX.move(channel, giveBack, "RETURNED");
        ShopOrderRead returned = polled(channel, giveBack, "returned");
        assertThat(returned.lines()).containsExactly(new ShopOrderRead.Line(sku, 1, 30_000));
        assertThat(stock(channel, sku)).as("the return gives its unit back").isEqualTo(8);

        polling.pollAll();
        assertThat(last(channel, cancel).status()).as("the refusal holds on the next poll").isEqualTo("paid");
        assertThat(reads(channel, ORDER_SHOP, cancel)).extracting(ShopOrderRead::status)
                .containsSubsequence("paid", "cancel_requested", "paid")
                .endsWith("paid");
        assertThat(reads(channel, ORDER_SHOP, giveBack)).extracting(ShopOrderRead::status)
                .containsSubsequence("completed", "return_requested", "returned")
                .containsOnlyOnce("returned");
        assertThat(reads(channel, ORDER_SHOP, cancel)).extracting(ShopOrderRead::source).containsOnly("polling");
        assertThat(reads(channel, ORDER_SHOP, giveBack)).extracting(ShopOrderRead::source).containsOnly("polling");
    }

    /**
     * Polls (no push is ever received here) until the order's newest read says {@code status}: once, unless the shop's
     * quota defers the poll.
     */
    private ShopOrderRead polled(String channel, String orderId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            polling.pollAll();
            assertThat(last(channel, orderId).status()).isEqualTo(status);
        });
        return last(channel, orderId);
    }

    private static ShopOrderRead last(String channel, String orderId) {
        List<ShopOrderRead> reads = reads(channel, ORDER_SHOP, orderId);
        assertThat(reads).as("reads of " + orderId).isNotEmpty();
        return reads.get(reads.size() - 1);
    }

    /** The stock the marketplace shows for the SKU. */
    private static int stock(String channel, String sku) {
        return SANDBOX.listing(channel, SandboxServer.shop(channel, ORDER_SHOP), sku).path("stock").asInt();
    }
}

package id.tenun.order.polling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.Programme;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderSearch;

/**
 * An order whose webhooks were never sent is found by polling, and counted once however often polling runs; so is a
 * TikTok Shop return, which its order API does not show (the order stays completed there).
 */
class PollingIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Autowired
    OrderPolling polling;

    @AfterEach
    void heal() {
        SANDBOX.healAll();
    }

    @Test
    void findsAnOrderWhoseWebhookNeverCameAndCountsItOnce() {
        String groupId = unique("grp");
        String sku = listed("lazada", groupId, "53.10.01.2001", Programme.OCOP);
        SANDBOX.faults("lazada", "{\"dropWebhookRate\":1.0}");

        String externalId = SANDBOX.order("lazada", 1, sku, 1);
        SANDBOX.move("lazada", externalId, "PAID");
        assertThat(orders.find(Order.idOf("lazada", externalId))).isEmpty();

        polling.pollAll();
        polling.pollAll();

        Order order = awaitOrder("lazada", externalId, "paid");
        assertThat(order.groupIds()).containsExactly(groupId);
        assertThat(order.history()).allSatisfy(change -> assertThat(change.source()).isIn("polling"));
        assertThat(orders.count(new OrderSearch(groupId, null, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void findsATikTokShopReturnWhoseWebhookNeverCame() {
        String sku = listed("tokopedia", unique("grp"), "53.07.03.2005", Programme.OVOP);
        SANDBOX.faults("tokopedia", "{\"dropWebhookRate\":1.0}");
        String externalId = SANDBOX.order("tokopedia", 1, sku, 1);
        for (String step : new String[]{"PAID", "SHIPPED", "DELIVERED"}) {
            SANDBOX.move("tokopedia", externalId, step);
        }
        polling.pollAll();
        awaitOrder("tokopedia", externalId, "delivered");

        SANDBOX.move("tokopedia", externalId, "RETURNED");
        polling.pollAll();
        polling.pollAll();

        Order order = awaitOrder("tokopedia", externalId, "returned");
        assertThat(order.history()).allSatisfy(change -> assertThat(change.source()).isEqualTo("polling"));
        assertThat(order.netRupiah()).isZero();
    }

    /** A new product of a new group, known to the catalog projection and live on shop 1 of the channel. */
    private String listed(String channel, String groupId, String villageCode, Programme programme) {
        String sku = unique("POLL").toUpperCase();
        catalogKnows(group(groupId, villageCode, programme), product(unique("prd"), groupId, sku, villageCode, false));
        SANDBOX.list(channel, 1, sku, 60_000, 10);
        return sku;
    }
}

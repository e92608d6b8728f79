package id.tenun.order.polling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.tenun.events.Programme;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.order.Order;
import id.tenun.order.order.OrderSearch;

/** An order whose webhooks were never sent is found by polling, and counted once however often polling runs. */
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
        String sku = unique("POLL").toUpperCase();
        catalogKnows(group(groupId, "53.10.01.2001", Programme.OCOP),
                product(unique("prd"), groupId, sku, "53.10.01.2001", false));
        SANDBOX.list("lazada", 1, sku, 60_000, 10);
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
}

package id.tenun.order.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.tenun.events.Programme;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.order.OrderServiceIntegrationTestSupport;

/** An order placed on each sandbox comes in by its real signed webhook, once, placed in its group and areas. */
class SandboxOrderFlowIntegrationTests extends OrderServiceIntegrationTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "tokopedia", "shopee", "lazada" })
    void anOrderPlacedOnTheSandboxAppearsOnceInItsGroupAndAreasAndIsAnnounced(String channel) {
        String groupId = unique("grp");
        String sku = unique("SKU").toUpperCase();
        String productId = unique("prd");
        catalogKnows(group(groupId, "53.07.03.2005", Programme.OVOP),
                product(productId, groupId, sku, "53.07.03.2005", true));
        SANDBOX.list(channel, 1, sku, 150_000, 20);

        String externalId = SANDBOX.order(channel, 1, sku, 2);

        Order order = awaitOrder(channel, externalId, "created");
        assertThat(order.groupIds()).containsExactly(groupId);
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo(sku);
            assertThat(line.productId()).isEqualTo(productId);
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.unitPriceRupiah()).isEqualTo(150_000);
            assertThat(line.villageCode()).isEqualTo("53.07.03.2005");
            assertThat(line.districtCode()).isEqualTo("53.07.03");
            assertThat(line.regencyCode()).isEqualTo("53.07");
            assertThat(line.programme()).isEqualTo("OVOP");
        });
        assertThat(order.grossRupiah()).isEqualTo(300_000);
        assertThat(orders.search(new OrderSearch(groupId, null, null, null, null, null, null), 0, 10)).hasSize(1);

        SANDBOX.move(channel, externalId, "PAID");
        Order paid = awaitOrder(channel, externalId, "paid");
        assertThat(paid.history()).extracting(StatusChange::status)
            .containsExactly(OrderStatus.CREATED, OrderStatus.PAID);

        List<OrderEvent> events = orderEvents(order.id());
        assertThat(events).filteredOn(OrderPlaced.class::isInstance).hasSize(1).first().satisfies(placed -> {
            assertThat(placed.lines()).singleElement().satisfies(line -> {
                assertThat(line.sku()).isEqualTo(sku);
                assertThat(line.productId()).isEqualTo(productId);
                assertThat(line.quantity()).isEqualTo(2);
            });
            assertThat(placed.groupIds()).containsExactly(groupId);
        });
        assertThat(events).filteredOn(OrderPaid.class::isInstance).isNotEmpty();
    }
}

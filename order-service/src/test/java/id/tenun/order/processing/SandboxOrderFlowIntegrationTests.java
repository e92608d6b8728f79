package id.tenun.order.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import id.tenun.events.Programme;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderSearch;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.StatusChange;
import id.tenun.support.paging.PageRequest;
import id.tenun.testsupport.TestTokens;

/** An order placed on each sandbox comes in by its real signed webhook, once, placed in its group and areas. */
class SandboxOrderFlowIntegrationTests extends OrderServiceIntegrationTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
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
        assertThat(orders.search(new OrderSearch(groupId, null, null, null, null, null, null), new PageRequest(0, 10)))
                .hasSize(1);

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

    /**
     * Six orders on each sandbox (the sandbox's rule gives some a seller discount, some a platform discount, and
     * various shipping), five completed and one cancelled: each arrives with the discount, shipping and fees the
     * sandbox's own orders hold (fees on Shopee only, from its escrow once completed), and the group's net in sales is
     * the goods less the seller's discounts of the orders not undone, before and after a rebuild.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void ordersArriveWithTheSandboxsAmountsAndTheNetInSalesFollowsThem(String channel) {
        String groupId = unique("grp");
        String sku = unique("SKU").toUpperCase();
        catalogKnows(group(groupId, "53.09.01.2001", Programme.OCOP),
                product(unique("prd"), groupId, sku, "53.09.01.2001", true));
        SANDBOX.list(channel, 1, sku, 125_000, 40);

        Map<String, Boolean> completedById = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            String externalId = SANDBOX.order(channel, 1, sku, 1 + i % 2);
            boolean completes = i < 5;
            for (String status : completes
                    ? List.of("PAID", "SHIPPED", "DELIVERED", "COMPLETED")
                    : List.of("PAID", "CANCELLED")) {
                SANDBOX.move(channel, externalId, status);
            }
            completedById.put(externalId, completes);
        }
        Map<String, JsonNode> truth = new HashMap<>();
        SANDBOX.orders(channel).forEach(order -> truth.put(order.path("orderId").asString(), order));

        long gross = 0;
        long net = 0;
        for (Map.Entry<String, Boolean> entry : completedById.entrySet()) {
            JsonNode expected = truth.get(entry.getKey());
            Order order = awaitOrder(channel, entry.getKey(), entry.getValue() ? "completed" : "cancelled");
            long goods = expected.path("total").asLong();
            long discount = expected.path("sellerDiscount").asLong();
            assertThat(order.grossRupiah()).isEqualTo(goods);
            assertThat(order.discountRupiah()).as("discount of " + order.id()).isEqualTo(discount);
            assertThat(order.shippingRupiah()).as("shipping of " + order.id())
                    .isEqualTo(expected.path("shipping").asLong());
            assertThat(order.feesRupiah()).as("fees of " + order.id())
                    .isEqualTo(channel.equals("shopee") && entry.getValue()
                            ? (Long) expected.path("fees").asLong()
                            : null);
            assertThat(order.netRupiah()).isEqualTo(entry.getValue() ? goods - discount : 0);
            gross += goods;
            net += order.netRupiah();
        }
        assertThat(completedById.keySet()).extracting(id -> truth.get(id).path("sellerDiscount").asLong())
                .as("the sandbox discounted some of these orders and not others").contains(0L)
                .anyMatch(discount -> discount > 0);

        String sales = "/api/sales?by=group&series=false&groupId=" + groupId;
        http.get().uri(sales).header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totals.grossRupiah").isEqualTo(gross).jsonPath("$.totals.netRupiah")
                .isEqualTo(net).jsonPath("$.totals.processedNetRupiah").isEqualTo(net).jsonPath("$.totals.cancelled")
                .isEqualTo(1);
        http.post().uri("/api/sales/rebuild").header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk();
        http.get().uri(sales).header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.totals.grossRupiah").isEqualTo(gross).jsonPath("$.totals.netRupiah")
                .isEqualTo(net);

        String shown = completedById.keySet().iterator().next();
        JsonNode expected = truth.get(shown);
        http.get().uri("/api/orders/" + Order.idOf(channel, shown))
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.grossRupiah").isEqualTo(expected.path("total").asLong())
                .jsonPath("$.discountRupiah").isEqualTo(expected.path("sellerDiscount").asLong())
                .jsonPath("$.netRupiah")
                .isEqualTo(expected.path("total").asLong() - expected.path("sellerDiscount").asLong())
                .jsonPath("$.shippingRupiah").isEqualTo(expected.path("shipping").asLong())
                .jsonPath("$.lines[0].discountRupiah").isEqualTo(expected.path("sellerDiscount").asLong());
    }
}

package id.tenun.order.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.tenun.events.Programme;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.order.OrderShipped;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.ShopOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderSearch;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.StatusChange;
import id.tenun.support.paging.PageRequest;
import id.tenun.testsupport.TestTokens;

/**
 * Orders come in as listing sync's reads on {@code marketplace.orders.v1}: placed once in their group and areas,
 * announced on {@code orders.v1}, moved forward only (a duplicate or an older read changes nothing), with the amounts
 * of the read, the final ones once completed, and the group's net in sales following them.
 */
class ShopOrderReadIntegrationTests extends OrderServiceIntegrationTestSupport {

    static final Instant CREATED = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void anOrderReadAppearsOnceInItsGroupAndAreasIsAnnouncedAndOnlyMovesForward(String channel) {
        String groupId = unique("grp");
        String sku = unique("SKU").toUpperCase();
        String productId = unique("prd");
        catalogKnows(group(groupId, "53.07.03.2005", Programme.OVOP),
                product(productId, groupId, sku, "53.07.03.2005", true));
        ShopOrder placed = ShopOrder.of(channel, groupId, unique("ext"), CREATED, sku, 2, 150_000);

        publish(placed.read("created", CREATED, "webhook"));

        Order order = awaitOrder(channel, placed.externalOrderId(), "created");
        assertThat(order.groupIds()).containsExactly(groupId);
        assertThat(order.shopId()).isEqualTo(placed.shopId());
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

        publish(placed.read("created", CREATED, "polling"));
        publish(placed.read("paid", CREATED.plusSeconds(60), "webhook"));
        publish(placed.read("paid", CREATED.plusSeconds(60), "polling"));
        publish(placed.read("created", CREATED, "polling"));
        // reads of one order share a key, so they are applied in this order: once shipped shows, the others were seen
        publish(placed.read("shipped", CREATED.plusSeconds(120), "polling"));

        Order shipped = awaitOrder(channel, placed.externalOrderId(), "shipped");
        assertThat(shipped.history()).extracting(StatusChange::status)
                .containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.SHIPPED);
        assertThat(shipped.history()).extracting(StatusChange::source)
                .containsExactly("webhook", "webhook", "polling");
        assertThat(shipped.updatedAt()).isEqualTo(CREATED.plusSeconds(120));
        assertThat(orders.search(new OrderSearch(groupId, null, null, null, null, null, null), new PageRequest(0, 10)))
                .hasSize(1);

        List<OrderEvent> events = orderEvents(order.id());
        assertThat(events).filteredOn(OrderPlaced.class::isInstance).hasSize(1).first().satisfies(placedEvent -> {
            assertThat(placedEvent.lines()).singleElement().satisfies(line -> {
                assertThat(line.sku()).isEqualTo(sku);
                assertThat(line.productId()).isEqualTo(productId);
                assertThat(line.quantity()).isEqualTo(2);
            });
            assertThat(placedEvent.groupIds()).containsExactly(groupId);
        });
        assertThat(events).filteredOn(OrderPaid.class::isInstance).hasSize(1);
        assertThat(events).filteredOn(OrderShipped.class::isInstance).hasSize(1);
    }

    /**
     * Six orders over the three channels, some discounted and some not, five completed (one first read when already
     * completed, as polling finds an order late) and one cancelled: each keeps the amounts of its first read until it
     * completes, then takes the completed read's (Shopee's escrow: the seller's discount, the shipping the buyer paid,
     * the fees), and the group's net in sales is the goods less the seller's discounts of the orders not undone,
     * before and after a rebuild.
     */
    @Test
    void ordersKeepTheAmountsReadAndTakeTheFinalOnesWhenCompletedAndTheNetInSalesFollowsThem() {
        String groupId = unique("grp");
        String sku = unique("SKU").toUpperCase();
        catalogKnows(group(groupId, "53.09.01.2001", Programme.OCOP),
                product(unique("prd"), groupId, sku, "53.09.01.2001", true));
        List<String> channels = List.of("tokopedia", "shopee", "lazada");

        List<ShopOrder> truths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String channel = channels.get(i % 3);
            ShopOrder first = ShopOrder.of(channel, groupId, unique("ext"), CREATED.plusSeconds(i), sku, 1 + i % 2,
                    125_000).withAmounts(i % 2 == 0 ? 0L : 10_000L * i, 9_000L, null);
            Instant at = first.createdAt();
            if (i == 5) {
                publish(first.read("paid", at, "webhook"));
                publish(first.read("cancelled", at.plusSeconds(60), "webhook"));
                truths.add(first);
                continue;
            }
            ShopOrder completed = first.withAmounts(first.discountRupiah() + 1_000L * i, 12_000L, 4_000L + i);
            if (i != 4) {
                for (String status : List.of("created", "paid", "shipped", "delivered")) {
                    at = at.plusSeconds(60);
                    publish(first.read(status, at, "webhook"));
                }
            }
            publish(completed.read("completed", at.plusSeconds(60), i == 4 ? "polling" : "webhook"));
            truths.add(completed);
        }

        long gross = 0;
        long net = 0;
        for (ShopOrder truth : truths) {
            boolean completes = truth.feesRupiah() != null;
            Order order = awaitOrder(truth.channel(), truth.externalOrderId(), completes ? "completed" : "cancelled");
            assertThat(order.grossRupiah()).isEqualTo(truth.grossRupiah());
            assertThat(order.discountRupiah()).as("discount of " + order.id()).isEqualTo(truth.discountRupiah());
            assertThat(order.shippingRupiah()).as("shipping of " + order.id()).isEqualTo(truth.shippingRupiah());
            assertThat(order.feesRupiah()).as("fees of " + order.id()).isEqualTo(truth.feesRupiah());
            assertThat(order.netRupiah()).isEqualTo(completes ? truth.grossRupiah() - truth.discountRupiah() : 0);
            gross += truth.grossRupiah();
            net += order.netRupiah();
        }

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

        ShopOrder shown = truths.get(1);
        http.get().uri("/api/orders/" + Order.idOf(shown.channel(), shown.externalOrderId()))
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.grossRupiah").isEqualTo(shown.grossRupiah())
                .jsonPath("$.discountRupiah").isEqualTo(shown.discountRupiah())
                .jsonPath("$.netRupiah").isEqualTo(shown.grossRupiah() - shown.discountRupiah())
                .jsonPath("$.shippingRupiah").isEqualTo(shown.shippingRupiah())
                .jsonPath("$.feesRupiah").isEqualTo(shown.feesRupiah())
                .jsonPath("$.lines[0].discountRupiah").isEqualTo(shown.discountRupiah());
    }
}

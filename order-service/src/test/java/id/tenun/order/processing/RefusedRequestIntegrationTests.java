package id.tenun.order.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.Programme;
import id.tenun.events.order.OrderCancelled;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderReturned;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.ShopOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.StatusChange;
import id.tenun.testsupport.TestTokens;

/**
 * A buyer's cancellation and return requests, refused, on each channel through the embedded broker: the sale stays
 * in the group's net and nothing that moves stock is published on {@code orders.v1} (the catalog releases stock on
 * {@code order.cancelled} and {@code order.returned} only, once per order line), so the sale and the stock are as they
 * were; no status is announced twice (events go out at least once, a repeat with the same id). Granted
 * later, the same requests undo the sale and announce the release once.
 */
class RefusedRequestIntegrationTests extends OrderServiceIntegrationTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Instant CREATED = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.HOURS);

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void aRefusedCancelAndARefusedReturnLeaveTheSaleAndTheStockAsTheyWere(String channel) {
        String groupId = unique("grp");
        String sku = unique("SKU").toUpperCase();
        catalogKnows(group(groupId, "53.07.03.2005", Programme.OVOP),
                product(unique("prd"), groupId, sku, "53.07.03.2005", true));
        ShopOrder cancel = ShopOrder.of(channel, groupId, unique("ext"), CREATED, sku, 2, 150_000);
        ShopOrder giveBack = ShopOrder.of(channel, groupId, unique("ext"), CREATED, sku, 1, 90_000);

        publish(cancel.read("paid", CREATED.plusSeconds(60), "webhook"));
        publish(cancel.read("cancel_requested", CREATED.plusSeconds(120), "webhook"));
        awaitOrder(channel, cancel.externalOrderId(), "cancel_requested");
        assertThat(groupNet(groupId)).isEqualTo(300_000);
        // the request's own push again, then the refusal (the order as it was, read after the request)
        publish(cancel.read("cancel_requested", CREATED.plusSeconds(120), "polling"));
        publish(cancel.read("paid", CREATED.plusSeconds(180), "webhook"));
        // a late copy of the request, older than the refusal, changes nothing
        publish(cancel.read("cancel_requested", CREATED.plusSeconds(120), "polling"));
        publish(cancel.read("shipped", CREATED.plusSeconds(240), "webhook"));

        List<String> steps = List.of("paid", "shipped", "delivered", "completed");
        for (int i = 0; i < steps.size(); i++) {
            publish(giveBack.read(steps.get(i), CREATED.plusSeconds(60L * (i + 1)), "webhook"));
        }
        publish(giveBack.read("return_requested", CREATED.plusSeconds(600), "webhook"));
        awaitOrder(channel, giveBack.externalOrderId(), "return_requested");
        publish(giveBack.read("completed", CREATED.plusSeconds(660), "webhook"));

        Order shipped = awaitOrder(channel, cancel.externalOrderId(), "shipped");
        assertThat(shipped.history()).extracting(StatusChange::status).containsExactly(OrderStatus.CREATED,
                OrderStatus.PAID, OrderStatus.CANCEL_REQUESTED, OrderStatus.PAID, OrderStatus.SHIPPED);
        // reads of one order are applied in order: completed again after the request is the refusal
        Order completed = awaitOrder(channel, giveBack.externalOrderId(), "completed");
        assertThat(completed.history()).extracting(StatusChange::status).endsWith(OrderStatus.COMPLETED,
                OrderStatus.RETURN_REQUESTED, OrderStatus.COMPLETED);
        assertThat(completed.netRupiah()).isEqualTo(90_000);
        assertThat(groupNet(groupId)).isEqualTo(390_000);
        for (Order order : List.of(shipped, completed)) {
            List<OrderEvent> events = orderEvents(order.id());
            assertThat(events).as(order.id()).noneMatch(OrderCancelled.class::isInstance)
                    .noneMatch(OrderReturned.class::isInstance);
            // at least once on the wire, but one event per type: a refusal announces nothing again
            assertThat(events.stream().collect(Collectors.groupingBy(OrderEvent::type,
                    Collectors.mapping(OrderEvent::eventId, Collectors.toSet()))))
                    .allSatisfy((type, ids) -> assertThat(ids).as(type).hasSize(1));
        }

        // granted this time: the sale is undone, and the release announced once
        publish(cancel.read("cancel_requested", CREATED.plusSeconds(300), "webhook"));
        publish(cancel.read("cancelled", CREATED.plusSeconds(360), "webhook"));
        publish(giveBack.read("return_requested", CREATED.plusSeconds(720), "webhook"));
        publish(giveBack.read("returned", CREATED.plusSeconds(780), "webhook"));
        Order cancelled = awaitOrder(channel, cancel.externalOrderId(), "cancelled");
        Order returned = awaitOrder(channel, giveBack.externalOrderId(), "returned");
        assertThat(groupNet(groupId)).isZero();
        assertThat(orderEvents(cancelled.id())).filteredOn(OrderCancelled.class::isInstance).hasSize(1);
        assertThat(orderEvents(returned.id())).filteredOn(OrderReturned.class::isInstance).hasSize(1);
    }

    /** The group's net sales, as staff read them. */
    private long groupNet(String groupId) {
        String body = http.get().uri("/api/sales?by=group&series=false&groupId=" + groupId)
                .header("Authorization", "Bearer " + TestTokens.staff()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).path("totals").path("netRupiah").asLong(0);
    }
}

package id.tenun.order.lifecycle;

import static id.tenun.order.lifecycle.OrderStatus.CANCELLED;
import static id.tenun.order.lifecycle.OrderStatus.CANCEL_REQUESTED;
import static id.tenun.order.lifecycle.OrderStatus.COMPLETED;
import static id.tenun.order.lifecycle.OrderStatus.CREATED;
import static id.tenun.order.lifecycle.OrderStatus.DELIVERED;
import static id.tenun.order.lifecycle.OrderStatus.PAID;
import static id.tenun.order.lifecycle.OrderStatus.RETURNED;
import static id.tenun.order.lifecycle.OrderStatus.RETURN_REQUESTED;
import static id.tenun.order.lifecycle.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrderLifecycleUnitTests {

    static final Instant T0 = Instant.parse("2026-03-10T15:30:00Z");

    static final ProductPlace SARUNG = new ProductPlace("prd-1", "Sarung", "grp-1", "53.07.03.2005", "53.07.03",
            "53.07", "53", "OVOP", true);

    static final ProductPlace KOPI = new ProductPlace("prd-2", "Kopi", "grp-2", "53.09.01.2001", "53.09.01",
            "53.09", "53", "OCOP", false);

    @Test
    void movesOnlyForwardAlongTheLifecycle() {
        assertThat(CREATED.canMoveTo(PAID)).isTrue();
        assertThat(PAID.canMoveTo(SHIPPED)).isTrue();
        assertThat(SHIPPED.canMoveTo(DELIVERED)).isTrue();
        assertThat(DELIVERED.canMoveTo(COMPLETED)).isTrue();
        assertThat(PAID.canMoveTo(CREATED)).isFalse();
        assertThat(COMPLETED.canMoveTo(SHIPPED)).isFalse();
        assertThat(PAID.canMoveTo(PAID)).isFalse();
    }

    @Test
    void skipsStepsItNeverHeardAbout() {
        assertThat(CREATED.canMoveTo(COMPLETED)).isTrue();
        assertThat(PAID.canMoveTo(RETURNED)).isTrue();
        assertThat(CREATED.canMoveTo(DELIVERED)).isTrue();
    }

    @Test
    void cancelsBeforeDeliveryAndReturnsAfterShipping() {
        assertThat(CREATED.canMoveTo(CANCELLED)).isTrue();
        assertThat(PAID.canMoveTo(CANCELLED)).isTrue();
        assertThat(SHIPPED.canMoveTo(CANCELLED)).isTrue();
        assertThat(DELIVERED.canMoveTo(CANCELLED)).isFalse();
        assertThat(COMPLETED.canMoveTo(CANCELLED)).isFalse();
        assertThat(DELIVERED.canMoveTo(RETURNED)).isTrue();
        assertThat(COMPLETED.canMoveTo(RETURNED)).isTrue();
    }

    @Test
    void requestsEndInTheirFinalStateOrGoBackThroughTheOrder() {
        assertThat(PAID.canMoveTo(CANCEL_REQUESTED)).isTrue();
        assertThat(COMPLETED.canMoveTo(RETURN_REQUESTED)).isTrue();
        assertThat(COMPLETED.canMoveTo(CANCEL_REQUESTED)).isFalse();
        assertThat(CANCEL_REQUESTED.canMoveTo(CANCELLED)).isTrue();
        assertThat(CANCEL_REQUESTED.canMoveTo(PAID)).isFalse();
        assertThat(RETURN_REQUESTED.canMoveTo(RETURNED)).isTrue();
        assertThat(CANCEL_REQUESTED.undone()).isFalse();
        assertThat(RETURN_REQUESTED.undone()).isFalse();
        assertThat(CANCEL_REQUESTED.announcedAs()).isEmpty();
        assertThat(RETURN_REQUESTED.announcedAs()).isEmpty();
    }

    @Test
    void cancelledAndReturnedAreFinal() {
        for (OrderStatus next : OrderStatus.values()) {
            assertThat(CANCELLED.canMoveTo(next)).as("cancelled → " + next).isFalse();
            assertThat(RETURNED.canMoveTo(next)).as("returned → " + next).isFalse();
        }
    }

    @Test
    void refusesAStatusNameItDoesNotKnow() {
        assertThatThrownBy(() -> OrderStatus.of("lost")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status: Must be one of");
        assertThat(OrderStatus.of(" Paid ")).isEqualTo(PAID);
    }

    @Test
    void aNewOrderIsPlacedAnnouncedAndMeasured() {
        Order order = place(CREATED, line("SKA-1", 2, 150_000));

        assertThat(order.version()).isEqualTo(1);
        assertThat(order.saleDay()).isEqualTo("2026-03-10");
        assertThat(order.groupIds()).containsExactly("grp-1");
        assertThat(order.outbox()).extracting(PendingEvent::type).containsExactly("placed");
        assertThat(order.rollupPending()).isTrue();
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.orders()).isEqualTo(1);
            assertThat(line.units()).isEqualTo(2);
            assertThat(line.grossRupiah()).isEqualTo(300_000);
            assertThat(line.netRupiah()).isEqualTo(300_000);
            assertThat(line.processedNetRupiah()).isEqualTo(300_000);
            assertThat(line.dayBucket()).isEqualTo("D|2026-03-10|grp-1|prd-1|shopee");
            assertThat(line.monthBucket()).isEqualTo("M|2026-03|grp-1|prd-1|shopee");
        });
    }

    @Test
    void theSaleDayIsTheWitaDay() {
        // 16:30 UTC is 00:30 the next day in WITA (UTC+8)
        NewOrder late = new NewOrder("shopee", "300100001", "L1", CREATED, "UNPAID",
                Instant.parse("2026-03-31T16:30:00Z"), null, List.of(OrderLine.of("1", "SKA-1", 1, 10)), null, null,
                null, "webhook");
        Order order = Order.place(late, this::places, T0);
        assertThat(order.saleDay()).isEqualTo("2026-04-01");
        assertThat(order.saleMonth()).isEqualTo("2026-04");
    }

    @Test
    void anOlderOrRepeatedNotificationChangesNothing() {
        Order paid = place(CREATED, line("SKA-1", 1, 100)).observe(PAID, "READY_TO_SHIP", T0.plusSeconds(60),
                "webhook", T0).orElseThrow();

        assertThat(paid.observe(PAID, "READY_TO_SHIP", T0.plusSeconds(60), "webhook", T0)).isEmpty();
        assertThat(paid.observe(CREATED, "UNPAID", T0, "webhook", T0)).isEmpty();
    }

    @Test
    void aCancellationUndoesTheSaleButKeepsTheOrderCounted() {
        Order cancelled = place(PAID, line("SKA-1", 3, 100)).observe(CANCELLED, "CANCELLED", T0.plusSeconds(9),
                "webhook", T0).orElseThrow();

        assertThat(cancelled.lines()).singleElement().satisfies(line -> {
            assertThat(line.orders()).isEqualTo(1);
            assertThat(line.grossRupiah()).isEqualTo(300);
            assertThat(line.netRupiah()).isZero();
            assertThat(line.netUnits()).isZero();
            assertThat(line.cancelled()).isEqualTo(1);
            assertThat(line.returned()).isZero();
        });
        assertThat(cancelled.outbox()).extracting(PendingEvent::type).contains("cancelled");
        assertThat(cancelled.observe(COMPLETED, "COMPLETED", T0.plusSeconds(99), "polling", T0)).isEmpty();
    }

    @Test
    void aRefusedCancelRequestLeavesTheSaleAsItWasAndAnnouncesNothing() {
        Order paid = place(PAID, line("SKA-1", 3, 100));
        Order requested = paid.observe(CANCEL_REQUESTED, "IN_CANCEL", T0.plusSeconds(60), "webhook", T0)
                .orElseThrow();
        assertThat(requested.netRupiah()).isEqualTo(300);
        assertThat(requested.lines()).singleElement().satisfies(line -> {
            assertThat(line.netUnits()).isEqualTo(3);
            assertThat(line.cancelled()).isZero();
        });
        assertThat(requested.outbox()).isEqualTo(paid.outbox());

        Order refused = requested.observe(PAID, "READY_TO_SHIP", T0.plusSeconds(120), "webhook", T0).orElseThrow();
        assertThat(refused.status()).isEqualTo(PAID);
        assertThat(refused.netRupiah()).isEqualTo(300);
        assertThat(refused.lines()).isEqualTo(paid.lines());
        assertThat(refused.outbox()).extracting(PendingEvent::type).containsExactly("placed", "paid");
        assertThat(refused.history()).extracting(StatusChange::status)
                .containsExactly(CREATED, PAID, CANCEL_REQUESTED, PAID);
        // the request's own push, late, is older than the refusal: nothing changes
        assertThat(refused.observe(CANCEL_REQUESTED, "IN_CANCEL", T0.plusSeconds(60), "webhook", T0)).isEmpty();
        // and the order goes on from where it was
        Order shipped = refused.observe(SHIPPED, "SHIPPED", T0.plusSeconds(180), "webhook", T0).orElseThrow();
        assertThat(shipped.outbox()).extracting(PendingEvent::type).containsExactly("placed", "paid", "shipped");
    }

    @Test
    void aRequestIsLeftBackwardsOnlyByAReadNewerThanIt() {
        Order requested = place(PAID, line("SKA-1", 1, 100))
                .observe(CANCEL_REQUESTED, "IN_CANCEL", T0.plusSeconds(60), "webhook", T0)
                .orElseThrow();
        // a late read of the payment, older than the request, is not a refusal
        assertThat(requested.observe(PAID, "READY_TO_SHIP", T0.plusSeconds(30), "webhook", T0)).isEmpty();
        assertThat(requested.observe(PAID, "READY_TO_SHIP", T0.plusSeconds(60), "webhook", T0)).isEmpty();
        assertThat(requested.observe(CREATED, "UNPAID", T0.plusSeconds(90), "webhook", T0)).isEmpty();
        // the final state needs no time: it is final
        Order cancelled = requested.observe(CANCELLED, "CANCELLED", T0.plusSeconds(10), "polling", T0)
                .orElseThrow();
        assertThat(cancelled.netRupiah()).isZero();
        assertThat(cancelled.outbox()).extracting(PendingEvent::type).containsExactly("placed", "paid", "cancelled");
    }

    @Test
    void aRefusedReturnRequestKeepsTheCompletedSaleAndAGrantedOneUndoesIt() {
        Order completed = place(COMPLETED, line("SKA-1", 2, 100));
        Order requested = completed.observe(RETURN_REQUESTED, "TO_RETURN", T0.plusSeconds(60), "webhook", T0)
                .orElseThrow();
        assertThat(requested.netRupiah()).isEqualTo(200);
        assertThat(requested.lines()).singleElement().extracting(OrderLine::returned).isEqualTo(0L);

        Order refused = requested.observe(COMPLETED, "COMPLETED", T0.plusSeconds(61), "webhook", T0).orElseThrow();
        assertThat(refused.status()).isEqualTo(COMPLETED);
        assertThat(refused.netRupiah()).isEqualTo(200);
        assertThat(refused.outbox()).extracting(PendingEvent::type).containsExactly("placed", "completed");

        Order again = refused.observe(RETURN_REQUESTED, "TO_RETURN", T0.plusSeconds(90), "webhook", T0)
                .orElseThrow();
        Order returned = again.observe(RETURNED, "TO_RETURN/REFUND_PAID", T0.plusSeconds(99), "webhook", T0)
                .orElseThrow();
        assertThat(returned.netRupiah()).isZero();
        assertThat(returned.lines()).singleElement().extracting(OrderLine::returned).isEqualTo(1L);
        assertThat(returned.outbox()).extracting(PendingEvent::type)
                .containsExactly("placed", "completed", "returned");
    }

    @Test
    void aNewOrderSeenLateStartsWhereTheMarketplaceIs() {
        Order order = place(COMPLETED, line("SKA-1", 1, 100));
        assertThat(order.status()).isEqualTo(COMPLETED);
        assertThat(order.version()).isEqualTo(1);
        assertThat(order.outbox()).extracting(PendingEvent::type).containsExactly("placed", "completed");
        assertThat(order.history()).extracting(StatusChange::status).containsExactly(CREATED, COMPLETED);
    }

    @Test
    void anOrderCountsOncePerGroupHoweverManyLinesItHas() {
        Order order = place(CREATED, line("SKA-1", 1, 100), line("SKA-1B", 1, 100), line("KOPI-1", 1, 50));
        assertThat(order.lines()).extracting(OrderLine::orders).containsExactly(1L, 0L, 1L);
        assertThat(order.groupIds()).containsExactly("grp-1", "grp-2");
    }

    @Test
    void aLineWithAnUnknownSkuIsKeptAndFlaggedThenPlacedOnceKnown() {
        Order order = place(CREATED, line("SKA-1", 1, 100), line("MYSTERY", 2, 70));
        assertThat(order.unknownSkus()).isTrue();
        assertThat(order.lines()).hasSize(2);
        assertThat(order.lines().get(1).dayBucket()).isNull();
        assertThat(order.grossRupiah()).isEqualTo(240);

        Order resolved = order.resolve(sku -> sku.equals("MYSTERY") ? Optional.of(KOPI) : places(sku), T0)
                .orElseThrow();
        assertThat(resolved.unknownSkus()).isFalse();
        assertThat(resolved.version()).isEqualTo(2);
        assertThat(resolved.lines().get(1).groupId()).isEqualTo("grp-2");
        assertThat(resolved.resolve(this::places, T0)).isEmpty();
    }

    @Test
    void anOrderOfOnlyUnknownSkusHoldsItsEventsUntilOneIsKnown() {
        Order order = place(CREATED, line("MYSTERY", 2, 70));
        Order cancelled = order.observe(CANCELLED, "CANCELLED", T0, "webhook", T0).orElseThrow();
        assertThat(cancelled.groupIds()).isEmpty();
        assertThat(cancelled.eventsHeld()).isTrue();
        assertThat(cancelled.outbox()).extracting(PendingEvent::type).containsExactly("placed", "cancelled");
        assertThat(place(CREATED, line("SKA-1", 1, 100), line("MYSTERY", 2, 70)).eventsHeld()).isFalse();

        Order resolved = cancelled.resolve(sku -> Optional.of(KOPI), T0).orElseThrow();
        assertThat(resolved.eventsHeld()).isFalse();
        assertThat(resolved.hasPendingWork()).isTrue();
        assertThat(resolved.groupIds()).containsExactly("grp-2");
        assertThat(resolved.outbox()).extracting(PendingEvent::type).containsExactly("placed", "cancelled");
    }

    @Test
    void netIsTheGoodsLessTheSellersDiscountSpreadOverTheLinesInWholeRupiah() {
        Order order = placeWithAmounts(PAID, 1_000L, 9_000L, null, line("SKA-1", 1, 10_000), line("SKA-1B", 2, 10_000),
                line("KOPI-1", 1, 10_000));

        assertThat(order.grossRupiah()).isEqualTo(40_000);
        assertThat(order.lines()).extracting(OrderLine::discountRupiah).containsExactly(250L, 500L, 250L);
        assertThat(order.lines()).extracting(OrderLine::netRupiah).containsExactly(9_750L, 19_500L, 9_750L);
        assertThat(order.lines()).extracting(OrderLine::processedNetRupiah).containsExactly(9_750L, 19_500L, 0L);
        assertThat(order.netRupiah()).isEqualTo(39_000);
        assertThat(order.shippingRupiah()).isEqualTo(9_000);
        assertThat(order.feesRupiah()).isNull();

        Order thirds = placeWithAmounts(PAID, 100L, null, null, line("SKA-1", 1, 1), line("SKA-1B", 1, 1),
                line("KOPI-1", 1, 1), line("MYSTERY", 1, 997));
        assertThat(thirds.lines()).extracting(OrderLine::discountRupiah).containsExactly(0L, 0L, 0L, 100L);
        Order odd = placeWithAmounts(PAID, 2L, null, null, line("SKA-1", 1, 3), line("KOPI-1", 1, 3),
                line("SKA-1B", 1, 3));
        assertThat(odd.lines()).extracting(OrderLine::discountRupiah).containsExactly(1L, 1L, 0L);
    }

    @Test
    void anUnknownDiscountIsNoneAndAnUndoneOrderNetsNothing() {
        Order order = placeWithAmounts(PAID, null, null, null, line("SKA-1", 2, 150_000));
        assertThat(order.netRupiah()).isEqualTo(300_000);
        assertThat(order.lines()).extracting(OrderLine::discountRupiah).containsExactly(0L);

        Order discounted = placeWithAmounts(PAID, 30_000L, null, null, line("SKA-1", 2, 150_000));
        Order cancelled = discounted.observe(CANCELLED, "CANCELLED", T0.plusSeconds(60), "webhook", T0).orElseThrow();
        assertThat(cancelled.netRupiah()).isZero();
        assertThat(cancelled.lines()).extracting(OrderLine::netRupiah, OrderLine::discountRupiah)
                .containsExactly(tuple(0L, 30_000L));
        assertThat(cancelled.discountRupiah()).isEqualTo(30_000);
    }

    @Test
    void aStatusChangeKeepsTheAmountsAndANewerReadRefreshesOnlyWhatItKnows() {
        Order paid = placeWithAmounts(PAID, 30_000L, 9_000L, null, line("SKA-1", 2, 150_000));
        Order completed = paid.observe(COMPLETED, "COMPLETED", T0.plusSeconds(60), "webhook", T0).orElseThrow();
        assertThat(completed.discountRupiah()).isEqualTo(30_000);
        assertThat(completed.shippingRupiah()).isEqualTo(9_000);
        assertThat(completed.netRupiah()).isEqualTo(270_000);

        Order settled = completed.withAmounts(35_000L, null, 16_200L);
        assertThat(settled.version()).isEqualTo(completed.version());
        assertThat(settled.discountRupiah()).isEqualTo(35_000);
        assertThat(settled.shippingRupiah()).isEqualTo(9_000);
        assertThat(settled.feesRupiah()).isEqualTo(16_200);
        assertThat(settled.netRupiah()).as("fees are not taken off the net").isEqualTo(265_000);
        assertThat(settled.lines()).extracting(OrderLine::netRupiah).containsExactly(265_000L);
    }

    private Optional<ProductPlace> places(String sku) {
        if (sku.startsWith("SKA")) {
            return Optional.of(SARUNG);
        }
        if (sku.startsWith("KOPI")) {
            return Optional.of(KOPI);
        }
        return Optional.empty();
    }

    private Order place(OrderStatus status, OrderLine... lines) {
        return Order.place(new NewOrder("shopee", "300100001", "2603100001", status, status.name(), T0, T0,
                List.of(lines), null, null, null, "webhook"), this::places, T0);
    }

    private Order placeWithAmounts(OrderStatus status, Long discount, Long shipping, Long fees,
            OrderLine... lines) {
        return Order.place(new NewOrder("tokopedia", "749500000000000001", "576400001", status, status.name(), T0, T0,
                List.of(lines), discount, shipping, fees, "webhook"), this::places, T0);
    }

    private static OrderLine line(String sku, long quantity, long price) {
        return OrderLine.of(sku, sku, quantity, price);
    }
}

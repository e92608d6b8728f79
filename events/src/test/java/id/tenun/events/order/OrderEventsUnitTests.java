package id.tenun.events.order;

import static id.tenun.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.events.Examples;

class OrderEventsUnitTests {

    private final OrderPlaced placed = Examples.orderPlaced();

    @Test
    void refusesAnOrderWithoutLines() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(placed, "lines", List.of()))
                .withMessage("OrderPlaced.lines must have at least one element");
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderCancelled(), "lines", null))
                .withMessage("OrderCancelled.lines must have at least one element");
    }

    @Test
    void refusesTheSameLineTwiceSoStockIsNeverReservedTwice() {
        OrderLine line = new OrderLine("1", "SKA-UTN-MRH-200", "prd-01HV3SARUNG", 1, 1_250_000);

        assertThatIllegalArgumentException().isThrownBy(() -> with(placed, "lines", List.of(line, line)))
                .withMessage("OrderPlaced.lines has line '1' more than once");
    }

    @Test
    void refusesAnOrderThatBelongsToNoGroupOrNamesOneTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(placed, "groupIds", List.of()))
                .withMessage("OrderPlaced.groupIds must have at least one element");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(Examples.orderPaid(), "groupIds", List.of("grp-sikka-dua", "grp-sikka-dua")))
                .withMessage("OrderPaid.groupIds has 'grp-sikka-dua' more than once");
    }

    @Test
    void refusesANegativePriceOrAQuantityOfZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine("1", "SKA-1", null, 1, -500))
                .withMessage("OrderLine.unitPriceRupiah must not be negative, was -500");
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderLine("1", "SKA-1", null, 0, 500))
                .withMessage("OrderLine.quantity must be greater than 0, was 0");
    }

    @Test
    void acceptsALineWhoseSkuIsNotTenuns() {
        OrderLine unknown = new OrderLine("3", "SELLER-OLD-77", null, 1, 50_000);

        assertThat(with(placed, "lines", List.of(unknown)).lines()).containsExactly(unknown);
    }

    @Test
    void refusesAnOrderWithoutTheMarketplacesIdsOrVersion() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(placed, "externalOrderId", ""))
                .withMessage("OrderPlaced.externalOrderId is required and must not be blank, was ''");
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderShipped(), "channel", "J&T"))
                .withMessageStartingWith("OrderShipped.channel must be a channel id");
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderReturned(), "version", 0L))
                .withMessage("OrderReturned.version must be greater than 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderCompleted(), "schemaVersion", 0))
                .withMessage("OrderCompleted.schemaVersion must be 1 or more, was 0");
    }

    @Test
    void refusesAnEmptyCarrierOrReasonRatherThanNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderShipped(), "trackingNumber", " "))
                .withMessage("OrderShipped.trackingNumber must be null or not blank, was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> with(Examples.orderCancelled(), "reason", ""))
                .withMessage("OrderCancelled.reason must be null or not blank, was ''");
    }

    @Test
    void addsUpTheLinesInWholeRupiahAndRefusesToOverflow() {
        assertThat(placed.totalRupiah()).isEqualTo(1_250_000 + 2 * 175_000);
        OrderLine huge = new OrderLine("1", "SKA-1", null, Long.MAX_VALUE / 2, 3);

        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> with(placed, "lines", List.of(huge)).totalRupiah());
    }

    @Test
    void isKeyedByTenunsOrderId() {
        assertThat(Examples.everyType()).filteredOn(OrderEvent.class::isInstance)
                .allSatisfy((event) -> assertThat(event.key()).isEqualTo(((OrderEvent) event).orderId()));
    }

}

package id.tenun.catalog.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import id.tenun.support.problems.InvalidInput;

class StockQuantitiesUnitTests {

    @Test
    void refusesAnAdjustmentOfLongMinValueWhoseAbsoluteValueIsNegative() {
        assertThat(Math.abs(Long.MIN_VALUE)).isNegative();
        assertThat(StockQuantities.isAdjustment(Long.MIN_VALUE)).isFalse();
        assertThat(StockQuantities.isAdjustment(Long.MAX_VALUE)).isFalse();
        assertThat(StockQuantities.isAdjustment(-1_000_001)).isFalse();
        assertThat(StockQuantities.isAdjustment(0)).isFalse();
        assertThat(StockQuantities.isAdjustment(-1_000_000)).isTrue();
        assertThat(StockQuantities.isAdjustment(1_000_000)).isTrue();
        assertThatThrownBy(() -> new AdjustStock("SKU-1", Long.MIN_VALUE, "rusak")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("delta");
    }

    @Test
    void sumsQuantitiesOrThrowsInsteadOfWrappingAround() {
        assertThat(StockQuantities.sum(LongStream.of(3, 4, -2))).isEqualTo(5);
        assertThat(StockQuantities.sum(LongStream.empty())).isZero();
        assertThatThrownBy(() -> StockQuantities.sum(LongStream.of(Long.MAX_VALUE, 1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesAnOrderLineQuantityOutOfRange() {
        assertThat(new OrderLineStock("1", "SKU-1", null, 3).quantity()).isEqualTo(3);
        assertThatThrownBy(() -> new OrderLineStock("1", "SKU-1", null, Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderLineStock("1", "SKU-1", null, StockQuantities.MAX_STOCK + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StockRuleUnitTests {

    @Test
    void showsAllAvailableStockByDefault() {
        assertThat(StockRule.ALL.apply(17)).isEqualTo(17);
        assertThat(StockRule.ALL.apply(0)).isZero();
    }

    @Test
    void keepsABufferBackAndShowsAShareOfTheRestRoundedDown() {
        var rule = new StockRule(50, 2, null, 0);
        assertThat(rule.apply(11)).isEqualTo(4); // (11 - 2) * 50% = 4.5 → 4
        assertThat(rule.apply(2)).isZero();
        assertThat(rule.apply(1)).isZero();
    }

    @Test
    void neverShowsMoreThanTheMaximum() {
        assertThat(new StockRule(100, 0, 10L, 0).apply(500)).isEqualTo(10);
    }

    @Test
    void showsNothingBelowTheThresholdSoTheLastUnitsAreNotOversold() {
        var rule = new StockRule(100, 0, null, 3);
        assertThat(rule.apply(2)).isZero();
        assertThat(rule.apply(3)).isEqualTo(3);
    }

    @Test
    void neverShowsMoreThanIsAvailable() {
        for (long available = 0; available < 50; available++) {
            assertThat(new StockRule(100, 0, 100L, 0).apply(available)).isLessThanOrEqualTo((int) available);
        }
    }

    @Test
    void refusesRulesThatMakeNoSense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(101, 0, null, 0))
                .withMessageContaining("stock.sharePercent");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, -1, null, 0))
                .withMessageContaining("stock.bufferUnits");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, 0, -1L, 0))
                .withMessageContaining("stock.maximumShown");
    }

}

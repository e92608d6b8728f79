package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;

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
    void refusesUnitsPastTheCeilingNamingTheField() {
        long over = StockRule.MAX_UNITS + 1;
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, over, null, 0))
                .withMessageContaining("stock.bufferUnits");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, 0, Long.MAX_VALUE, 0))
                .withMessageContaining("stock.maximumShown");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, 0, null, over))
                .withMessageContaining("stock.zeroBelow");
        assertThatIllegalArgumentException().isThrownBy(() -> new StockRule(100, 0, null, -1))
                .withMessageContaining("stock.zeroBelow");
    }

    @Test
    void neverOverflowsForAnyAvailableStock() {
        long max = StockRule.MAX_UNITS;
        for (int share : new int[]{0, 1, 33, 99, 100}) {
            for (long available : new long[]{Long.MIN_VALUE, -1, 0, 1, 99, 100, max, max + 1, Long.MAX_VALUE - 1,
                    Long.MAX_VALUE}) {
                for (var rule : new StockRule[]{new StockRule(share, 0, null, 0),
                        new StockRule(share, max, max, max)}) {
                    long exact = available <= 0 || available < rule.zeroBelow()
                            ? 0
                            : BigInteger.valueOf(Math.max(0, available - rule.bufferUnits()))
                                    .multiply(BigInteger.valueOf(share)).divide(BigInteger.valueOf(100))
                                    .min(BigInteger.valueOf(rule.maximumShown() == null
                                            ? Integer.MAX_VALUE
                                            : Math.min(rule.maximumShown(), Integer.MAX_VALUE)))
                                    .longValueExact();
                    assertThat(rule.apply(available)).as("%s of %d", rule, available).isEqualTo(exact);
                }
            }
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

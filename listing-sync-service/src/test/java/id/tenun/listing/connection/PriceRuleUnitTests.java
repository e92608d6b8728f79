package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PriceRuleUnitTests {

    @Test
    void showsTheCatalogPriceAsItIsByDefault() {
        assertThat(PriceRule.AS_CATALOG.apply(125_000)).isEqualTo(125_000);
    }

    @Test
    void addsAPercentageRoundingHalfUpToTheRupiah() {
        var rule = new PriceRule(null, PriceRule.basisPoints(new BigDecimal("12.5")), 0, 1, PriceRule.Rounding.NEAREST,
                0);
        assertThat(rule.apply(10_001)).isEqualTo(11_251); // 11251.125
        assertThat(rule.apply(3)).isEqualTo(3); // 3.375
        assertThat(rule.apply(4)).isEqualTo(5); // 4.5 → 5
    }

    @Test
    void takesOffAPercentageAndAnAmount() {
        var rule = new PriceRule(null, -1_000, -2_000, 1, PriceRule.Rounding.NEAREST, 0);
        assertThat(rule.apply(50_000)).isEqualTo(43_000);
    }

    @Test
    void roundsToTheStepTheMarketplaceShows() {
        assertThat(new PriceRule(null, 0, 0, 500, PriceRule.Rounding.UP, 0).apply(12_001)).isEqualTo(12_500);
        assertThat(new PriceRule(null, 0, 0, 500, PriceRule.Rounding.DOWN, 0).apply(12_499)).isEqualTo(12_000);
        assertThat(new PriceRule(null, 0, 0, 1_000, PriceRule.Rounding.NEAREST, 0).apply(12_499)).isEqualTo(12_000);
        assertThat(new PriceRule(null, 0, 0, 1_000, PriceRule.Rounding.NEAREST, 0).apply(12_500)).isEqualTo(13_000);
        assertThat(new PriceRule(null, 0, 0, 100, PriceRule.Rounding.UP, 0).apply(12_300)).isEqualTo(12_300);
    }

    @Test
    void neverGoesUnderTheMinimum() {
        var rule = new PriceRule(null, -5_000, 0, 1, PriceRule.Rounding.NEAREST, 30_000);
        assertThat(rule.apply(40_000)).isEqualTo(30_000);
        assertThat(rule.apply(100_000)).isEqualTo(50_000);
    }

    @Test
    void aFixedPriceReplacesTheCatalogPriceAndStillTakesTheAdjustments() {
        var rule = new PriceRule(20_000L, 1_000, 1_000, 1, PriceRule.Rounding.NEAREST, 0);
        assertThat(rule.apply(99_999)).isEqualTo(23_000);
        assertThat(rule.apply(0)).isEqualTo(23_000);
    }

    @Test
    void anUnpricedProductStaysUnpriced() {
        assertThat(new PriceRule(null, 1_000, 500, 100, PriceRule.Rounding.UP, 1_000).apply(0)).isZero();
    }

    @Test
    void refusesAmountsPastTheCeilingNamingTheField() {
        long over = PriceRule.MAX_RUPIAH + 1;
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(Long.MAX_VALUE, 0, 0, 1, null, 0))
                .withMessageContaining("price.fixedRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(over, 0, 0, 1, null, 0))
                .withMessageContaining("price.fixedRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, over, 1, null, 0))
                .withMessageContaining("price.amountRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, Long.MIN_VALUE, 1, null, 0))
                .withMessageContaining("price.amountRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, 0, 1, null, Long.MAX_VALUE))
                .withMessageContaining("price.minimumRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, 0, Long.MAX_VALUE, null, 0))
                .withMessageContaining("price.roundTo");
    }

    @Test
    void neverOverflowsAtTheCornersOfTheBounds() {
        long max = PriceRule.MAX_RUPIAH;
        for (PriceRule.Rounding rounding : PriceRule.Rounding.values()) {
            var highest = new PriceRule(max, 100_000, max, PriceRule.MAX_ROUND_TO, rounding, max);
            assertThat(highest.apply(0)).isBetween(11 * max + max, 11 * max + max + PriceRule.MAX_ROUND_TO);
            var highestCatalog = new PriceRule(null, 100_000, max, PriceRule.MAX_ROUND_TO, rounding, 0);
            assertThat(highestCatalog.apply(max)).isEqualTo(highest.apply(0));
            var lowest = new PriceRule(1L, -9_999, -max, PriceRule.MAX_ROUND_TO, rounding, 0);
            assertThat(lowest.apply(max)).isZero();
            assertThat(new PriceRule(null, -9_999, -max, 1, rounding, max).apply(1)).isEqualTo(max);
        }
    }

    @Test
    void refusesRulesThatMakeNoSense() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(0L, 0, 0, 1, null, 0))
                .withMessageContaining("price.fixedRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, -10_000, 0, 1, null, 0))
                .withMessageContaining("price.percent");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, 0, 0, null, 0))
                .withMessageContaining("price.roundTo");
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceRule(null, 0, 0, 1, null, -1))
                .withMessageContaining("price.minimumRupiah");
        assertThatIllegalArgumentException().isThrownBy(() -> PriceRule.basisPoints(new BigDecimal("1.255")))
                .withMessageContaining("two decimals");
    }

}

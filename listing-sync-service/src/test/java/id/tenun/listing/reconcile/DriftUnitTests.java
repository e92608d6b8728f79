package id.tenun.listing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.listing.state.ListingPayload;
import id.tenun.listing.state.Operation;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;

class DriftUnitTests {

    static final ListingPayload PUSHED = payload(45_000, 6);

    static ListingPayload payload(long price, int stock) {
        return new ListingPayload("Sarung Tenun Ikat Sikka", "Pewarna alam", "600301", Map.of(), price, stock, stock,
                800,
                35, 25, 5, List.of(), "", "", "");
    }

    static ListingView shown(Long price, Integer stock) {
        return new ListingView(new ListingResult.Accepted("9", true), price, stock);
    }

    @Test
    void findsNothingWhenTheMarketplaceShowsWhatWasPushed() {
        Drift drift = Drift.between(PUSHED, PUSHED, shown(45_000L, 6));

        assertThat(drift.repairs()).isEmpty();
        assertThat(drift.left()).isEmpty();
    }

    @Test
    void putsBackAPriceEditedByHandAndAStockAboveTheOnePushedStockFirst() {
        Drift drift = Drift.between(PUSHED, PUSHED, shown(1_000L, 99));

        assertThat(drift.repairs()).containsExactly(Operation.UPDATE_STOCK, Operation.UPDATE_PRICE);
        assertThat(drift.stock()).isEqualTo("stock shown 99; put back 6");
        assertThat(drift.price()).isEqualTo("price shown 1000; put back 45000");
    }

    @Test
    void leavesAStockBelowTheOnePushedBecauseOrdersLowerItFirst() {
        Drift drift = Drift.between(PUSHED, PUSHED, shown(45_000L, 2));

        assertThat(drift.repairs()).isEmpty();
        assertThat(drift.left()).hasValueSatisfying(left -> assertThat(left).startsWith("stock shown 2, below the 6"));
    }

    @Test
    void putsBackWhatTheMarketplaceDidNotShow() {
        Drift drift = Drift.between(PUSHED, PUSHED, shown(null, null));

        assertThat(drift.repairs()).containsExactly(Operation.UPDATE_STOCK, Operation.UPDATE_PRICE);
    }
}

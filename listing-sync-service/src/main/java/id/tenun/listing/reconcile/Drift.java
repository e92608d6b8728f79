package id.tenun.listing.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.tenun.listing.state.ListingPayload;
import id.tenun.listing.state.Operation;
import id.tenun.marketplaces.ListingView;

/**
 * How a live listing on its marketplace differs from what the marketplace last accepted from us, and the cheap calls
 * that repair it (stock first, as the workers do). A price that differs is put back. A stock above the one pushed is
 * put back at once (buyers could order what the group does not have); a stock below it is left alone and noted,
 * because buyers' orders lower it on the marketplace before the catalog's next stock arrives, and raising it again
 * would sell those units twice. That next stock pushes the shown stock again by the rule, even when the rule gives
 * the number pushed before (see {@link ListingPayload}), so a capped shop does not drain. A value the marketplace did
 * not show is put back, as it cannot be checked.
 *
 * @param repairs the calls to make, in order
 * @param stock what the stock repair is, in words
 * @param price what the price repair is, in words
 * @param left what was seen and deliberately not repaired, in words
 */
record Drift(List<Operation> repairs, String stock, String price, Optional<String> left) {

    static Drift between(ListingPayload synced, ListingPayload desired, ListingView shown) {
        List<Operation> repairs = new ArrayList<>();
        String stock = "";
        String left = null;
        if (shown.stock() == null) {
            repairs.add(Operation.UPDATE_STOCK);
            stock = "stock not shown; put back " + desired.stock();
        } else if (shown.stock() > synced.stock()) {
            repairs.add(Operation.UPDATE_STOCK);
            stock = "stock shown " + shown.stock() + "; put back " + desired.stock();
        } else if (shown.stock() < synced.stock()) {
            left = "stock shown " + shown.stock() + ", below the " + synced.stock()
                    + " pushed: left (orders lower it before the catalog's next stock)";
        }
        String price = "";
        if (shown.priceRupiah() == null) {
            repairs.add(Operation.UPDATE_PRICE);
            price = "price not shown; put back " + desired.priceRupiah();
        } else if (shown.priceRupiah() != synced.priceRupiah()) {
            repairs.add(Operation.UPDATE_PRICE);
            price = "price shown " + shown.priceRupiah() + "; put back " + desired.priceRupiah();
        }
        return new Drift(List.copyOf(repairs), stock, price, Optional.ofNullable(left));
    }
}

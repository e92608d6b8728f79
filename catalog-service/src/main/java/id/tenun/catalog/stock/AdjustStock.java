package id.tenun.catalog.stock;

import id.tenun.support.problems.Violations;

/**
 * A person's stock adjustment of one SKU: how many more (or, negative, fewer), at most
 * {@link StockQuantities#MAX_DELTA} either way, and why.
 */
public record AdjustStock(String sku, Long delta, String reason) {

    public AdjustStock {
        Violations v = new Violations();
        sku = v.text(sku, "sku", 40);
        if (v.required(delta, "delta") != null) {
            v.check(StockQuantities.isAdjustment(delta), "delta",
                    "Jumlah perubahan tidak boleh 0 dan paling banyak 1.000.000.",
                    "The change must not be 0 and at most 1,000,000.");
        }
        reason = v.text(reason, "reason", 200);
        v.throwIfAny();
    }
}

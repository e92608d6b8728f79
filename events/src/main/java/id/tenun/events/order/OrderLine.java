package id.tenun.events.order;

import com.fasterxml.jackson.annotation.JsonIgnore;

import id.tenun.events.Checks;

/**
 * One line of an order.
 *
 * @param lineId the line's id, unique within the order (the marketplace's line or item id)
 * @param sku the seller SKU, as the marketplace reports it
 * @param productId the product the SKU belongs to, or null when the SKU is not Tenun's
 * @param quantity how many
 * @param unitPriceRupiah the price of one, in whole rupiah, as the buyer was charged before shipping
 */
public record OrderLine(String lineId, String sku, String productId, long quantity, long unitPriceRupiah) {

    public OrderLine {
        Checks.notBlank(lineId, "OrderLine.lineId");
        Checks.notBlank(sku, "OrderLine.sku");
        Checks.blankToNull(productId, "OrderLine.productId");
        Checks.positive(quantity, "OrderLine.quantity");
        Checks.nonNegative(unitPriceRupiah, "OrderLine.unitPriceRupiah");
    }

    /** quantity × unit price, in whole rupiah. */
    @JsonIgnore
    public long subtotalRupiah() {
        return Math.multiplyExact(quantity, unitPriceRupiah);
    }

}

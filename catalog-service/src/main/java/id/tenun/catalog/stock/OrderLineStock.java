package id.tenun.catalog.stock;

/**
 * What the ledger needs of an order line: which SKU (and product, if known) and how many (0 to
 * {@link StockQuantities#MAX_STOCK}; an order event with more is refused).
 */
public record OrderLineStock(String lineId, String sku, String productId, long quantity) {

    public OrderLineStock {
        StockQuantities.orderQuantity(quantity);
    }
}

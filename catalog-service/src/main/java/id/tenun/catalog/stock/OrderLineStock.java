package id.tenun.catalog.stock;

/** What the ledger needs of an order line: which SKU (and product, if known) and how many. */
public record OrderLineStock(String lineId, String sku, String productId, long quantity) {
}

package id.tenun.catalog.product;

/** In-process notice: a new variant came with opening stock, for the stock ledger to record. */
public record StockOpened(String productId, String groupId, String sku, long quantity, String by) {
}

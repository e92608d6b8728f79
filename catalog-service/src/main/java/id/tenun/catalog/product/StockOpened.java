package id.tenun.catalog.product;

/** A new variant's opening stock, for the stock ledger to record (sent within {@link StocksOpened}). */
public record StockOpened(String productId, String groupId, String sku, long quantity, String by) {
}

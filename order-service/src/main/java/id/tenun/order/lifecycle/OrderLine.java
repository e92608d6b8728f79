package id.tenun.order.lifecycle;

/**
 * One line of an order, with where it belongs (null while its SKU is unknown to the catalog) and what it adds to
 * the sales rollups at the order's current status. The measures are derived by {@link Order}; a line with no
 * {@code dayBucket} adds nothing.
 *
 * @param unitPriceRupiah the listed price per unit, before discounts
 * @param discountRupiah the line's share of the seller's discount on the order (in proportion to its subtotal)
 * @param orders 1 on the first line of each group in the order (an order counts once per group), else 0
 */
public record OrderLine(String lineId, String sku, long quantity, long unitPriceRupiah, long discountRupiah,
        String productId,
        String productName, String groupId, String villageCode, String districtCode, String regencyCode,
        String provinceCode, String programme, boolean processed, String dayBucket, String monthBucket, long orders,
        long units, long grossRupiah, long netUnits, long netRupiah, long cancelled, long returned,
        long processedNetRupiah) {

    public static OrderLine of(String lineId, String sku, long quantity, long unitPriceRupiah) {
        return new OrderLine(lineId, sku, quantity, unitPriceRupiah, 0, null, null, null, null, null, null, null,
                null, false, null, null, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public boolean known() {
        return productId != null;
    }

    public long subtotalRupiah() {
        return Math.multiplyExact(quantity, unitPriceRupiah);
    }

    /** What the line sells for at the order's status: its subtotal less its discount, nothing once undone. */
    public long netAt(OrderStatus status) {
        return status.undone() ? 0 : subtotalRupiah() - discountRupiah;
    }

    OrderLine placed(ProductPlace place, String day, String month, String channel) {
        return new OrderLine(lineId, sku, quantity, unitPriceRupiah, discountRupiah, place.productId(),
                place.productName(), place.groupId(), place.villageCode(), place.districtCode(), place.regencyCode(),
                place.provinceCode(), place.programme(), place.processed(), bucketId("D", day, place.groupId(), place.productId(), channel),
                bucketId("M", month, place.groupId(), place.productId(), channel), orders, units, grossRupiah,
                netUnits, netRupiah, cancelled, returned, processedNetRupiah);
    }

    /** The id of a sales bucket: period ({@code D} or {@code M}), its start, group, product and channel. */
    public static String bucketId(String period, String start, String groupId, String productId, String channel) {
        return period + "|" + start + "|" + groupId + "|" + productId + "|" + channel;
    }

    /** The line with its share of the order's discount, and (if its SKU is known) its measures at the status. */
    OrderLine measured(OrderStatus status, boolean countsTheOrder, long discountShare) {
        OrderLine line = new OrderLine(lineId, sku, quantity, unitPriceRupiah, discountShare, productId, productName,
                groupId, villageCode, districtCode, regencyCode, provinceCode, programme, processed, dayBucket,
                monthBucket, orders, units, grossRupiah, netUnits, netRupiah, cancelled, returned, processedNetRupiah);
        if (!known()) {
            return line;
        }
        long net = line.netAt(status);
        long order = countsTheOrder ? 1 : 0;
        return new OrderLine(lineId, sku, quantity, unitPriceRupiah, discountShare, productId, productName, groupId,
                villageCode, districtCode, regencyCode, provinceCode, programme, processed, dayBucket, monthBucket,
                order, quantity, subtotalRupiah(), status.undone() ? 0 : quantity, net,
                status == OrderStatus.CANCELLED ? order : 0, status == OrderStatus.RETURNED ? order : 0,
                processed ? net : 0);
    }
}

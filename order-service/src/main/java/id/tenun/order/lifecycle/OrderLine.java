package id.tenun.order.lifecycle;

import java.util.function.Consumer;

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
        String productId, String productName, String groupId, String villageCode, String districtCode,
        String regencyCode, String provinceCode, String programme, boolean processed, String dayBucket,
        String monthBucket, long orders, long units, long grossRupiah, long netUnits, long netRupiah, long cancelled,
        long returned, long processedNetRupiah) {

    public static OrderLine of(String lineId, String sku, long quantity, long unitPriceRupiah) {
        Draft draft = new Draft();
        draft.lineId = lineId;
        draft.sku = sku;
        draft.quantity = quantity;
        draft.unitPriceRupiah = unitPriceRupiah;
        return draft.line();
    }

    public boolean known() {
        return productId != null;
    }

    public long subtotalRupiah() {
        return Math.multiplyExact(quantity, unitPriceRupiah);
    }

    /** What the line sells for at the order's status: its subtotal less its discount, nothing once undone. */
    public long netAt(OrderStatus status) {
        return status.undone() ? 0 : Math.subtractExact(subtotalRupiah(), discountRupiah);
    }

    OrderLine placed(ProductPlace place, String day, String month, String channel) {
        return with(draft -> {
            draft.productId = place.productId();
            draft.productName = place.productName();
            draft.groupId = place.groupId();
            draft.villageCode = place.villageCode();
            draft.districtCode = place.districtCode();
            draft.regencyCode = place.regencyCode();
            draft.provinceCode = place.provinceCode();
            draft.programme = place.programme();
            draft.processed = place.processed();
            draft.dayBucket = bucketId("D", day, place.groupId(), place.productId(), channel);
            draft.monthBucket = bucketId("M", month, place.groupId(), place.productId(), channel);
        });
    }

    /** The id of a sales bucket: period ({@code D} or {@code M}), its start, group, product and channel. */
    public static String bucketId(String period, String start, String groupId, String productId, String channel) {
        return period + "|" + start + "|" + groupId + "|" + productId + "|" + channel;
    }

    /** The line with its share of the order's discount, and (if its SKU is known) its measures at the status. */
    OrderLine measured(OrderStatus status, boolean countsTheOrder, long discountShare) {
        OrderLine line = with(draft -> draft.discountRupiah = discountShare);
        if (!known()) {
            return line;
        }
        long net = line.netAt(status);
        long order = countsTheOrder ? 1 : 0;
        return line.with(draft -> {
            draft.orders = order;
            draft.units = quantity;
            draft.grossRupiah = subtotalRupiah();
            draft.netUnits = status.undone() ? 0 : quantity;
            draft.netRupiah = net;
            draft.cancelled = status == OrderStatus.CANCELLED ? order : 0;
            draft.returned = status == OrderStatus.RETURNED ? order : 0;
            draft.processedNetRupiah = processed ? net : 0;
        });
    }

    /** A copy of this line with {@code changes} made to its fields. */
    private OrderLine with(Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.line();
    }

    /**
     * A line's fields, to change some and keep the others: the one place that lists them all, so that a new field
     * is added to the record and here, and no change rebuilds a line by position.
     */
    private static final class Draft {

        String lineId;
        String sku;
        long quantity;
        long unitPriceRupiah;
        long discountRupiah;
        String productId;
        String productName;
        String groupId;
        String villageCode;
        String districtCode;
        String regencyCode;
        String provinceCode;
        String programme;
        boolean processed;
        String dayBucket;
        String monthBucket;
        long orders;
        long units;
        long grossRupiah;
        long netUnits;
        long netRupiah;
        long cancelled;
        long returned;
        long processedNetRupiah;

        Draft() {
        }

        Draft(OrderLine line) {
            lineId = line.lineId;
            sku = line.sku;
            quantity = line.quantity;
            unitPriceRupiah = line.unitPriceRupiah;
            discountRupiah = line.discountRupiah;
            productId = line.productId;
            productName = line.productName;
            groupId = line.groupId;
            villageCode = line.villageCode;
            districtCode = line.districtCode;
            regencyCode = line.regencyCode;
            provinceCode = line.provinceCode;
            programme = line.programme;
            processed = line.processed;
            dayBucket = line.dayBucket;
            monthBucket = line.monthBucket;
            orders = line.orders;
            units = line.units;
            grossRupiah = line.grossRupiah;
            netUnits = line.netUnits;
            netRupiah = line.netRupiah;
            cancelled = line.cancelled;
            returned = line.returned;
            processedNetRupiah = line.processedNetRupiah;
        }

        OrderLine line() {
            return new OrderLine(lineId, sku, quantity, unitPriceRupiah, discountRupiah, productId, productName,
                    groupId, villageCode, districtCode, regencyCode, provinceCode, programme, processed, dayBucket,
                    monthBucket, orders, units, grossRupiah, netUnits, netRupiah, cancelled, returned,
                    processedNetRupiah);
        }
    }
}

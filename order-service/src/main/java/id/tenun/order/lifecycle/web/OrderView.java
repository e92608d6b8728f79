package id.tenun.order.lifecycle.web;

import java.time.Instant;
import java.util.List;

import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.StatusChange;

/**
 * An order as the API shows it: amounts in whole rupiah (gross at the listed price; net = gross less the seller's
 * discounts, 0 once cancelled or returned; discount, shipping and fees null where the marketplace does not report
 * them), times in UTC, lines with where they belong and their share of the discount.
 */
record OrderView(String id, String channel, String shopId, String externalOrderId, String status,
        String marketplaceStatus, Instant createdAt, Instant updatedAt, String saleDay, long version,
        List<String> groupIds, long grossRupiah, long netRupiah, Long discountRupiah, Long shippingRupiah,
        Long feesRupiah, boolean waitingForUnknownSku, List<Line> lines, List<StatusChange> history) {

    record Line(String lineId, String sku, long quantity, long unitPriceRupiah, long subtotalRupiah,
            long discountRupiah, long netRupiah, boolean skuKnown,
            String productId, String productName, String groupId, String villageCode, String districtCode,
            String regencyCode, String provinceCode, String programme, boolean processed) {
    }

    static OrderView of(Order order) {
        return new OrderView(order.id(), order.channel(), order.shopId(), order.externalOrderId(), order.status().id(),
                order.marketplaceStatus(), order.createdAt(), order.updatedAt(), order.saleDay(), order.version(),
                order.groupIds(), order.grossRupiah(), order.netRupiah(), order.discountRupiah(),
                order.shippingRupiah(), order.feesRupiah(), order.unknownSkus(),
                order.lines().stream().map(line -> new Line(line.lineId(), line.sku(), line.quantity(),
                        line.unitPriceRupiah(), line.subtotalRupiah(), line.discountRupiah(),
                        line.netAt(order.status()), line.known(), line.productId(),
                        line.productName(), line.groupId(), line.villageCode(), line.districtCode(),
                        line.regencyCode(), line.provinceCode(), line.programme(), line.processed())).toList(),
                order.history());
    }
}

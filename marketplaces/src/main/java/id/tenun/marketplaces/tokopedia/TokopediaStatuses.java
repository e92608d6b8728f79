package id.tenun.marketplaces.tokopedia;

import java.util.Map;
import java.util.Optional;

import id.tenun.marketplaces.TenunOrderStatus;

/** TikTok Shop order statuses in Tenun's terms (MARKETPLACES.md). */
final class TokopediaStatuses {

    private static final Map<String, TenunOrderStatus> STATUSES = Map.ofEntries(
            Map.entry("UNPAID", TenunOrderStatus.CREATED), Map.entry("ON_HOLD", TenunOrderStatus.PAID),
            Map.entry("AWAITING_SHIPMENT", TenunOrderStatus.PAID),
            Map.entry("PARTIALLY_SHIPPING", TenunOrderStatus.SHIPPED),
            Map.entry("AWAITING_COLLECTION", TenunOrderStatus.SHIPPED),
            Map.entry("IN_TRANSIT", TenunOrderStatus.SHIPPED), Map.entry("DELIVERED", TenunOrderStatus.DELIVERED),
            Map.entry("COMPLETED", TenunOrderStatus.COMPLETED), Map.entry("CANCELLED", TenunOrderStatus.CANCELLED));

    private TokopediaStatuses() {
    }

    static Optional<TenunOrderStatus> of(String status) {
        return Optional.ofNullable(STATUSES.get(status));
    }
}

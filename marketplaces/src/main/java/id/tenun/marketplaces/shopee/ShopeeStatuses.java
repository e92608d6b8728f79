package id.tenun.marketplaces.shopee;

import java.util.Map;
import java.util.Optional;

import id.tenun.marketplaces.TenunOrderStatus;

/** Shopee order statuses in Tenun's terms (MARKETPLACES.md). */
final class ShopeeStatuses {

    private static final Map<String, TenunOrderStatus> STATUSES = Map.of("UNPAID", TenunOrderStatus.CREATED,
            "READY_TO_SHIP", TenunOrderStatus.PAID, "PROCESSED", TenunOrderStatus.SHIPPED, "SHIPPED",
            TenunOrderStatus.SHIPPED, "TO_CONFIRM_RECEIVE", TenunOrderStatus.DELIVERED, "COMPLETED",
            TenunOrderStatus.COMPLETED, "IN_CANCEL", TenunOrderStatus.CANCELLED, "CANCELLED",
            TenunOrderStatus.CANCELLED, "TO_RETURN", TenunOrderStatus.RETURNED);

    private ShopeeStatuses() {
    }

    static Optional<TenunOrderStatus> of(String status) {
        return Optional.ofNullable(STATUSES.get(status));
    }
}

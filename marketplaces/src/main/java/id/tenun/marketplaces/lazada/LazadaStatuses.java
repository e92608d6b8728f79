package id.tenun.marketplaces.lazada;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.tenun.marketplaces.TenunOrderStatus;

/** Lazada order statuses in Tenun's terms (MARKETPLACES.md). */
final class LazadaStatuses {

    private static final Map<String, TenunOrderStatus> STATUSES = Map.of("unpaid", TenunOrderStatus.CREATED,
            "pending", TenunOrderStatus.PAID, "packed", TenunOrderStatus.SHIPPED, "ready_to_ship",
            TenunOrderStatus.SHIPPED, "shipped", TenunOrderStatus.SHIPPED, "delivered", TenunOrderStatus.DELIVERED,
            "confirmed", TenunOrderStatus.COMPLETED, "canceled", TenunOrderStatus.CANCELLED, "returned",
            TenunOrderStatus.RETURNED);

    private LazadaStatuses() {
    }

    static Optional<TenunOrderStatus> of(String status) {
        return Optional.ofNullable(STATUSES.get(status == null ? "" : status.toLowerCase(Locale.ROOT)));
    }
}

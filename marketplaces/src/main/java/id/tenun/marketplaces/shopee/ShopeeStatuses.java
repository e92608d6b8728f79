package id.tenun.marketplaces.shopee;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Shopee order statuses in Tenun's terms (MARKETPLACES.md). {@code IN_CANCEL} (a buyer's cancellation the seller may
 * refuse) and {@code TO_RETURN} (a return being processed) are requests, not yet cancelled or returned: a refused one
 * shows the order's earlier status again. A return that ended with the goods back and the buyer refunded is known
 * from the returns API (the order stays {@code TO_RETURN}).
 */
final class ShopeeStatuses {

    private static final Map<String, TenunOrderStatus> STATUSES = Map.of("UNPAID", TenunOrderStatus.CREATED,
            "READY_TO_SHIP", TenunOrderStatus.PAID, "PROCESSED", TenunOrderStatus.SHIPPED, "SHIPPED",
            TenunOrderStatus.SHIPPED, "TO_CONFIRM_RECEIVE", TenunOrderStatus.DELIVERED, "COMPLETED",
            TenunOrderStatus.COMPLETED, "IN_CANCEL", TenunOrderStatus.CANCEL_REQUESTED, "CANCELLED",
            TenunOrderStatus.CANCELLED, "TO_RETURN", TenunOrderStatus.RETURN_REQUESTED);

    private ShopeeStatuses() {
    }

    /** Return statuses ({@code /api/v2/returns/get_return_list}) that end a return with a refund [B]. */
    private static final Set<String> REFUNDED = Set.of("ACCEPTED", "REFUND_PAID");

    static boolean refunded(String returnStatus) {
        return REFUNDED.contains(returnStatus);
    }

    static Optional<TenunOrderStatus> of(String status) {
        return Optional.ofNullable(STATUSES.get(status));
    }
}

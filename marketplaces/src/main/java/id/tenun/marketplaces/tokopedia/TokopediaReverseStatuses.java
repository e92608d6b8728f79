package id.tenun.marketplaces.tokopedia;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.tenun.marketplaces.TenunOrderStatus;

/**
 * TikTok Shop's cancellations and returns (reverse orders: webhook type 2, {@code /return_refund/202309/...}) in
 * Tenun's terms. The order API does not show a pending request (an order with a return stays {@code COMPLETED}), so a
 * request is a status of its own here; a refused or withdrawn one has none: the order is again what the order API
 * shows. The cancellation words ({@code CANCELLATION_REQUEST_PENDING|SUCCESS|CANCELLED|COMPLETE}) and the return words
 * are those of the 202309 search references and the status-change webhooks (11, 12) [C]; which word a seller's refusal
 * of a cancellation leaves is not documented [B: {@code CANCELLATION_REQUEST_CANCELLED}, "closed"; the request
 * filter's {@code CANCELLATION_REQUEST_CANCEL} and the type 2 push's {@code CANCELLATION_REQUEST_REJECT} are read
 * alike].
 */
final class TokopediaReverseStatuses {

    private static final Map<String, TenunOrderStatus> STATUSES = Map.ofEntries(
            Map.entry("CANCELLATION_REQUEST_PENDING", TenunOrderStatus.CANCEL_REQUESTED),
            Map.entry("CANCELLATION_REQUEST_SUCCESS", TenunOrderStatus.CANCELLED),
            Map.entry("CANCELLATION_REQUEST_COMPLETE", TenunOrderStatus.CANCELLED),
            Map.entry("RETURN_OR_REFUND_REQUEST_PENDING", TenunOrderStatus.RETURN_REQUESTED),
            Map.entry("AWAITING_BUYER_SHIP", TenunOrderStatus.RETURN_REQUESTED),
            Map.entry("BUYER_SHIPPED_ITEM", TenunOrderStatus.RETURN_REQUESTED),
            Map.entry("REJECT_RECEIVE_PACKAGE", TenunOrderStatus.RETURN_REQUESTED),
            Map.entry("AWAITING_BUYER_RESPONSE", TenunOrderStatus.RETURN_REQUESTED),
            Map.entry("RETURN_OR_REFUND_REQUEST_SUCCESS", TenunOrderStatus.RETURNED),
            Map.entry("RETURN_OR_REFUND_REQUEST_COMPLETE", TenunOrderStatus.RETURNED));

    /** The request was refused by the seller or withdrawn by the buyer: it ends without a cancellation or return. */
    private static final Set<String> ENDED_WITHOUT = Set.of("CANCELLATION_REQUEST_CANCEL",
            "CANCELLATION_REQUEST_CANCELLED", "CANCELLATION_REQUEST_REJECT", "REFUND_OR_RETURN_REQUEST_REJECT",
            "RETURN_OR_REFUND_REQUEST_CANCEL");

    private TokopediaReverseStatuses() {
    }

    /** The request or its end; empty for a word not in the table (and for one that ended without, see below). */
    static Optional<TenunOrderStatus> of(String status) {
        return Optional.ofNullable(STATUSES.get(status));
    }

    /** Whether the request ended without a cancellation or return: the order is again as its order API shows it. */
    static boolean endedWithout(String status) {
        return ENDED_WITHOUT.contains(status);
    }
}

package id.tenun.marketplaces.lazada;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Lazada's reverse orders (push {@code message_type} 10: a buyer's cancellation or return, {@code request_type}
 * {@code CANCEL} or {@code RETURN}/{@code ONLY_REFUND}) in Tenun's terms [B: the reverse status words]. The order's
 * own {@code statuses} do not show a pending request, so a request is a status of its own here; a refused or
 * withdrawn one is announced as {@code CREATED}, the earliest status, so that what {@code /order/get} shows when the
 * order is read next is what counts. The final ones also show in the order ({@code canceled}, {@code returned}).
 */
final class LazadaReverseStatuses {

    private static final Set<String> ENDED_WITHOUT = Set.of("REQUEST_REJECT", "REQUEST_CANCEL",
            "SELLER_REJECT_RETURN");

    private static final Set<String> DONE = Set.of("CANCEL_SUCCESS", "REFUND_SUCCESS");

    private LazadaReverseStatuses() {
    }

    static Optional<TenunOrderStatus> of(String requestType, String reverseStatus) {
        String status = reverseStatus == null ? "" : reverseStatus.toUpperCase(Locale.ROOT);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        boolean cancel = "CANCEL".equalsIgnoreCase(requestType);
        if (ENDED_WITHOUT.contains(status)) {
            return Optional.of(TenunOrderStatus.CREATED);
        }
        if (DONE.contains(status)) {
            return Optional.of(cancel ? TenunOrderStatus.CANCELLED : TenunOrderStatus.RETURNED);
        }
        return Optional.of(cancel ? TenunOrderStatus.CANCEL_REQUESTED : TenunOrderStatus.RETURN_REQUESTED);
    }
}

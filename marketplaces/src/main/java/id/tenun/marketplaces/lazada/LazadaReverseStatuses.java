package id.tenun.marketplaces.lazada;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Lazada's reverse orders (push {@code message_type} 10 and {@code /reverse/getreverseordersforseller}: a buyer's
 * cancellation or return, {@code request_type} {@code CANCEL} or {@code RETURN}/{@code ONLY_REFUND}) in Tenun's terms.
 * The order's own {@code statuses} do not show a pending request, so a request is a status of its own here; a refused
 * or withdrawn one is announced as {@code CREATED}, the earliest status, so that what {@code /order/get} shows when the
 * order is read next is what counts. The final ones also show in the order ({@code canceled}, {@code returned}).
 * Words: {@code REQUEST_INITIATE}, {@code REQUEST_REJECT}, {@code REQUEST_CANCEL}, {@code CANCEL_SUCCESS} are those of
 * the reverse order detail reference, and {@code RTM_CANCELED}, {@code RTW_CANCELED}, {@code RTW_REJECT},
 * {@code REFUND_REJECTED}, {@code CANCEL_REFUND_ISSUED}, {@code REFUND_SUCCESS} those of the push page [C]; which word
 * a granted return ends in is not documented [B: {@code REFUND_SUCCESS}; the order's own {@code returned} tells too].
 * Any other word is a request still open.
 */
final class LazadaReverseStatuses {

    private static final Set<String> ENDED_WITHOUT = Set.of("REQUEST_REJECT", "REQUEST_CANCEL",
            "SELLER_REJECT_RETURN", "RTM_CANCELED", "RTW_CANCELED", "RTW_REJECT", "REFUND_REJECTED");

    private static final Set<String> DONE = Set.of("CANCEL_SUCCESS", "CANCEL_REFUND_ISSUED", "REFUND_SUCCESS");

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

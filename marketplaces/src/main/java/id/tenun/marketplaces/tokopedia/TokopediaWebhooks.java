package id.tenun.marketplaces.tokopedia;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.SignedWebhooks;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * TikTok Shop webhooks: header {@code Authorization} = lowercase hex HMAC-SHA256(app_secret, app_key + raw body);
 * type 1 order status, 2 reverse order, 11 cancellation status change ({@code cancel_status}, no {@code update_time}:
 * the push's {@code timestamp} stands for it) and 12 return status change ({@code return_status}) — a cancellation or
 * return requested, done, or refused, see {@link TokopediaReverseStatuses}; a {@code timestamp} in seconds.
 */
final class TokopediaWebhooks extends SignedWebhooks {

    static final int CANCELLATION_STATUS_CHANGE = 11;

    static final int RETURN_STATUS_CHANGE = 12;

    TokopediaWebhooks(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(Channel.TOKOPEDIA, settings, clock, json);
    }

    @Override
    protected String expectedSignature(ShopCredentials app, byte[] rawBody) {
        return TokopediaSigner.webhookSignature(app.appKey(), app.appSecret(), rawBody);
    }

    @Override
    protected Optional<OrderNotification> orderChange(JsonNode body) {
        int type = body.path("type").asInt(0);
        String shopId = body.path("shop_id").asString("");
        JsonNode data = body.path("data");
        String orderId = data.path("order_id").asString("");
        Instant updated = secondsOrTimestamp(data.path("update_time"), body);
        if (type == 1) {
            String status = data.path("order_status").asString("");
            return orderChange(shopId, orderId, status, TokopediaStatuses.of(status), updated);
        }
        String reverseField = switch (type) {
            case 2 -> "reverse_order_status";
            case CANCELLATION_STATUS_CHANGE -> "cancel_status";
            case RETURN_STATUS_CHANGE -> "return_status";
            default -> null;
        };
        if (reverseField != null) {
            String status = data.path(reverseField).asString("");
            return orderChange(shopId, orderId, status, reverse(status), updated);
        }
        return Optional.empty();
    }

    /**
     * A reverse order's status in Tenun's terms. A refused or withdrawn request is announced as {@code CREATED}, the
     * earliest status: it never outranks the order's own status, so what the order API shows when the order is read
     * next is what counts (the order is where it was before the request).
     */
    static Optional<TenunOrderStatus> reverse(String status) {
        return TokopediaReverseStatuses.endedWithout(status)
                ? Optional.of(TenunOrderStatus.CREATED)
                : TokopediaReverseStatuses.of(status);
    }
}

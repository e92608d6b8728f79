package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * The group handed the goods to the courier.
 * Wire type {@value #TYPE}.
 *
 * @param carrier the courier as the marketplace names it (e.g. {@code J&T Express}), or null
 * @param trackingNumber the courier's tracking number (resi), or null
 */
@JsonTypeName(OrderShipped.TYPE)
public record OrderShipped(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines,
        String carrier,
        String trackingNumber)
        implements
            OrderEvent {

    public static final String TYPE = "order.shipped";

    public static final int SCHEMA_VERSION = 1;

    public OrderShipped {
        OrderChecks.common("OrderShipped", eventId, occurredAt, schemaVersion, orderId, channel, shopId,
                externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderShipped");
        lines = OrderChecks.lines(lines, "OrderShipped");
        Checks.blankToNull(carrier, "OrderShipped.carrier");
        Checks.blankToNull(trackingNumber, "OrderShipped.trackingNumber");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The buyer paid (the marketplace holds the money until completion).
 * <p>
 * Wire type {@value #TYPE}.
 */
@JsonTypeName(OrderPaid.TYPE)
public record OrderPaid(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines)
        implements
            OrderEvent {

    public static final String TYPE = "order.paid";

    public static final int SCHEMA_VERSION = 1;

    public OrderPaid {
        OrderChecks.common("OrderPaid", eventId, occurredAt, schemaVersion, orderId, channel, shopId, externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderPaid");
        lines = OrderChecks.lines(lines, "OrderPaid");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The buyer received the goods and the marketplace settled the order: the sale counts.
 * <p>
 * Wire type {@value #TYPE}.
 */
@JsonTypeName(OrderCompleted.TYPE)
public record OrderCompleted(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines)
        implements
            OrderEvent {

    public static final String TYPE = "order.completed";

    public static final int SCHEMA_VERSION = 1;

    public OrderCompleted {
        OrderChecks.common("OrderCompleted", eventId, occurredAt, schemaVersion, orderId, channel, shopId,
                externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderCompleted");
        lines = OrderChecks.lines(lines, "OrderCompleted");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

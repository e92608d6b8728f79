package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A buyer placed an order on a marketplace. The catalog reserves the lines' stock.
 * <p>
 * Wire type {@value #TYPE}.
 */
@JsonTypeName(OrderPlaced.TYPE)
public record OrderPlaced(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines)
        implements
            OrderEvent {

    public static final String TYPE = "order.placed";

    public static final int SCHEMA_VERSION = 1;

    public OrderPlaced {
        OrderChecks.common("OrderPlaced", eventId, occurredAt, schemaVersion, orderId, channel, shopId, externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderPlaced");
        lines = OrderChecks.lines(lines, "OrderPlaced");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

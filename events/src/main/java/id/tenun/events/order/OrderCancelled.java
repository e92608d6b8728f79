package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * The order, or some of its lines, was cancelled before completion. {@code lines} are the lines and
 * quantities cancelled; the catalog releases their stock.
 * Wire type {@value #TYPE}.
 *
 * @param reason the marketplace's cancellation reason verbatim, or null
 */
@JsonTypeName(OrderCancelled.TYPE)
public record OrderCancelled(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines,
        String reason)
        implements
            OrderEvent {

    public static final String TYPE = "order.cancelled";

    public static final int SCHEMA_VERSION = 1;

    public OrderCancelled {
        OrderChecks.common("OrderCancelled", eventId, occurredAt, schemaVersion, orderId, channel, shopId,
                externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderCancelled");
        lines = OrderChecks.lines(lines, "OrderCancelled");
        Checks.blankToNull(reason, "OrderCancelled.reason");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

package id.tenun.events.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * The buyer returned goods. {@code lines} are the lines and quantities returned; the catalog releases
 * their stock and the sale no longer counts for them.
 * Wire type {@value #TYPE}.
 *
 * @param reason the marketplace's return reason verbatim, or null
 */
@JsonTypeName(OrderReturned.TYPE)
public record OrderReturned(UUID eventId, Instant occurredAt, int schemaVersion, String orderId, String channel,
        String shopId, String externalOrderId, List<String> groupIds, long version, List<OrderLine> lines,
        String reason)
        implements
            OrderEvent {

    public static final String TYPE = "order.returned";

    public static final int SCHEMA_VERSION = 1;

    public OrderReturned {
        OrderChecks.common("OrderReturned", eventId, occurredAt, schemaVersion, orderId, channel, shopId,
                externalOrderId,
                version);
        groupIds = OrderChecks.groupIds(groupIds, "OrderReturned");
        lines = OrderChecks.lines(lines, "OrderReturned");
        Checks.blankToNull(reason, "OrderReturned.reason");
    }

    @Override
    public String type() {
        return TYPE;
    }

}

package id.tenun.events.order;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.tenun.events.Checks;

/** The checks every order event makes in its constructor. */
final class OrderChecks {

    private OrderChecks() {
    }

    static void common(String record, UUID eventId, Instant occurredAt, int schemaVersion, String orderId,
            String channel, String shopId, String externalOrderId, long version) {
        Checks.header(record, eventId, occurredAt, schemaVersion);
        Checks.notBlank(orderId, record + ".orderId");
        Checks.channel(channel, record + ".channel");
        Checks.keyPart(shopId, record + ".shopId");
        Checks.notBlank(externalOrderId, record + ".externalOrderId");
        Checks.positive(version, record + ".version");
    }

    static List<String> groupIds(List<String> groupIds, String record) {
        List<String> copy = Checks.nonEmptyList(groupIds, record + ".groupIds");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            Checks.notBlank(copy.get(i), record + ".groupIds[" + i + "]");
            if (!seen.add(copy.get(i))) {
                throw new IllegalArgumentException(record + ".groupIds has '" + copy.get(i) + "' more than once");
            }
        }
        return copy;
    }

    static List<OrderLine> lines(List<OrderLine> lines, String record) {
        List<OrderLine> copy = Checks.nonEmptyList(lines, record + ".lines");
        Set<String> seen = new HashSet<>();
        for (OrderLine line : copy) {
            if (!seen.add(line.lineId())) {
                throw new IllegalArgumentException(record + ".lines has line '" + line.lineId() + "' more than once");
            }
        }
        return copy;
    }

}

package id.tenun.sandbox.buyers;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Every order the sandbox's buyers placed, per channel. */
@Component
public class SandboxOrders {

    private final Map<String, SandboxOrder> orders = new ConcurrentHashMap<>();

    void save(SandboxOrder order) {
        orders.put(order.getChannel() + "/" + order.getOrderId(), order);
    }

    public Optional<SandboxOrder> find(String channel, String shopId, String orderId) {
        return Optional.ofNullable(orders.get(channel + "/" + orderId))
                .filter(order -> shopId == null || order.getShopId().equals(shopId));
    }

    /** Orders of a shop changed at or after {@code since} (and before {@code until}, if given), oldest change first. */
    public List<SandboxOrder> changedSince(String channel, String shopId, Instant since, Instant until) {
        return orders.values()
                .stream()
                .filter(order -> order.getChannel().equals(channel) && order.getShopId().equals(shopId))
                .filter(order -> !order.getUpdatedAt().isBefore(since))
                .filter(order -> until == null || order.getUpdatedAt().isBefore(until))
                .sorted(Comparator.comparing(SandboxOrder::getUpdatedAt).thenComparing(SandboxOrder::getOrderId))
                .toList();
    }

    /**
     * Orders of a shop whose reverse order (cancellation or return) changed at or after {@code since} (and before
     * {@code until}, if given), oldest change first.
     */
    public List<SandboxOrder> reverseChangedSince(String channel, String shopId, Instant since, Instant until) {
        return orders.values()
                .stream()
                .filter(order -> order.getChannel().equals(channel) && order.getShopId().equals(shopId))
                .filter(order -> order.getReverseChangedAt() != null && !order.getReverseChangedAt().isBefore(since))
                .filter(order -> until == null || order.getReverseChangedAt().isBefore(until))
                .sorted(Comparator.comparing(SandboxOrder::getReverseChangedAt).thenComparing(SandboxOrder::getOrderId))
                .toList();
    }

    public List<SandboxOrder> all(String channel) {
        return orders.values()
                .stream()
                .filter(order -> channel == null || order.getChannel().equals(channel))
                .sorted(Comparator.comparing(SandboxOrder::getCreatedAt))
                .toList();
    }
}

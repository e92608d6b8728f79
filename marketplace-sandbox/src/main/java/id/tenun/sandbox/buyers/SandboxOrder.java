package id.tenun.sandbox.buyers;

import java.time.Instant;
import java.util.List;

/** An order a sandbox buyer placed; the channel renders it in its own shape. */
public final class SandboxOrder {

    /** One product in the order, by the listing it was bought from. */
    public record Line(String itemId, String skuId, String sellerSku, String title, int quantity, long unitPrice) {
    }

    private final String channel;

    private final String shopId;

    private final String orderId;

    private final List<Line> lines;

    private final Instant createdAt;

    private Stage stage = Stage.UNPAID;

    private Instant updatedAt;

    SandboxOrder(String channel, String shopId, String orderId, List<Line> lines, Instant createdAt) {
        this.channel = channel;
        this.shopId = shopId;
        this.orderId = orderId;
        this.lines = List.copyOf(lines);
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getChannel() {
        return channel;
    }

    public String getShopId() {
        return shopId;
    }

    public String getOrderId() {
        return orderId;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public synchronized Stage getStage() {
        return stage;
    }

    public synchronized Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getTotal() {
        return lines.stream().mapToLong(line -> line.unitPrice() * line.quantity()).sum();
    }

    synchronized boolean moveTo(Stage next, Instant now) {
        if (!stage.canMoveTo(next)) {
            return false;
        }
        stage = next;
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusMillis(1);
        return true;
    }
}

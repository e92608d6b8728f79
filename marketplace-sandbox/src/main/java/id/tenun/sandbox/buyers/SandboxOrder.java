package id.tenun.sandbox.buyers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An order a sandbox buyer placed; the channel renders it in its own shape. Its amounts follow from the order id
 * alone, so a test can tell what each channel must report: a seller discount on some orders (10 % of the unit price,
 * in hundreds of rupiah), a platform-funded discount on others (5 %, not the seller's cost; not on Shopee),
 * shipping paid by the buyer (free on some), and the marketplace's fees (a commission of 4 % and a service fee of
 * 2 % of the goods after the seller's discount; only Shopee reports them, in its escrow detail).
 */
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

    /** The stage a pending request was made from; null while none is pending. */
    private Stage beforeRequest;

    /** The last request made, kept once it ended; null if none was. */
    private Stage lastRequest;

    /** Whether the last request was refused and nothing happened to the order since. */
    private boolean refused;

    private Instant updatedAt;

    /** When the order's reverse order (its cancellation or return) last changed; null while it has none. */
    private Instant reverseChangedAt;

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

    /**
     * The stage an order API that does not show pending requests shows (TikTok Shop's, Lazada's): the stage before a
     * pending request, else the stage.
     */
    public synchronized Stage getShownStage() {
        return stage.requested() ? beforeRequest : stage;
    }

    public synchronized Stage getLastRequest() {
        return lastRequest;
    }

    public synchronized boolean isRefused() {
        return refused;
    }

    public synchronized Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * The order's reverse order, a record of its own beside the order: the last request made (pending, refused, or
     * granted), or a cancellation or return made without one; null if the order has none. A refused request stays
     * refused whatever the order does next.
     */
    public synchronized Reverse getReverse() {
        if (stage == Stage.CANCELLED || stage == Stage.RETURNED) {
            return stage == Stage.CANCELLED ? Reverse.CANCELLED : Reverse.RETURNED;
        }
        if (lastRequest == null) {
            return null;
        }
        boolean cancel = lastRequest == Stage.CANCEL_REQUESTED;
        if (stage.requested()) {
            return cancel ? Reverse.CANCEL_REQUESTED : Reverse.RETURN_REQUESTED;
        }
        return cancel ? Reverse.CANCEL_REFUSED : Reverse.RETURN_REFUSED;
    }

    /** When the reverse order was made, refused or granted; null while the order has none. */
    public synchronized Instant getReverseChangedAt() {
        return reverseChangedAt;
    }

    /** The goods at their listed price. */
    public long getTotal() {
        return lines.stream().mapToLong(line -> line.unitPrice() * line.quantity()).sum();
    }

    /** What the seller takes off each unit of the line (an item promotion or a seller voucher). */
    public long unitSellerDiscount(Line line) {
        return roll(3) == 0 ? line.unitPrice() / 10 / 100 * 100 : 0;
    }

    /** What the marketplace takes off each unit of the line at its own cost (a platform voucher; not on Shopee). */
    public long unitPlatformDiscount(Line line) {
        return !channel.equals("shopee") && roll(4) == 1 ? line.unitPrice() / 20 / 100 * 100 : 0;
    }

    public long getSellerDiscount() {
        return lines.stream().mapToLong(line -> unitSellerDiscount(line) * line.quantity()).sum();
    }

    public long getPlatformDiscount() {
        return lines.stream().mapToLong(line -> unitPlatformDiscount(line) * line.quantity()).sum();
    }

    /** Shipping paid by the buyer. */
    public long getShipping() {
        return roll(5) == 0 ? 0 : 9_000 + 2_000L * roll(4);
    }

    public long getCommissionFee() {
        return (getTotal() - getSellerDiscount()) * 4 / 100;
    }

    public long getServiceFee() {
        return (getTotal() - getSellerDiscount()) * 2 / 100;
    }

    /** The marketplace's fees on the order. */
    public long getFees() {
        return getCommissionFee() + getServiceFee();
    }

    /** What the buyer pays: the goods after both discounts, and the shipping. */
    public long getBuyerPaid() {
        return getTotal() - getSellerDiscount() - getPlatformDiscount() + getShipping();
    }

    /**
     * A number in {@code [0, n)} that depends on the order id only: its last character, so that a few orders in a row
     * (ids are sequences) meet every case.
     */
    private int roll(int n) {
        return orderId.isEmpty() ? 0 : orderId.charAt(orderId.length() - 1) % n;
    }

    synchronized boolean moveTo(Stage next, Instant now) {
        if (!stage.canMoveTo(next)) {
            return false;
        }
        refused = false;
        if (next.requested()) {
            beforeRequest = stage;
            lastRequest = next;
            updatedAt = inANewSecond(now);
        } else {
            updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plusMillis(1);
        }
        stage = next;
        if (next.requested() || next == Stage.CANCELLED || next == Stage.RETURNED) {
            reverseChangedAt = updatedAt;
        }
        return true;
    }

    /** The seller refuses the pending request: the order goes back to the stage it was made from. */
    synchronized boolean refuse(Instant now) {
        if (!stage.requested()) {
            return false;
        }
        stage = beforeRequest;
        beforeRequest = null;
        refused = true;
        updatedAt = inANewSecond(now);
        reverseChangedAt = updatedAt;
        return true;
    }

    /**
     * A request and its refusal go the other way from the order's earlier stage, so the marketplaces' times (whole
     * seconds) must tell them apart: at least the next second after the last change, even when played faster.
     */
    private Instant inANewSecond(Instant now) {
        Instant next = updatedAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return now.isAfter(next) ? now : next;
    }
}

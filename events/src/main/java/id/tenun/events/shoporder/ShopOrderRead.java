package id.tenun.events.shoporder;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * An order read from its marketplace: the whole order as the marketplace showed it at {@code occurredAt}, after a
 * webhook said it changed, a poll found it, or its shop was connected. The order service records it; a read that is
 * not newer than what it knows changes nothing.
 * <p>
 * Wire type {@value #TYPE}.
 *
 * @param channel the channel id, e.g. {@code shopee}
 * @param shopId the marketplace's shop id
 * @param groupId the group that held the shop when the order was read
 * @param externalOrderId the marketplace's order id
 * @param marketplaceStatus the marketplace's own status word, verbatim
 * @param status what it means in Tenun: one of {@link #STATUSES}
 * @param createdAt when the buyer ordered, as the marketplace says
 * @param updatedAt when the marketplace last changed the order
 * @param lines the goods by seller SKU at their listed unit price
 * @param discountRupiah discounts the seller funds, or null if the marketplace does not say
 * @param shippingRupiah shipping paid by the buyer, or null
 * @param feesRupiah what the marketplace charges the seller, or null (most channels tell only once completed)
 * @param source what made listing sync read it: {@code webhook}, {@code polling} or {@code connected}
 */
@JsonTypeName(ShopOrderRead.TYPE)
public record ShopOrderRead(UUID eventId, Instant occurredAt, int schemaVersion, String channel, String shopId,
        String groupId, String externalOrderId, String marketplaceStatus, String status, Instant createdAt,
        Instant updatedAt, List<Line> lines, Long discountRupiah, Long shippingRupiah, Long feesRupiah,
        String source) implements ShopOrderEvent {

    public static final String TYPE = "shop-order.read";

    /** 2: {@code status} may also be {@code cancel_requested} or {@code return_requested}. */
    public static final int SCHEMA_VERSION = 2;

    /**
     * Tenun's order statuses, in lifecycle order; {@code cancel_requested} and {@code return_requested} are a buyer's
     * requests that may still be refused (the order then shows its earlier status again).
     */
    public static final List<String> STATUSES = List.of("created", "paid", "shipped", "delivered", "completed",
            "cancel_requested", "return_requested", "cancelled", "returned");

    private static final Set<String> SOURCES = Set.of("webhook", "polling", "connected");

    /** One product of the order: the seller's SKU, how many, at what listed price per unit (whole rupiah). */
    public record Line(String sellerSku, int quantity, long unitPriceRupiah) {

        public Line {
            Checks.notBlank(sellerSku, "ShopOrderRead.Line.sellerSku");
            Checks.positive(quantity, "ShopOrderRead.Line.quantity");
            Checks.nonNegative(unitPriceRupiah, "ShopOrderRead.Line.unitPriceRupiah");
        }
    }

    public ShopOrderRead {
        Checks.header("ShopOrderRead", eventId, occurredAt, schemaVersion);
        Checks.channel(channel, "ShopOrderRead.channel");
        Checks.keyPart(shopId, "ShopOrderRead.shopId");
        Checks.notBlank(groupId, "ShopOrderRead.groupId");
        Checks.keyPart(externalOrderId, "ShopOrderRead.externalOrderId");
        marketplaceStatus = marketplaceStatus == null ? "" : marketplaceStatus;
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("ShopOrderRead.status must be one of " + STATUSES + ", was '"
                    + status + "'");
        }
        Checks.notNull(createdAt, "ShopOrderRead.createdAt");
        Checks.notNull(updatedAt, "ShopOrderRead.updatedAt");
        lines = Checks.list(lines, "ShopOrderRead.lines");
        nonNegativeOrNull(discountRupiah, "ShopOrderRead.discountRupiah");
        nonNegativeOrNull(shippingRupiah, "ShopOrderRead.shippingRupiah");
        nonNegativeOrNull(feesRupiah, "ShopOrderRead.feesRupiah");
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("ShopOrderRead.source must be one of " + SOURCES + ", was '" + source
                    + "'");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return channel + ":" + shopId + ":" + externalOrderId;
    }

    private static void nonNegativeOrNull(Long value, String name) {
        if (value != null) {
            Checks.nonNegative(value, name);
        }
    }

}

package id.tenun.marketplaces.shopee;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Amounts;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.ShopOrders;
import id.tenun.marketplaces.TenunOrderStatus;

/**
 * Orders on Shopee v2: {@code get_order_detail} (with {@code get_escrow_detail} once completed, and
 * {@code /api/v2/returns/get_return_list} while a return is processed) and {@code get_order_list} by update time (15
 * days at most).
 */
final class ShopeeOrders extends ShopOrders {

    static final String ORDER_DETAIL = "/api/v2/order/get_order_detail";

    static final String ORDER_LIST = "/api/v2/order/get_order_list";

    static final String ESCROW_DETAIL = "/api/v2/payment/get_escrow_detail";

    static final String RETURN_LIST = "/api/v2/returns/get_return_list";
    /** How far past our clock a window of changes reaches: clocks differ, and seconds are whole. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    /** What the adapter reads of an order beyond the fields Shopee always answers. */
    static final String OPTIONAL_FIELDS = "item_list,total_amount,estimated_shipping_fee";

    static final Duration MAX_RANGE = Duration.ofDays(15);

    static final int MAX_PAGES = 20;

    private final ShopeeClient client;

    ShopeeOrders(ChannelSettings settings, ShopeeClient client) {
        super(Channel.SHOPEE);
        this.client = client;
    }

    /**
     * The order from {@code get_order_detail}; once it is completed, also its income from
     * {@code /api/v2/payment/get_escrow_detail}, the only place Shopee reports its fees (and the final seller
     * discounts, seller vouchers and the shipping the buyer paid). Before completion the escrow is an estimate that
     * still changes, so it is not read: one extra call per order, made once. An order {@code TO_RETURN} stays so in
     * the order API while its return is processed: its return tells whether the goods went back and the buyer was
     * refunded (one or a few more calls).
     */
    @Override
    public OrderDetail orderDetail(ShopCredentials shop, String externalOrderId) {
        JsonNode orders = client
                .get(shop, ORDER_DETAIL,
                        Map.of("order_sn_list", externalOrderId, "response_optional_fields", OPTIONAL_FIELDS))
                .orThrow()
                .response()
                .path("order_list");
        JsonNode order = find(orders, "order_sn", externalOrderId);
        TenunOrderStatus status = ShopeeStatuses.of(order.path("order_status").asString(""))
                .orElse(TenunOrderStatus.CREATED);
        OrderDetail detail = detail(shop.shopId(), order,
                status == TenunOrderStatus.COMPLETED ? income(shop, externalOrderId) : null);
        if (status != TenunOrderStatus.RETURN_REQUESTED) {
            return detail;
        }
        JsonNode refunded = refundedReturn(shop, externalOrderId, detail.updatedAt());
        if (refunded == null) {
            return detail;
        }
        Instant at = Instant.ofEpochSecond(refunded.path("update_time").asLong(0));
        return new OrderDetail(detail.channel(), detail.shopId(), detail.externalOrderId(),
                detail.marketplaceStatus() + "/" + refunded.path("status").asString(""), TenunOrderStatus.RETURNED,
                detail.createdAt(), at.isAfter(detail.updatedAt()) ? at : detail.updatedAt(), detail.lines(),
                detail.discountRupiah(), detail.shippingRupiah(), detail.feesRupiah());
    }

    /**
     * The order's return if it ended with the goods back and the buyer refunded ({@code ACCEPTED}, {@code REFUND_PAID}
     * [B]), else null: the returns updated since the order went {@code TO_RETURN} (a return of 15 days at most),
     * searched for the order, up to a minute past the later of our clock and that time (Shopee's clock may run ahead
     * of ours, and a change in the same second as the call must not fall outside the window).
     */
    private JsonNode refundedReturn(ShopCredentials shop, String orderSn, Instant toReturnAt) {
        Instant now = client.clock().instant();
        Instant to = (toReturnAt.isAfter(now) ? toReturnAt : now).plus(CLOCK_MARGIN);
        Instant from = toReturnAt.isBefore(to.minus(MAX_RANGE)) ? to.minus(MAX_RANGE) : toReturnAt;
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("page_no", Integer.toString(page));
            query.put("page_size", "100");
            query.put("update_time_from", Long.toString(from.getEpochSecond()));
            query.put("update_time_to", Long.toString(to.getEpochSecond()));
            JsonNode response = client.get(shop, RETURN_LIST, query).orThrow().response();
            for (JsonNode found : response.path("return")) {
                if (orderSn.equals(found.path("order_sn").asString(""))
                        && ShopeeStatuses.refunded(found.path("status").asString(""))) {
                    return found;
                }
            }
            if (!response.path("more").asBoolean(false)) {
                break;
            }
        }
        return null;
    }

    /** The escrow's {@code order_income}, or null if Shopee refuses it (not settled yet): the fees stay unknown. */
    private JsonNode income(ShopCredentials shop, String orderSn) {
        try {
            return client.get(shop, ESCROW_DETAIL, Map.of("order_sn", orderSn))
                    .orThrow()
                    .response()
                    .path("order_income");
        } catch (MarketplaceCallFailed e) {
            if (e.kind() != MarketplaceCallFailed.Kind.REFUSED) {
                throw e;
            }
            return null;
        }
    }

    /**
     * Lines at {@code model_original_price}; the seller's discount is what the item promotions took off
     * ({@code model_original_price - model_discounted_price}) and the shipping {@code estimated_shipping_fee}, until
     * the escrow's {@code order_income} (null if not read) gives the final {@code seller_discount +
     * voucher_from_seller}, {@code buyer_paid_shipping_fee} and the fees {@code commission_fee + service_fee +
     * seller_transaction_fee}.
     */
    static OrderDetail detail(String shopId, JsonNode order, JsonNode income) {
        String status = order.path("order_status").asString("");
        List<OrderDetail.Line> lines = new ArrayList<>();
        Long promotions = null;
        for (JsonNode item : order.path("item_list")) {
            String modelSku = item.path("model_sku").asString("");
            String sku = modelSku.isEmpty() ? item.path("item_sku").asString("") : modelSku;
            int quantity = item.path("model_quantity_purchased").asInt(1);
            Long discounted = Amounts.rupiah(item.path("model_discounted_price"));
            long price = Amounts.requiredRupiah(
                    item.has("model_original_price")
                            ? item.path("model_original_price")
                            : item.path("model_discounted_price"),
                    "price of item " + item.path("item_id").asString(""));
            if (discounted != null) {
                promotions = Amounts.sum(promotions, Math.multiplyExact(price - discounted, (long) quantity));
            }
            lines.add(new OrderDetail.Line(sku, quantity, price));
        }
        Long discount = promotions;
        Long shipping = Amounts.rupiah(order.path("estimated_shipping_fee"));
        Long fees = null;
        if (income != null && income.isObject()) {
            discount = Amounts.sum(Amounts.rupiah(income.path("seller_discount")),
                    Amounts.rupiah(income.path("voucher_from_seller")));
            shipping = Amounts.rupiah(income.path("buyer_paid_shipping_fee"));
            fees = Amounts.sum(Amounts.rupiah(income.path("commission_fee")),
                    Amounts.rupiah(income.path("service_fee")), Amounts.rupiah(income.path("seller_transaction_fee")));
        }
        return new OrderDetail(Channel.SHOPEE, shopId, order.path("order_sn").asString(""), status,
                ShopeeStatuses.of(status).orElse(TenunOrderStatus.CREATED),
                Instant.ofEpochSecond(order.path("create_time").asLong(0)),
                Instant.ofEpochSecond(order.path("update_time").asLong(0)), lines, discount, shipping, fees);
    }

    @Override
    public List<OrderNotification> ordersChangedSince(ShopCredentials shop, Instant since) {
        Instant now = client.clock().instant();
        Instant to = now.plus(CLOCK_MARGIN);
        Instant from = since.isBefore(to.minus(MAX_RANGE)) ? to.minus(MAX_RANGE) : since;
        List<OrderNotification> changes = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("time_range_field", "update_time");
            query.put("time_from", Long.toString(from.getEpochSecond()));
            query.put("time_to", Long.toString(to.getEpochSecond()));
            query.put("page_size", "100");
            query.put("cursor", cursor);
            query.put("response_optional_fields", "order_status");
            JsonNode response = client.get(shop, ORDER_LIST, query).orThrow().response();
            for (JsonNode order : response.path("order_list")) {
                String status = order.path("order_status").asString("");
                Instant updated = order.has("update_time")
                        ? Instant.ofEpochSecond(order.path("update_time").asLong(0))
                        : now;
                ShopeeStatuses.of(status)
                        .ifPresent(tenun -> changes.add(new OrderNotification(Channel.SHOPEE, shop.shopId(),
                                order.path("order_sn").asString(""), status, tenun, updated)));
            }
            cursor = response.path("next_cursor").asString("");
            if (!response.path("more").asBoolean(false) || cursor.isEmpty()) {
                break;
            }
        }
        return changes;
    }
}

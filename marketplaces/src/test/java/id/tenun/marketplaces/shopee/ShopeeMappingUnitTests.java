package id.tenun.marketplaces.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.TenunOrderStatus;

class ShopeeMappingUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static ListingDraft draft() {
        return new ListingDraft("TNN-TENUN-07", "Kain Tenun Ikat Sumba", "Tenun ikat, pewarna alam", "100301",
                Map.of("100020", "Katun"), 1_250_000, 2, 1200, new ListingDraft.Dimensions(40, 30, 5),
                List.of("https://img/1.png"), ListingDraft.Certifications.NONE);
    }

    @Test
    void mapsTheDraftToAnAddItemBodyWithKilogramsAndWholeRupiah() {
        JsonNode body = new ShopeePayloads(JSON).addItem(draft(), List.of("img-1"), "80014");

        assertThat(body.path("item_name").asString()).isEqualTo("Kain Tenun Ikat Sumba");
        assertThat(body.path("item_sku").asString()).isEqualTo("TNN-TENUN-07");
        assertThat(body.path("category_id").isIntegralNumber()).isTrue();
        assertThat(body.path("category_id").asLong()).isEqualTo(100301);
        assertThat(body.path("weight").isNumber()).isTrue();
        assertThat(body.path("weight").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(body.path("original_price").isIntegralNumber()).isTrue();
        assertThat(body.path("original_price").asLong()).isEqualTo(1_250_000);
        assertThat(body.path("seller_stock").path(0).path("stock").asInt()).isEqualTo(2);
        assertThat(body.path("image").path("image_id_list").path(0).asString()).isEqualTo("img-1");
        assertThat(body.path("logistic_info").path(0).path("logistic_id").asLong()).isEqualTo(80014);
        assertThat(body.path("attribute_list").path(0).path("attribute_id").asLong()).isEqualTo(100020);
        assertThat(body.path("attribute_list").path(0).path("attribute_value_list").path(0).path("original_value_name")
                .asString()).isEqualTo("Katun");
        assertThat(body.path("certification_info").path("certification_list").isEmpty()).isTrue();
    }

    @Test
    void mapsPriceAndStockUpdatesToModelZero() {
        ShopeePayloads payloads = new ShopeePayloads(JSON);

        assertThat(JSON.writeValueAsString(payloads.updatePrice("42", 90_000)))
                .isEqualTo("{\"item_id\":42,\"price_list\":[{\"model_id\":0,\"original_price\":90000}]}");
        assertThat(JSON.writeValueAsString(payloads.updateStock("42", 5)))
                .isEqualTo("{\"item_id\":42,\"stock_list\":[{\"model_id\":0,\"seller_stock\":[{\"stock\":5}]}]}");
    }

    @Test
    void readsTheItemStatusAsAResult() {
        assertThat(ShopeeListings.itemResult("42", "NORMAL")).isEqualTo(new ListingResult.Accepted("42", true));
        assertThat(ShopeeListings.itemResult("42", "UNLIST")).isEqualTo(new ListingResult.Accepted("42", false));
        assertThat(ShopeeListings.itemResult("42", "REVIEWING")).isEqualTo(new ListingResult.PendingAudit("42"));
        assertThat(ShopeeListings.itemResult("42", "BANNED")).isInstanceOf(ListingResult.Rejected.class);
    }

    @Test
    void readsTheOriginalPriceAndTheSellerStockFromTheBaseInfo() {
        JsonNode item = JSON.readTree("""
                {"item_id":42,"item_status":"NORMAL","price_info":[{"currency":"IDR","original_price":1250000.0,
                 "current_price":999000.0}],"stock_info_v2":{"summary_info":{"total_reserved_stock":1,
                 "total_available_stock":4},"seller_stock":[{"location_id":"IDZ","stock":5}]}}""");

        assertThat(ShopeeListings.viewOf("42", item))
                .isEqualTo(new ListingView(new ListingResult.Accepted("42", true), 1_250_000L, 5));
        assertThat(ShopeeListings.viewOf("42", JSON.readTree(
                "{\"item_status\":\"UNLIST\",\"stock_info_v2\":{\"summary_info\":{\"total_available_stock\":3}}}")))
                .isEqualTo(new ListingView(new ListingResult.Accepted("42", false), null, 3));
    }

    @Test
    void mapsEveryOrderStatusOfTheTable() {
        assertThat(ShopeeStatuses.of("UNPAID")).contains(TenunOrderStatus.CREATED);
        assertThat(ShopeeStatuses.of("READY_TO_SHIP")).contains(TenunOrderStatus.PAID);
        assertThat(ShopeeStatuses.of("PROCESSED")).contains(TenunOrderStatus.SHIPPED);
        assertThat(ShopeeStatuses.of("SHIPPED")).contains(TenunOrderStatus.SHIPPED);
        assertThat(ShopeeStatuses.of("TO_CONFIRM_RECEIVE")).contains(TenunOrderStatus.DELIVERED);
        assertThat(ShopeeStatuses.of("COMPLETED")).contains(TenunOrderStatus.COMPLETED);
        assertThat(ShopeeStatuses.of("IN_CANCEL")).contains(TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(ShopeeStatuses.of("CANCELLED")).contains(TenunOrderStatus.CANCELLED);
        assertThat(ShopeeStatuses.of("TO_RETURN")).contains(TenunOrderStatus.RETURN_REQUESTED);
        assertThat(ShopeeStatuses.refunded("REFUND_PAID")).isTrue();
        assertThat(ShopeeStatuses.refunded("REQUESTED")).isFalse();
    }

    @Test
    void readsOrderLinesByModelOrItemSku() {
        JsonNode order = JSON.readTree(
                """
                        {"order_sn":"261128AB","order_status":"SHIPPED","create_time":1,"update_time":2,
                         "item_list":[{"item_sku":"A","model_sku":"","model_quantity_purchased":3,"model_discounted_price":10000},
                                      {"item_sku":"X","model_sku":"B","model_quantity_purchased":1,"model_original_price":5000}]}""");

        OrderDetail detail = ShopeeOrders.detail("shop", order, null);

        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("A", 3, 10_000),
                new OrderDetail.Line("B", 1, 5_000));
        assertThat(detail.status()).isEqualTo(TenunOrderStatus.SHIPPED);
        assertThat(detail.discountRupiah()).isZero();
    }

    /** {@code get_order_detail} with its optional fields, before the escrow is read: prices as numbers. */
    @Test
    void readsTheItemPromotionAsTheSellersDiscountAndTheEstimatedShippingBeforeCompletion() {
        JsonNode order = JSON.readTree("""
                {"order_sn":"2611280PQRS7TU","order_status":"READY_TO_SHIP","region":"ID","currency":"IDR",
                 "create_time":1732780800,"update_time":1732784400,"total_amount":171000,
                 "estimated_shipping_fee":9000,"actual_shipping_fee":0,
                 "item_list":[{"item_id":800123,"item_sku":"TNN-KOPI-01","model_id":0,"model_sku":"",
                               "model_quantity_purchased":2,"model_original_price":85000,
                               "model_discounted_price":81000}]}""");

        OrderDetail detail = ShopeeOrders.detail("shop", order, null);

        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("TNN-KOPI-01", 2, 85_000));
        assertThat(detail).extracting(OrderDetail::discountRupiah, OrderDetail::shippingRupiah, OrderDetail::feesRupiah)
                .containsExactly(8_000L, 9_000L, null);
    }

    /** {@code get_escrow_detail}'s {@code order_income} of a completed order: the final discounts and the fees. */
    @Test
    void takesTheFinalDiscountsShippingAndFeesFromTheEscrowOfACompletedOrder() {
        JsonNode order = JSON.readTree("""
                {"order_sn":"2611280PQRS7TU","order_status":"COMPLETED","create_time":1732780800,
                 "update_time":1733040000,"estimated_shipping_fee":9000,
                 "item_list":[{"item_sku":"TNN-KOPI-01","model_quantity_purchased":2,"model_original_price":85000,
                               "model_discounted_price":81000}]}""");
        JsonNode income = JSON.readTree("""
                {"escrow_amount":150230,"buyer_total_amount":166000,"original_price":170000,"seller_discount":8000,
                 "shopee_discount":0,"voucher_from_seller":5000,"voucher_from_shopee":0,"coins":0,
                 "buyer_paid_shipping_fee":9000,"final_shipping_fee":0,"actual_shipping_fee":9000,
                 "estimated_shipping_fee":9000,"commission_fee":6280,"service_fee":3140,
                 "seller_transaction_fee":1350,"buyer_transaction_fee":0}""");

        OrderDetail detail = ShopeeOrders.detail("shop", order, income);

        assertThat(detail).extracting(OrderDetail::discountRupiah, OrderDetail::shippingRupiah, OrderDetail::feesRupiah)
                .containsExactly(13_000L, 9_000L, 10_770L);
        assertThat(ShopeeOrders.detail("shop", order, JSON.readTree("{}")).feesRupiah()).isNull();
    }
}

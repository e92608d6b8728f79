package id.tenun.marketplaces.tokopedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.TenunOrderStatus;

class TokopediaMappingUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static ListingDraft draft() {
        return new ListingDraft("TNN-KOPI-01", "Kopi Arabika Bajawa 250 g", "Kopi <arabika> & gula\nDari Ngada",
                "600101",
                Map.of("100100", "12 bulan"), 85_000, 12, 250, new ListingDraft.Dimensions(15, 10, 5),
                List.of("https://img/1.png"), new ListingDraft.Certifications("ID3511", "", "PIRT-1"));
    }

    /** The draft with no image, so that a create or update is one call. */
    static ListingDraft draftWithoutImages() {
        ListingDraft draft = draft();
        return new ListingDraft(draft.sellerSku(), draft.title(), draft.description(), draft.categoryId(),
                draft.attributes(), draft.priceRupiah(), draft.stock(), draft.weightGrams(), draft.dimensions(),
                List.of(),
                draft.certifications());
    }

    @Test
    void mapsTheDraftToA202309ProductBody() {
        JsonNode body = new TokopediaPayloads(JSON).product(draft(), List.of("tos/uri-1"), "WH-1");

        assertThat(body.path("title").asString()).isEqualTo("Kopi Arabika Bajawa 250 g");
        assertThat(body.path("category_id").asString()).isEqualTo("600101");
        assertThat(body.path("main_images").path(0).path("uri").asString()).isEqualTo("tos/uri-1");
        assertThat(body.path("package_weight").path("value").asString()).isEqualTo("0.25");
        assertThat(body.path("package_weight").path("unit").asString()).isEqualTo("KILOGRAM");
        assertThat(body.path("product_attributes").path(0).path("id").asString()).isEqualTo("100100");
        assertThat(body.path("product_attributes").path(0).path("values").path(0).path("name").asString())
                .isEqualTo("12 bulan");
        JsonNode sku = body.path("skus").path(0);
        assertThat(sku.path("seller_sku").asString()).isEqualTo("TNN-KOPI-01");
        assertThat(sku.path("price").path("amount").isString()).isTrue();
        assertThat(sku.path("price").path("amount").asString()).isEqualTo("85000");
        assertThat(sku.path("price").path("currency").asString()).isEqualTo("IDR");
        assertThat(sku.path("inventory").path(0).path("warehouse_id").asString()).isEqualTo("WH-1");
        assertThat(sku.path("inventory").path(0).path("quantity").asInt()).isEqualTo(12);
        assertThat(body.path("certifications").findValuesAsString("id")).containsExactly("HALAL", "PIRT");
    }

    @Test
    void escapesTheDescriptionIntoHtmlParagraphs() {
        assertThat(TokopediaPayloads.html("Kopi <arabika> & gula\n\nDari Ngada"))
                .isEqualTo("<p>Kopi &lt;arabika&gt; &amp; gula</p><p>Dari Ngada</p>");
    }

    @Test
    void readsTheProductStatusAsAResult() {
        assertThat(TokopediaListings.statusOf("7", JSON.readTree("{\"status\":\"PENDING\"}")))
                .isEqualTo(new ListingResult.PendingAudit("7"));
        assertThat(TokopediaListings.statusOf("7", JSON.readTree("{\"status\":\"ACTIVATE\"}")))
                .isEqualTo(new ListingResult.Accepted("7", true));
        assertThat(TokopediaListings.statusOf("7", JSON.readTree("{\"status\":\"SELLER_DEACTIVATED\"}")))
                .isEqualTo(new ListingResult.Accepted("7", false));
        assertThat(TokopediaListings.statusOf("7",
                JSON.readTree(
                        "{\"status\":\"FAILED\",\"audit_failed_reasons\":[{\"reasons\":[\"Halal certificate missing\"]}]}")))
                .isInstanceOfSatisfying(ListingResult.Rejected.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo("Halal certificate missing");
                    assertThat(rejected.explanation().id()).contains("sertifikat halal");
                });
    }

    @Test
    void readsThePriceBeforeTaxAndTheStockOverWarehousesFromTheProduct() {
        JsonNode product = JSON.readTree("""
                {"id":"7","status":"ACTIVATE","skus":[{"id":"s1","seller_sku":"TNN-KOPI-01",
                 "price":{"tax_exclusive_price":"85000","sale_price":"79000","currency":"IDR"},
                 "inventory":[{"warehouse_id":"w1","quantity":10},{"warehouse_id":"w2","quantity":2}]}]}""");

        assertThat(TokopediaListings.viewOf("7", product))
                .isEqualTo(new ListingView(new ListingResult.Accepted("7", true), 85_000L, 12));
        assertThat(TokopediaListings.viewOf("7",
                JSON.readTree("{\"status\":\"ACTIVATE\",\"skus\":[{\"price\":{\"amount\":\"9000\"}}]}")))
                .isEqualTo(new ListingView(new ListingResult.Accepted("7", true), 9_000L, null));
        assertThat(TokopediaListings.viewOf("7", JSON.readTree("{\"status\":\"PENDING\"}")))
                .isEqualTo(new ListingView(new ListingResult.PendingAudit("7"), null, null));
    }

    @Test
    void mapsTheCancellationAndReturnStatusesOfThe202309References() {
        assertThat(TokopediaWebhooks.reverse("CANCELLATION_REQUEST_PENDING"))
                .contains(TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(TokopediaWebhooks.reverse("CANCELLATION_REQUEST_SUCCESS")).contains(TenunOrderStatus.CANCELLED);
        assertThat(TokopediaWebhooks.reverse("CANCELLATION_REQUEST_COMPLETE")).contains(TenunOrderStatus.CANCELLED);
        assertThat(TokopediaWebhooks.reverse("AWAITING_BUYER_RESPONSE")).contains(TenunOrderStatus.RETURN_REQUESTED);
        assertThat(TokopediaWebhooks.reverse("RETURN_OR_REFUND_REQUEST_COMPLETE")).contains(TenunOrderStatus.RETURNED);
        for (String ended : List.of("CANCELLATION_REQUEST_CANCELLED", "CANCELLATION_REQUEST_CANCEL",
                "REFUND_OR_RETURN_REQUEST_REJECT", "RETURN_OR_REFUND_REQUEST_CANCEL")) {
            assertThat(TokopediaWebhooks.reverse(ended)).as(ended).contains(TenunOrderStatus.CREATED);
        }
        assertThat(TokopediaWebhooks.reverse("REPLACEMENT_REQUEST_PENDING")).isEmpty();
    }

    @Test
    void mapsEveryOrderStatusOfTheTable() {
        assertThat(TokopediaStatuses.of("UNPAID")).contains(TenunOrderStatus.CREATED);
        assertThat(TokopediaStatuses.of("ON_HOLD")).contains(TenunOrderStatus.PAID);
        assertThat(TokopediaStatuses.of("AWAITING_SHIPMENT")).contains(TenunOrderStatus.PAID);
        assertThat(TokopediaStatuses.of("AWAITING_COLLECTION")).contains(TenunOrderStatus.SHIPPED);
        assertThat(TokopediaStatuses.of("IN_TRANSIT")).contains(TenunOrderStatus.SHIPPED);
        assertThat(TokopediaStatuses.of("DELIVERED")).contains(TenunOrderStatus.DELIVERED);
        assertThat(TokopediaStatuses.of("COMPLETED")).contains(TenunOrderStatus.COMPLETED);
        assertThat(TokopediaStatuses.of("CANCELLED")).contains(TenunOrderStatus.CANCELLED);
        assertThat(TokopediaStatuses.of("SOMETHING_NEW")).isEmpty();
    }

    @Test
    void foldsOneLineItemPerUnitIntoLinesBySellerSku() {
        JsonNode order = JSON.readTree("""
                {"id":"5761","status":"AWAITING_SHIPMENT","create_time":1700000000,"update_time":1700000100,
                 "line_items":[{"seller_sku":"A","sale_price":"85000"},{"seller_sku":"A","sale_price":"85000"},
                               {"seller_sku":"B","sale_price":"12000.00"}]}""");

        OrderDetail detail = TokopediaOrders.detail("shop", order);

        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("A", 2, 85_000),
                new OrderDetail.Line("B", 1, 12_000));
        assertThat(detail.totalRupiah()).isEqualTo(182_000);
        assertThat(detail.status()).isEqualTo(TenunOrderStatus.PAID);
        assertThat(detail.discountRupiah()).isNull();
        assertThat(detail.shippingRupiah()).isNull();
        assertThat(detail.feesRupiah()).isNull();
    }

    /** A 202309 order detail as TikTok Shop answers it: amounts as decimal strings, one line item per unit. */
    @Test
    void readsTheOriginalPriceTheSellersDiscountAndTheBuyersShippingFromThePayment() {
        JsonNode order = JSON.readTree("""
                {"id":"576469448264012345","status":"COMPLETED","create_time":1732780800,"update_time":1733040000,
                 "payment":{"currency":"IDR","original_total_product_price":"170000","sub_total":"143000",
                            "seller_discount":"17000","platform_discount":"10000","original_shipping_fee":"18000",
                            "shipping_fee":"9000","shipping_fee_seller_discount":"0",
                            "shipping_fee_platform_discount":"9000","tax":"0","total_amount":"152000"},
                 "line_items":[
                   {"id":"577-1","seller_sku":"TNN-KOPI-01","original_price":"85000","sale_price":"71500",
                    "seller_discount":"8500","platform_discount":"5000","currency":"IDR"},
                   {"id":"577-2","seller_sku":"TNN-KOPI-01","original_price":"85000","sale_price":"71500",
                    "seller_discount":"8500","platform_discount":"5000","currency":"IDR"}]}""");

        OrderDetail detail = TokopediaOrders.detail("shop", order);

        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("TNN-KOPI-01", 2, 85_000));
        assertThat(detail.totalRupiah()).isEqualTo(170_000);
        assertThat(detail).extracting(OrderDetail::discountRupiah, OrderDetail::shippingRupiah, OrderDetail::feesRupiah)
                .containsExactly(17_000L, 9_000L, null);
    }

    @Test
    void dropsAmountsThatCannotBeRightAndRefusesAnUnreadablePrice() {
        JsonNode garbled = JSON.readTree("""
                {"id":"1","status":"UNPAID","line_items":[{"seller_sku":"A","original_price":"85000"}],
                 "payment":{"seller_discount":"lots","shipping_fee":"-9000"}}""");
        JsonNode tooMuch = JSON.readTree("""
                {"id":"2","status":"UNPAID","line_items":[{"seller_sku":"A","original_price":"85000"}],
                 "payment":{"seller_discount":"90000","shipping_fee":"9000.40"}}""");
        JsonNode noPrice = JSON.readTree(
                """
                        {"id":"3","status":"UNPAID","line_items":[{"id":"9","seller_sku":"A","original_price":"Rp 85.000"}]}""");

        OrderDetail first = TokopediaOrders.detail("shop", garbled);
        OrderDetail second = TokopediaOrders.detail("shop", tooMuch);

        assertThat(first.discountRupiah()).isNull();
        assertThat(first.shippingRupiah()).isNull();
        assertThat(second.discountRupiah()).isNull();
        assertThat(second.shippingRupiah()).isEqualTo(9_000);
        assertThatThrownBy(() -> TokopediaOrders.detail("shop", noPrice)).isInstanceOfSatisfying(
                MarketplaceCallFailed.class, e -> assertThat(e.kind()).isEqualTo(MarketplaceCallFailed.Kind.REFUSED));
    }
}

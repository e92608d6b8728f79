package id.tenun.marketplaces.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.LocalizedText;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.TenunOrderStatus;

class LazadaMappingUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void mapsTheDraftToTheCreatePayload() {
        ListingDraft draft = new ListingDraft("TNN-MADU-3", "Madu Hutan Timor", "Madu hutan", "10102",
                Map.of("shelf_life", "24 bulan"), 120_000, 4, 500, new ListingDraft.Dimensions(10, 10, 15),
                List.of("https://img/madu.png"), new ListingDraft.Certifications("ID-H-1", "BPOM-MD-1", ""));

        String payload = JSON.writeValueAsString(new LazadaPayloads(JSON).product(draft, null));

        assertThat(payload).isEqualTo("{\"Request\":{\"Product\":{\"PrimaryCategory\":\"10102\","
                + "\"Images\":{\"Image\":[\"https://img/madu.png\"]},\"Attributes\":{\"name\":\"Madu Hutan Timor\","
                + "\"description\":\"Madu hutan\",\"brand\":\"No Brand\",\"shelf_life\":\"24 bulan\","
                + "\"halal_number\":\"ID-H-1\",\"bpom_number\":\"BPOM-MD-1\"},\"Skus\":{\"Sku\":[{\"SellerSku\":\"TNN-MADU-3\","
                + "\"quantity\":4,\"price\":120000,\"package_weight\":\"0.5\",\"package_length\":10,\"package_width\":10,"
                + "\"package_height\":15}]}}}}");
    }

    @Test
    void readsTheProductStatusAsAResult() {
        assertThat(LazadaListings.statusOf("9", JSON.readTree("{\"status\":\"Active\"}")))
                .isEqualTo(new ListingResult.Accepted("9", true));
        assertThat(LazadaListings.statusOf("9", JSON.readTree("{\"status\":\"Pending\"}")))
                .isEqualTo(new ListingResult.PendingAudit("9"));
        assertThat(LazadaListings.statusOf("9", JSON.readTree("{\"status\":\"InActive\"}")))
                .isEqualTo(new ListingResult.Accepted("9", false));
        assertThat(LazadaListings.statusOf("9",
                JSON.readTree("{\"status\":\"Rejected\",\"reject_reason\":\"Blurry image\"}")))
                .isEqualTo(new ListingResult.Rejected("Blurry image", new LocalizedText(
                        "Foto produk ditolak atau belum ada. Unggah foto produk yang jelas.",
                        "The product photos were refused or are missing. Upload clear product photos.")));
    }

    @Test
    void readsTheSkuPriceNotThePromotionAndItsQuantity() {
        JsonNode item = JSON.readTree("""
                {"item_id":9,"status":"Active","skus":[{"SellerSku":"TNN-MADU-3","quantity":4,"price":"120000.00",
                 "special_price":"99000.00"}]}""");

        assertThat(LazadaListings.viewOf("9", item))
                .isEqualTo(new ListingView(new ListingResult.Accepted("9", true), 120_000L, 4));
        assertThat(LazadaListings.viewOf("9", JSON.readTree("{\"status\":\"Active\",\"skus\":[{\"price\":\"\"}]}")))
                .isEqualTo(new ListingView(new ListingResult.Accepted("9", true), null, null));
    }

    @Test
    void readsAReverseOrderAsAChangeOfItsTradeOrderByTheLineModifiedLast() {
        JsonNode reverse = JSON.readTree("""
                {"reverse_order_id": 700001, "trade_order_id": 500001, "request_type": "CANCEL",
                 "reverse_order_lines": [
                   {"reverse_status": "REQUEST_INITIATE", "return_order_line_gmt_modified": 1790000000000},
                   {"reverse_status": "REQUEST_REJECT", "return_order_line_gmt_modified": 1790000005250}]}
                """);

        assertThat(LazadaOrders.reverseChange("1000100001", reverse)).hasValueSatisfying(change -> {
            assertThat(change.externalOrderId()).isEqualTo("500001");
            assertThat(change.marketplaceStatus()).isEqualTo("REQUEST_REJECT");
            assertThat(change.status()).as("refused: the order's own status counts")
                    .isEqualTo(TenunOrderStatus.CREATED);
            assertThat(change.updatedAt()).as("in whole seconds").isEqualTo(Instant.ofEpochSecond(1790000005L));
        });
        assertThat(LazadaOrders.reverseChange("1000100001", JSON.readTree("{\"trade_order_id\": 1}"))).isEmpty();
    }

    @Test
    void mapsTheReverseStatusesOfTheReferenceAndThePushPage() {
        assertThat(LazadaReverseStatuses.of("CANCEL", "REQUEST_INITIATE")).contains(TenunOrderStatus.CANCEL_REQUESTED);
        assertThat(LazadaReverseStatuses.of("RETURN", "RTM_INIT")).contains(TenunOrderStatus.RETURN_REQUESTED);
        assertThat(LazadaReverseStatuses.of("CANCEL", "CANCEL_SUCCESS")).contains(TenunOrderStatus.CANCELLED);
        assertThat(LazadaReverseStatuses.of("CANCEL", "CANCEL_REFUND_ISSUED")).contains(TenunOrderStatus.CANCELLED);
        assertThat(LazadaReverseStatuses.of("ONLY_REFUND", "REFUND_SUCCESS")).contains(TenunOrderStatus.RETURNED);
        for (String ended : List.of("REQUEST_REJECT", "REQUEST_CANCEL", "RTM_CANCELED", "RTW_CANCELED", "RTW_REJECT",
                "REFUND_REJECTED")) {
            assertThat(LazadaReverseStatuses.of("RETURN", ended)).as(ended).contains(TenunOrderStatus.CREATED);
        }
    }

    @Test
    void mapsEveryOrderStatusOfTheTable() {
        assertThat(LazadaStatuses.of("unpaid")).contains(TenunOrderStatus.CREATED);
        assertThat(LazadaStatuses.of("pending")).contains(TenunOrderStatus.PAID);
        assertThat(LazadaStatuses.of("packed")).contains(TenunOrderStatus.SHIPPED);
        assertThat(LazadaStatuses.of("ready_to_ship")).contains(TenunOrderStatus.SHIPPED);
        assertThat(LazadaStatuses.of("shipped")).contains(TenunOrderStatus.SHIPPED);
        assertThat(LazadaStatuses.of("delivered")).contains(TenunOrderStatus.DELIVERED);
        assertThat(LazadaStatuses.of("confirmed")).contains(TenunOrderStatus.COMPLETED);
        assertThat(LazadaStatuses.of("canceled")).contains(TenunOrderStatus.CANCELLED);
        assertThat(LazadaStatuses.of("returned")).contains(TenunOrderStatus.RETURNED);
    }

    @Test
    void readsAmountsTimesAndOneItemPerUnit() {
        JsonNode order = JSON.readTree("""
                {"order_id":620000000000001,"statuses":["delivered"],"created_at":"2026-11-28 10:00:00 +0700",
                 "updated_at":"2026-11-28 12:30:00 +0700","price":"1,250,000.00"}""");
        JsonNode items = JSON.readTree("""
                [{"sku":"A","paid_price":"625,000.00"},{"sku":"A","paid_price":"625000.00"}]""");

        OrderDetail detail = LazadaOrders.detail("seller", order, items);

        assertThat(detail.externalOrderId()).isEqualTo("620000000000001");
        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("A", 2, 625_000));
        assertThat(detail.createdAt()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));
        assertThat(detail.status()).isEqualTo(TenunOrderStatus.DELIVERED);
        assertThat(detail.discountRupiah()).isNull();
    }

    /** {@code /order/get} and {@code /order/items/get} as Lazada answers: amounts as strings or numbers. */
    @Test
    void readsTheItemPriceTheSellersVoucherAndTheShippingFee() {
        JsonNode order = JSON.readTree("""
                {"order_id":620000000000002,"statuses":["confirmed"],"created_at":"2026-11-28 10:00:00 +0700",
                 "updated_at":"2026-12-02 09:00:00 +0700","price":"170000.00","shipping_fee":9000.00,
                 "shipping_fee_original":18000.00,"shipping_fee_discount_platform":9000.00,
                 "shipping_fee_discount_seller":0,"voucher":"15000.00","voucher_seller":"10000.00",
                 "voucher_platform":"5000.00","items_count":2}""");
        JsonNode items = JSON.readTree("""
                [{"order_item_id":1,"sku":"TNN-KOPI-01","item_price":"85000.00","paid_price":"77500.00",
                  "voucher_amount":"7500.00","voucher_seller":"5000.00","voucher_platform":"2500.00",
                  "shipping_amount":"4500.00","currency":"IDR"},
                 {"order_item_id":2,"sku":"TNN-KOPI-01","item_price":"85000.00","paid_price":"77500.00",
                  "voucher_amount":"7500.00","voucher_seller":"5000.00","voucher_platform":"2500.00",
                  "shipping_amount":"4500.00","currency":"IDR"}]""");

        OrderDetail detail = LazadaOrders.detail("seller", order, items);

        assertThat(detail.lines()).containsExactly(new OrderDetail.Line("TNN-KOPI-01", 2, 85_000));
        assertThat(detail).extracting(OrderDetail::discountRupiah, OrderDetail::shippingRupiah, OrderDetail::feesRupiah)
                .containsExactly(10_000L, 9_000L, null);
        assertThat(LazadaOrders.detail("seller", JSON.readTree("{\"order_id\":3,\"statuses\":[\"pending\"]}"), items)
                .discountRupiah()).as("the items' vouchers when the order lacks them").isEqualTo(10_000);
    }
}

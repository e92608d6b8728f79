package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.MarketplaceWebhooks;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.OrderDetail;
import id.tenun.marketplaces.OrderNotification;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TenunOrderStatus;
import id.tenun.marketplaces.WebhookVerdict;
import id.tenun.marketplaces.shopee.ShopeeSigner;

/**
 * Buyers in the sandbox order what the adapters listed; the sandbox's signed pushes verify and parse with the
 * adapters, the order APIs answer the detail and the changes, and polling finds what a lost push did not tell.
 */
class OrderFlowContractIntegrationTests extends ContractTestSupport {

    @Test
    void tokopediaOrdersArePushedSignedAndReadBack() throws Exception {
        followAnOrder(TOKOPEDIA, "AWAITING_SHIPMENT");
    }

    @Test
    void shopeeOrdersArePushedSignedAndReadBack() throws Exception {
        followAnOrder(SHOPEE, "READY_TO_SHIP");
    }

    @Test
    void lazadaOrdersArePushedSignedAndReadBack() throws Exception {
        followAnOrder(LAZADA, "pending");
    }

    /**
     * Six orders in a row per channel meet the sandbox's seller discount and platform discount cases; each,
     * completed, reads back with the amounts the sandbox's own orders hold: Shopee's fees from its escrow.
     */
    @Test
    void ordersReadBackWithTheSellersDiscountTheBuyersShippingAndShopeesFees() throws Exception {
        for (Setup setup : List.of(TOKOPEDIA, SHOPEE, LAZADA)) {
            Marketplaces marketplaces = marketplaces();
            ListingDraft draft = listed(marketplaces, setup);
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String orderId = placeOrder(setup, draft.sellerSku(), 1 + i % 2);
                for (String status : List.of("PAID", "SHIPPED", "DELIVERED", "COMPLETED")) {
                    sendJson("POST", "/sandbox/orders/" + setup.channel() + "/" + orderId + "/status",
                            "{\"status\":\"" + status + "\"}");
                }
                orderIds.add(orderId);
            }
            Map<String, JsonNode> truth = new HashMap<>();
            getJson("/sandbox/orders?channel=" + setup.channel())
                    .forEach(order -> truth.put(order.path("orderId").asString(), order));

            for (String orderId : orderIds) {
                OrderDetail detail = marketplaces.orders(setup.channel()).orderDetail(credentials(setup.shop()),
                        orderId);
                JsonNode expected = truth.get(orderId);
                assertThat(detail.status()).isEqualTo(TenunOrderStatus.COMPLETED);
                assertThat(detail.totalRupiah()).isEqualTo(expected.path("total").asLong());
                assertThat(detail.discountRupiah()).as(setup.channel() + " discount")
                        .isEqualTo(expected.path("sellerDiscount").asLong());
                assertThat(detail.shippingRupiah()).as(setup.channel() + " shipping")
                        .isEqualTo(expected.path("shipping").asLong());
                assertThat(detail.feesRupiah()).as(setup.channel() + " fees")
                        .isEqualTo(setup == SHOPEE ? (Long) expected.path("fees").asLong() : null);
            }
            assertThat(orderIds).extracting(id -> truth.get(id).path("sellerDiscount").asLong())
                    .as("some orders discounted, some not").contains(0L).anyMatch(discount -> discount > 0);
            List<Long> platform = orderIds.stream().map(id -> truth.get(id).path("platformDiscount").asLong()).toList();
            if (setup == SHOPEE) {
                assertThat(platform).containsOnly(0L);
            } else {
                assertThat(platform).as("a platform discount, not the seller's").anyMatch(discount -> discount > 0);
            }
        }
    }

    @Test
    void tamperedMissingOrMalformedSignaturesAreRefused() throws Exception {
        for (Setup setup : List.of(TOKOPEDIA, SHOPEE, LAZADA)) {
            Marketplaces marketplaces = marketplaces();
            ListingDraft draft = listed(marketplaces, setup);
            String orderId = placeOrder(setup, draft.sellerSku(), 1);
            WebhookReceiver.Received push = pushFor(setup.channel(), orderId, 1).get(0);
            MarketplaceWebhooks webhooks = marketplaces.webhooks(setup.channel());

            String otherId = orderId.substring(0, orderId.length() - 1) + (orderId.endsWith("9") ? "8" : "9");
            byte[] tampered = push.text().replace(orderId, otherId).getBytes(StandardCharsets.UTF_8);
            assertThat(webhooks.verify(push.headers(), tampered)).isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
            assertThat(webhooks.verify(Map.of(), push.body())).isEqualTo(WebhookVerdict.MISSING_SIGNATURE);
            assertThat(webhooks.verify(Map.of("Authorization", ""), push.body()))
                    .isEqualTo(WebhookVerdict.MISSING_SIGNATURE);
            assertThat(webhooks.verify(Map.of("Authorization", "sha256=abc"), push.body()))
                    .isEqualTo(WebhookVerdict.MALFORMED_SIGNATURE);
            assertThat(marketplaces("other-secret", "other-key", "other-secret").webhooks(setup.channel())
                    .verify(push.headers(), push.body())).isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        }
    }

    @Test
    void pollingFindsAnOrderWhosePushWasNeverSent() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, LAZADA);
        Instant before = Instant.now().minusSeconds(1);
        faults("lazada", "{\"dropWebhookRate\":1.0}");

        String orderId = placeOrder(LAZADA, draft.sellerSku(), 1);

        assertThat(getJson("/sandbox/webhooks?channel=lazada&limit=1").path(0).path("state").asString())
                .isEqualTo("DROPPED");
        assertThat(marketplaces.orders("lazada").ordersChangedSince(credentials(LAZADA_SHOP), before))
                .extracting(OrderNotification::externalOrderId)
                .contains(orderId);
    }

    @Test
    void pollingFindsATikTokShopReturnWhoseOrderStillShowsCompleted() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, TOKOPEDIA);
        String orderId = placeOrder(TOKOPEDIA, draft.sellerSku(), 1);
        for (String status : List.of("PAID", "SHIPPED", "DELIVERED")) {
            sendJson("POST", "/sandbox/orders/tokopedia/" + orderId + "/status", "{\"status\":\"" + status + "\"}");
        }
        Instant before = Instant.now().minusSeconds(1);
        faults("tokopedia", "{\"dropWebhookRate\":1.0}");

        sendJson("POST", "/sandbox/orders/tokopedia/" + orderId + "/status", "{\"status\":\"RETURNED\"}");

        assertThat(marketplaces.orders("tokopedia").orderDetail(credentials(TTS_SHOP), orderId).marketplaceStatus())
                .isEqualTo("COMPLETED");
        assertThat(marketplaces.orders("tokopedia").ordersChangedSince(credentials(TTS_SHOP), before))
                .filteredOn(change -> change.externalOrderId().equals(orderId))
                .extracting(OrderNotification::status, OrderNotification::marketplaceStatus)
                .contains(tuple(TenunOrderStatus.RETURNED,
                        "RETURN_OR_REFUND_REQUEST_COMPLETE"));
    }

    @Test
    void duplicatePushesCarryTheSameSignedBody() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, SHOPEE);
        faults("shopee", "{\"duplicateWebhookRate\":1.0}");

        String orderId = placeOrder(SHOPEE, draft.sellerSku(), 1);

        List<WebhookReceiver.Received> pushes = pushFor("shopee", orderId, 2);
        assertThat(pushes).hasSize(2);
        assertThat(pushes.get(0).text()).isEqualTo(pushes.get(1).text());
        assertThat(marketplaces.webhooks("shopee").verify(pushes.get(1).headers(), pushes.get(1).body()))
                .isEqualTo(WebhookVerdict.ACCEPTED);
    }

    @Test
    void retriesAPushTheReceiverRefused() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, LAZADA);
        RECEIVER.refuseNext("lazada", 1);

        String orderId = placeOrder(LAZADA, draft.sellerSku(), 1);

        assertThat(pushFor("lazada", orderId, 1)).hasSize(1);
        JsonNode delivery = null;
        for (int i = 0; i < 100 && (delivery == null || !delivery.path("state").asString().equals("DELIVERED")); i++) {
            Thread.sleep(i == 0 ? 0 : 50);
            for (JsonNode candidate : getJson("/sandbox/webhooks?channel=lazada&limit=20")) {
                if (candidate.path("body").asString().contains("\"" + orderId + "\"")) {
                    delivery = candidate;
                }
            }
        }
        assertThat(delivery).isNotNull();
        assertThat(delivery.path("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.path("state").asString()).isEqualTo("DELIVERED");
    }

    @Test
    void cancellingGivesTheStockBack() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, SHOPEE);
        String orderId = placeOrder(SHOPEE, draft.sellerSku(), 5);
        assertThat(stock(SHOPEE, orderId)).isEqualTo(draft.stock() - 5);

        move(SHOPEE, orderId, "CANCELLED");

        assertThat(stock(SHOPEE, orderId)).isEqualTo(draft.stock());
        assertThat(marketplaces.orders("shopee").orderDetail(credentials(SHOPEE_SHOP), orderId).status())
                .isEqualTo(TenunOrderStatus.CANCELLED);
    }

    /**
     * A cancellation and a return requested, then refused, on every channel: the push says the request (TikTok Shop
     * and Lazada in a reverse push, their order APIs do not show it) and then its refusal (Shopee the earlier status
     * again; TikTok Shop and Lazada a rejected reverse order, which leaves the order's own status to count), at a
     * later second; the order reads where it was, and the stock stays taken.
     */
    @Test
    void aRefusedCancellationOrReturnLeavesTheOrderWhereItWasOnEveryChannel() throws Exception {
        for (Setup setup : List.of(TOKOPEDIA, SHOPEE, LAZADA)) {
            Marketplaces marketplaces = marketplaces();
            ListingDraft draft = listed(marketplaces, setup);
            boolean shown = setup == SHOPEE;

            String cancel = placeOrder(setup, draft.sellerSku(), 2);
            move(setup, cancel, "PAID", "CANCEL_REQUESTED");
            assertThat(statusesPushed(marketplaces, setup, cancel, 3)).as(setup.channel())
                    .containsExactlyInAnyOrder(TenunOrderStatus.CREATED, TenunOrderStatus.PAID,
                            TenunOrderStatus.CANCEL_REQUESTED);
            assertThat(read(marketplaces, setup, cancel).status()).as(setup.channel())
                    .isEqualTo(shown ? TenunOrderStatus.CANCEL_REQUESTED : TenunOrderStatus.PAID);
            move(setup, cancel, "REFUSED");
            assertThat(statusesPushed(marketplaces, setup, cancel, 4)).as(setup.channel())
                    .contains(shown ? TenunOrderStatus.PAID : TenunOrderStatus.CREATED);
            assertThat(read(marketplaces, setup, cancel).status()).isEqualTo(TenunOrderStatus.PAID);
            assertThat(stock(setup, cancel)).as(setup.channel()).isEqualTo(draft.stock() - 2);

            String giveBack = placeOrder(setup, draft.sellerSku(), 1);
            move(setup, giveBack, "PAID", "SHIPPED", "DELIVERED", "COMPLETED", "RETURN_REQUESTED");
            assertThat(statusesPushed(marketplaces, setup, giveBack, 6)).as(setup.channel())
                    .contains(TenunOrderStatus.RETURN_REQUESTED);
            assertThat(read(marketplaces, setup, giveBack).status()).as(setup.channel())
                    .isEqualTo(shown ? TenunOrderStatus.RETURN_REQUESTED : TenunOrderStatus.COMPLETED);
            OrderDetail requested = read(marketplaces, setup, giveBack);
            move(setup, giveBack, "REFUSED");
            OrderDetail refused = read(marketplaces, setup, giveBack);
            assertThat(refused.status()).isEqualTo(TenunOrderStatus.COMPLETED);
            assertThat(refused.updatedAt()).isAfter(requested.updatedAt());
            assertThat(stock(setup, giveBack)).as(setup.channel()).isEqualTo(draft.stock() - 3);
        }
    }

    /** Granted, a request ends cancelled or returned on every channel, and the stock comes back. */
    @Test
    void aGrantedCancellationOrReturnEndsCancelledOrReturnedOnEveryChannel() throws Exception {
        for (Setup setup : List.of(TOKOPEDIA, SHOPEE, LAZADA)) {
            Marketplaces marketplaces = marketplaces();
            ListingDraft draft = listed(marketplaces, setup);
            Instant before = Instant.now().minusSeconds(1);

            String cancel = placeOrder(setup, draft.sellerSku(), 2);
            move(setup, cancel, "PAID", "CANCEL_REQUESTED", "CANCELLED");
            assertThat(read(marketplaces, setup, cancel).status()).isEqualTo(TenunOrderStatus.CANCELLED);
            assertThat(stock(setup, cancel)).as(setup.channel()).isEqualTo(draft.stock());

            String giveBack = placeOrder(setup, draft.sellerSku(), 1);
            move(setup, giveBack, "PAID", "SHIPPED", "DELIVERED", "COMPLETED", "RETURN_REQUESTED", "RETURNED");
            assertThat(statusesPushed(marketplaces, setup, giveBack, 7)).as(setup.channel())
                    .contains(setup == SHOPEE ? TenunOrderStatus.RETURN_REQUESTED : TenunOrderStatus.RETURNED);
            // TikTok Shop's order stays completed: its returns list tells
            assertThat(read(marketplaces, setup, giveBack).status()).as(setup.channel())
                    .isEqualTo(setup == TOKOPEDIA ? TenunOrderStatus.COMPLETED : TenunOrderStatus.RETURNED);
            assertThat(marketplaces.orders(setup.channel()).ordersChangedSince(credentials(setup.shop()), before))
                    .filteredOn(change -> change.externalOrderId().equals(giveBack))
                    .extracting(OrderNotification::status)
                    .contains(setup == SHOPEE ? TenunOrderStatus.RETURN_REQUESTED : TenunOrderStatus.RETURNED);
            assertThat(stock(setup, giveBack)).as(setup.channel()).isEqualTo(draft.stock());
        }
    }

    /** As on Shopee, the order detail carries its optional fields (lines, amounts) only when asked for them. */
    @Test
    void shopeeOrderDetailAnswersOptionalFieldsOnlyWhenAskedFor() throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, SHOPEE);
        String orderId = placeOrder(SHOPEE, draft.sellerSku(), 1);

        JsonNode bare = shopeeOrderDetail(orderId, null);
        assertThat(bare.path("order_status").asString()).isEqualTo("UNPAID");
        assertThat(bare.has("item_list")).isFalse();
        assertThat(bare.has("total_amount")).isFalse();
        assertThat(bare.has("estimated_shipping_fee")).isFalse();
        JsonNode asked = shopeeOrderDetail(orderId, "item_list,total_amount");
        assertThat(asked.path("item_list").path(0).path("item_sku").asString()).isEqualTo(draft.sellerSku());
        assertThat(asked.has("total_amount")).isTrue();
        assertThat(asked.has("estimated_shipping_fee")).isFalse();
    }

    @Test
    void orderCallsThrowTheKindOfFailureTheCallerMustHandle() throws Exception {
        Map<String, String> limited = Map.of("tokopedia", TTS_LIMITED_SHOP, "shopee", SHOPEE_LIMITED_SHOP, "lazada",
                LAZADA_LIMITED_SHOP);
        for (Setup setup : List.of(TOKOPEDIA, SHOPEE, LAZADA)) {
            assertThat(failure(() -> marketplaces().orders(setup.channel())
                    .orderDetail(credentials(setup.shop(), "bad"), "1")))
                    .isEqualTo(MarketplaceCallFailed.Kind.AUTHENTICATION);
            assertThat(
                    failure(() -> marketplaces().orders(setup.channel()).orderDetail(credentials(setup.shop()), "404")))
                    .isEqualTo(MarketplaceCallFailed.Kind.REFUSED);
            List<MarketplaceCallFailed.Kind> kinds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                kinds.add(failure(() -> marketplaces().orders(setup.channel())
                        .ordersChangedSince(credentials(limited.get(setup.channel())),
                                Instant.now().minusSeconds(60))));
            }
            assertThat(kinds).contains(MarketplaceCallFailed.Kind.RATE_LIMITED);
            faults(setup.channel(), "{\"errorRate\":1.0,\"errorStatus\":503}");
            assertThat(
                    failure(() -> marketplaces().orders(setup.channel()).orderDetail(credentials(setup.shop()), "1")))
                    .isEqualTo(MarketplaceCallFailed.Kind.TRANSIENT);
            faults(setup.channel(), "{}");
        }
    }

    private static MarketplaceCallFailed.Kind failure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (MarketplaceCallFailed failed) {
            assertThat(failed.getMessage()).doesNotContain("bad").doesNotContain("secret");
            return failed.kind();
        }
    }

    private void followAnOrder(Setup setup, String paidStatus) throws Exception {
        Marketplaces marketplaces = marketplaces();
        ListingDraft draft = listed(marketplaces, setup);
        Instant before = Instant.now().minusSeconds(1);

        String orderId = placeOrder(setup, draft.sellerSku(), 2);
        sendJson("POST", "/sandbox/orders/" + setup.channel() + "/" + orderId + "/status", "{\"status\":\"PAID\"}");

        List<WebhookReceiver.Received> pushes = pushFor(setup.channel(), orderId, 2);
        MarketplaceWebhooks webhooks = marketplaces.webhooks(setup.channel());
        for (WebhookReceiver.Received push : pushes) {
            assertThat(webhooks.verify(push.headers(), push.body())).isEqualTo(WebhookVerdict.ACCEPTED);
        }
        assertThat(
                pushes.stream().map(push -> webhooks.parse(push.body()).orElseThrow()).map(OrderNotification::status))
                .containsExactlyInAnyOrder(TenunOrderStatus.CREATED, TenunOrderStatus.PAID);
        OrderNotification paid = pushes.stream()
                .map(push -> webhooks.parse(push.body()).orElseThrow())
                .filter(notification -> notification.status() == TenunOrderStatus.PAID)
                .findFirst()
                .orElseThrow();
        assertThat(paid.channel()).isEqualTo(Channel.of(setup.channel()));
        assertThat(paid.shopId()).isEqualTo(setup.shop());
        assertThat(paid.externalOrderId()).isEqualTo(orderId);
        assertThat(paid.marketplaceStatus()).isEqualTo(paidStatus);

        OrderDetail detail = marketplaces.orders(setup.channel()).orderDetail(credentials(setup.shop()), orderId);
        assertThat(detail.status()).isEqualTo(TenunOrderStatus.PAID);
        assertThat(detail.marketplaceStatus()).isEqualTo(paidStatus);
        assertThat(detail.lines()).containsExactly(new OrderDetail.Line(draft.sellerSku(), 2, 85_000));
        assertThat(detail.totalRupiah()).isEqualTo(170_000);

        assertThat(marketplaces.orders(setup.channel()).ordersChangedSince(credentials(setup.shop()), before))
                .anySatisfy(change -> {
                    assertThat(change.externalOrderId()).isEqualTo(orderId);
                    assertThat(change.status()).isEqualTo(TenunOrderStatus.PAID);
                });
    }

    /** {@code get_order_detail} of one order, signed as Shopee wants, asking for these optional fields (or none). */
    private JsonNode shopeeOrderDetail(String orderSn, String optionalFields) throws Exception {
        String path = "/api/v2/order/get_order_detail";
        long now = Instant.now().getEpochSecond();
        ShopCredentials shop = credentials(SHOPEE_SHOP);
        StringBuilder query = new StringBuilder("partner_id=").append(shop.appKey()).append("&timestamp=").append(now)
                .append("&access_token=").append(shop.accessToken()).append("&shop_id=").append(shop.shopId())
                .append("&sign=").append(ShopeeSigner.sign(shop.appSecret(), shop.appKey(), path, now,
                        shop.accessToken(), shop.shopId()))
                .append("&order_sn_list=").append(orderSn);
        if (optionalFields != null) {
            query.append("&response_optional_fields=").append(optionalFields);
        }
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/shopee" + path + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body()).path("response").path("order_list").path(0);
    }

    private static OrderDetail read(Marketplaces marketplaces, Setup setup, String orderId) {
        return marketplaces.orders(setup.channel()).orderDetail(credentials(setup.shop()), orderId);
    }

    private static List<TenunOrderStatus> statusesPushed(Marketplaces marketplaces, Setup setup, String orderId,
            int count) {
        MarketplaceWebhooks webhooks = marketplaces.webhooks(setup.channel());
        return pushFor(setup.channel(), orderId, count).stream()
                .map(push -> webhooks.parse(push.body()).orElseThrow().status())
                .toList();
    }

    private static List<WebhookReceiver.Received> pushFor(String channel, String orderId, int count) {
        return RECEIVER.await(push -> push.channel().equals(channel) && push.text().contains("\"" + orderId + "\""),
                count);
    }
}

package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;

/** The sandbox's control API: faults that still answer, webhooks out of order, and the views of what it holds. */
class ControlApiIntegrationTests extends ContractTestSupport {

    @Test
    void aSlowMarketplaceStillAnswersWithinTheClientsTimeout() throws Exception {
        faults("shopee", "{\"delayMillis\":300}");

        ListingDraft draft = coffee("100401", Map.of()).withCertifications(ListingDraft.Certifications.NONE);

        assertThat(marketplaces().listings("shopee").create(credentials(SHOPEE_SHOP), draft))
                .isInstanceOf(ListingResult.Accepted.class);
        assertThat(getJson("/sandbox/faults").path("shopee").path("delayMillis").asLong()).isEqualTo(300);
    }

    @Test
    void sendsAHeldPushAfterTheNextOneWhenOutOfOrder() throws Exception {
        ListingDraft draft = coffee("100401", Map.of()).withCertifications(ListingDraft.Certifications.NONE);
        marketplaces().listings("shopee").create(credentials(SHOPEE_SHOP), draft);
        faults("shopee", "{\"outOfOrderWebhooks\":true}");

        String orderId = sendJson("POST", "/sandbox/buyers/orders",
                "{\"channel\":\"shopee\",\"sellerSku\":\"" + draft.sellerSku() + "\"}")
                .path("orderId")
                .asString();
        sendJson("POST", "/sandbox/orders/shopee/" + orderId + "/status", "{\"status\":\"PAID\"}");

        List<WebhookReceiver.Received> pushes = RECEIVER.await(push -> push.text().contains("\"" + orderId + "\""), 2);
        assertThat(pushes).extracting(push -> JSON.readTree(push.body()).path("data").path("status").asString())
                .containsExactly("READY_TO_SHIP", "UNPAID");
    }

    @Test
    void showsTheCallsItReceivedWithShopAndStatus() throws Exception {
        marketplaces().listings("lazada").status(credentials(LAZADA_SHOP), "404404");

        JsonNode calls = getJson("/sandbox/calls?channel=lazada&limit=5");

        assertThat(calls.findValuesAsString("path")).contains("/lazada/rest/product/item/get");
        assertThat(calls.path(0).path("shopId").asString()).isEqualTo(LAZADA_SHOP);
        assertThat(calls.path(0).path("status").asInt()).isEqualTo(200);
    }

    @Test
    void refusesAnOrderWhenNothingIsListedWithThatSku() throws Exception {
        JsonNode answer = sendJson("POST", "/sandbox/buyers/orders",
                "{\"channel\":\"tokopedia\",\"sellerSku\":\"NOT-LISTED\",\"quantity\":1}");

        assertThat(answer.path("status").asInt()).isEqualTo(422);
        assertThat(answer.path("detail").asString()).contains("No live listing");
    }

    @Test
    void aPriceAndStockEditedByHandInTheSellerCentreIsWhatTheSellerApiReadsBack() throws Exception {
        ListingDraft draft = coffee("100401", Map.of()).withCertifications(ListingDraft.Certifications.NONE);
        String itemId = ((ListingResult.Accepted) marketplaces().listings("shopee")
                .create(credentials(SHOPEE_SHOP), draft)).externalId();

        JsonNode edited = sendJson("PATCH", "/sandbox/listings/shopee/" + SHOPEE_SHOP + "/" + itemId,
                "{\"price\":1000,\"stock\":99}");

        assertThat(edited.path("price").asLong()).isEqualTo(1000);
        assertThat(marketplaces().listings("shopee").read(credentials(SHOPEE_SHOP), itemId))
                .isEqualTo(new ListingView(new ListingResult.Accepted(itemId, true), 1000L, 99));
        assertThat(sendJson("PATCH", "/sandbox/listings/shopee/" + SHOPEE_SHOP + "/404", "{\"price\":1000}")
                .path("status").asInt()).isEqualTo(404);
        assertThat(sendJson("PATCH", "/sandbox/listings/shopee/" + SHOPEE_SHOP + "/" + itemId, "{\"stock\":-1}")
                .path("status").asInt()).isEqualTo(400);
    }

    @Test
    void listsItsCategoryTreesForTheCategoryMapping() throws Exception {
        JsonNode categories = getJson("/sandbox/categories");

        assertThat(categories.path("tokopedia").findValuesAsString("id")).contains("600101", "600301");
        assertThat(categories.path("lazada").path(0).path("leaf").asBoolean()).isFalse();
    }
}

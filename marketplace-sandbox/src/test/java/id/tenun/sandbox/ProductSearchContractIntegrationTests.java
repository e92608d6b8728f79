package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.shopee.ShopeeSigner;

/**
 * The search by seller SKU on each marketplace (TTS {@code products/search}, Shopee {@code search_item}, Lazada
 * {@code /products/get}) and the lost-answer fault: a create that lands but answers a server error is found.
 */
class ProductSearchContractIntegrationTests extends ContractTestSupport {

    @ParameterizedTest
    @CsvSource({"tokopedia, 7495000000000000001, 600101, 100100, /product/202309/products",
            "shopee, 300100001, 100101, 100010, /add_item", "lazada, 1000100001, 10101, composition, /product/create"})
    void findsWhatACreateWhoseAnswerWasLostMade(String channel, String shop, String category, String attribute,
            String createPath) throws Exception {
        MarketplaceListings listings = marketplaces().listings(channel);
        ListingDraft draft = coffee(category, Map.of(attribute, "biji kopi arabika"));
        faults(channel, "{\"lostAnswerRate\":1.0,\"errorStatus\":502,\"lostAnswerPath\":\"" + createPath + "\"}");

        assertThat(listings.create(credentials(shop), draft)).isInstanceOf(ListingResult.TransientFailure.class);
        JsonNode call = getJson("/sandbox/calls?channel=" + channel + "&limit=1").path(0);
        assertThat(call.path("path").asString()).endsWith(createPath);
        assertThat(call.path("status").asInt()).as("what the marketplace did").isEqualTo(200);

        List<JsonNode> held = held(channel, draft.sellerSku());
        assertThat(held).hasSize(1);
        assertThat(listings.find(credentials(shop), draft.sellerSku()))
                .isEqualTo(new ListingMatch.Found(held.get(0).path("itemId").asString()));
        assertThat(listings.find(credentials(shop), draft.sellerSku() + "-X")).isEqualTo(new ListingMatch.NotFound());
    }

    @Test
    void searchesPassTheShopsQuotaGateLikeEveryOtherCall() {
        Map<String, String> limited = Map.of("tokopedia", TTS_LIMITED_SHOP, "shopee", SHOPEE_LIMITED_SHOP, "lazada",
                LAZADA_LIMITED_SHOP);
        limited.forEach((channel, shop) -> {
            List<ListingMatch> matches = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                matches.add(marketplaces().listings(channel).find(credentials(shop), "TNN-NONE"));
            }
            assertThat(matches).as(channel).anySatisfy(match -> assertThat(match)
                    .isInstanceOfSatisfying(ListingMatch.Unanswered.class,
                            unanswered -> assertThat(unanswered.failure())
                                    .isInstanceOf(ListingResult.RateLimited.class)));
        });
    }

    @Test
    void refusesBadPagingInEachMarketplacesOwnEnvelope() throws Exception {
        HttpResponse<byte[]> tts = tts("/product/202309/products/search", Map.of("page_size", "0"),
                "{\"seller_skus\":[\"TNN-1\"]}");
        assertThat(tts.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(tts.body()).path("code").asLong()).isEqualTo(12052001);
        assertThat(JSON.readTree(
                tts("/product/202309/products/search", Map.of("page_size", "5"), "{\"seller_skus\":\"TNN-1\"}").body())
                .path("code")
                .asLong()).isEqualTo(12052001);

        HttpResponse<byte[]> shopee = shopee(Map.of("offset", "0", "page_size", "101", "item_sku", "TNN-1"));
        assertThat(shopee.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(shopee.body()).path("error").asString()).isEqualTo("error_param");
        assertThat(shopee(Map.of("page_size", "10")).statusCode()).isEqualTo(400);

        JsonNode filter = JSON.readTree(lazada("/products/get", Map.of("filter", "everything")).body());
        assertThat(filter.path("code").asString()).isEqualTo("201");
        assertThat(filter.path("detail").path(0).path("field").asString()).isEqualTo("filter");
        JsonNode list = JSON
                .readTree(lazada("/products/get", Map.of("filter", "all", "sku_seller_list", "TNN-1")).body());
        assertThat(list.path("detail").path(0).path("field").asString()).isEqualTo("sku_seller_list");
    }

    private List<JsonNode> held(String channel, String sellerSku) throws Exception {
        List<JsonNode> held = new ArrayList<>();
        for (JsonNode listing : getJson("/sandbox/listings?channel=" + channel)) {
            if (sellerSku.equals(listing.path("input").path("sellerSku").asString(""))) {
                held.add(listing);
            }
        }
        return held;
    }

    private HttpResponse<byte[]> shopee(Map<String, String> parameters) throws Exception {
        String path = "/api/v2/product/search_item";
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> query = new TreeMap<>(parameters);
        query.put("partner_id", "2001001");
        query.put("timestamp", Long.toString(timestamp));
        query.put("access_token", "shopee-demo-access-token-kupang");
        query.put("shop_id", SHOPEE_SHOP);
        query.put("sign", ShopeeSigner.sign("tenun-demo-shopee-partner-key", "2001001", path, timestamp,
                "shopee-demo-access-token-kupang", SHOPEE_SHOP));
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/shopee" + path + "?"
                + IndependentSigningIntegrationTests.query(query))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

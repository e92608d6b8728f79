package id.tenun.marketplaces.tokopedia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.LocalMarketplace;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.ShopCredentials;

/** The search by seller SKU and the remembered SKU ids, on the wire of a local TikTok Shop. */
class TokopediaFindAndSkuIdsUnitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String SHOP = "7495000000000000001";

    static final ShopCredentials CREDENTIALS = new ShopCredentials(SHOP, "app", "secret", "token", "ROW_cipher",
            Map.of("warehouse_id", "WH-1"));

    static final String PRODUCT = """
            {"code":0,"message":"Success","data":{"id":"P1","status":"ACTIVATE","skus":[{"id":"S1","seller_sku":"TNN-KOPI-01",
             "price":{"tax_exclusive_price":"85000","currency":"IDR"},"inventory":[{"warehouse_id":"WH-1","quantity":3}]}]}}""";

    static final String OK = "{\"code\":0,\"message\":\"Success\",\"data\":{}}";

    @RegisterExtension
    final LocalMarketplace tts = new LocalMarketplace();

    final MarketplaceListings listings = TokopediaChannel.create(tts.settings(CREDENTIALS), Clock.systemUTC())
            .listings();

    @Test
    void searchesBySellerSkuAndAdoptsTheProductThatCarriesIt() {
        tts.answer(200, """
                {"code":0,"message":"Success","data":{"total_count":3,"next_page_token":"","products":[
                 {"id":"P0","status":"DELETED","skus":[{"id":"S0","seller_sku":"TNN-KOPI-01"}]},
                 {"id":"P9","status":"ACTIVATE","skus":[{"id":"S9","seller_sku":"TNN-KOPI-010"}]},
                 {"id":"P1","status":"PENDING","skus":[{"id":"S1","seller_sku":"TNN-KOPI-01"}]}]}}""");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.Found("P1"));

        LocalMarketplace.Request search = tts.requests().get(0);
        assertThat(search.method()).isEqualTo("POST");
        assertThat(search.path()).isEqualTo("/product/202309/products/search");
        assertThat(search.query()).containsEntry("page_size", "10").containsKeys("app_key", "timestamp", "sign",
                "shop_cipher");
        assertThat(JSON.readTree(search.body()).path("seller_skus").path(0).asString()).isEqualTo("TNN-KOPI-01");
        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(1);
    }

    @Test
    void answersNotFoundOnlyWhenTheSearchAnsweredAndUnansweredWhenItFailed() {
        tts.answer(200, "{\"code\":0,\"message\":\"Success\",\"data\":{\"total_count\":0,\"products\":[]}}")
                .answer(500, "{\"code\":36009003,\"message\":\"Internal system error\",\"data\":null}");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.NotFound());
        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isInstanceOfSatisfying(ListingMatch.Unanswered.class,
                unanswered -> assertThat(unanswered.failure()).isInstanceOf(ListingResult.TransientFailure.class));
    }

    @Test
    void remembersTheSkuIdTheCreateAnswersSoPriceAndStockCostOneCallEach() {
        tts.answer(200, "{\"code\":0,\"message\":\"Success\",\"data\":{\"product_id\":\"P1\",\"skus\":[{\"id\":\"S1\","
                + "\"seller_sku\":\"TNN-KOPI-01\"}],\"warnings\":[]}}")
                .answer(200, OK)
                .answer(200, OK);
        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(2);

        assertThat(listings.create(CREDENTIALS, TokopediaMappingUnitTests.draftWithoutImages()))
                .isEqualTo(new ListingResult.PendingAudit("P1"));
        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(1);
        assertThat(listings.updateStock(CREDENTIALS, "P1", "TNN-KOPI-01", 7))
                .isEqualTo(new ListingResult.Accepted("P1"));
        assertThat(listings.updatePrice(CREDENTIALS, "P1", "TNN-KOPI-01", 90_000))
                .isEqualTo(new ListingResult.Accepted("P1"));

        assertThat(tts.requests()).extracting(LocalMarketplace.Request::path).containsExactly(
                "/product/202309/products", "/product/202309/products/P1/inventory/update",
                "/product/202309/products/P1/prices/update");
        assertThat(JSON.readTree(tts.requests().get(1).body()).path("skus").path(0).path("id").asString())
                .isEqualTo("S1");
        assertThat(JSON.readTree(tts.requests().get(2).body()).path("skus").path(0).path("id").asString())
                .isEqualTo("S1");
    }

    @Test
    void readsTheProductOnceWhenTheSkuIdIsNotKnownAndRemembersIt() {
        tts.answer(200, PRODUCT).answer(200, OK).answer(200, OK);

        assertThat(listings.updateStock(CREDENTIALS, "P1", "TNN-KOPI-01", 7))
                .isEqualTo(new ListingResult.Accepted("P1"));
        assertThat(listings.updatePrice(CREDENTIALS, "P1", "TNN-KOPI-01", 90_000))
                .isEqualTo(new ListingResult.Accepted("P1"));

        assertThat(tts.requests()).extracting(LocalMarketplace.Request::method).containsExactly("GET", "POST", "POST");
    }

    @Test
    void forgetsARefusedRememberedSkuIdAndReadsTheProductAgainOnTheNextAttempt() {
        tts.answer(200, PRODUCT)
                .answer(200, "{\"code\":12052700,\"message\":\"sku S1 does not belong to product P1\",\"data\":{}}")
                .answer(200, PRODUCT.replace("\"S1\"", "\"S2\""))
                .answer(200, OK);
        listings.read(CREDENTIALS, "P1");

        assertThat(listings.updatePrice(CREDENTIALS, "P1", "TNN-KOPI-01", 90_000))
                .isInstanceOfSatisfying(ListingResult.TransientFailure.class,
                        failure -> assertThat(failure.detail()).contains("remembered SKU id S1"));
        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(2);
        assertThat(listings.updatePrice(CREDENTIALS, "P1", "TNN-KOPI-01", 90_000))
                .isEqualTo(new ListingResult.Accepted("P1"));

        assertThat(tts.requests()).extracting(LocalMarketplace.Request::method).containsExactly("GET", "POST", "GET",
                "POST");
        assertThat(JSON.readTree(tts.requests().get(3).body()).path("skus").path(0).path("id").asString())
                .isEqualTo("S2");
    }

    @Test
    void aRefusalOfAFreshlyReadSkuIdIsARefusal() {
        tts.answer(200, PRODUCT).answer(200, "{\"code\":12052700,\"message\":\"price amount is invalid\",\"data\":{}}");

        assertThat(listings.updatePrice(CREDENTIALS, "P1", "TNN-KOPI-01", 90_000))
                .isInstanceOf(ListingResult.Rejected.class);
    }

    @Test
    void aFullUpdateForgetsTheSkuIdsAndRemembersThoseItsAnswerLists() {
        tts.answer(200, PRODUCT)
                .answer(200, "{\"code\":0,\"message\":\"Success\",\"data\":{\"product_id\":\"P1\",\"skus\":[]}}");
        listings.read(CREDENTIALS, "P1");
        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(1);

        listings.update(CREDENTIALS, "P1", TokopediaMappingUnitTests.draftWithoutImages());

        assertThat(listings.priceOrStockCalls(CREDENTIALS, "P1", "TNN-KOPI-01")).isEqualTo(2);
    }

    @Test
    void remembersABoundedNumberOfProducts() {
        SkuIds ids = new SkuIds(2);
        for (String product : new String[]{"P1", "P2", "P3"}) {
            ids.remember(SHOP, product, JSON.readTree("[{\"id\":\"S-" + product + "\",\"seller_sku\":\"SKU\"}]"));
        }

        assertThat(ids.get(SHOP, "P1", "SKU")).isEmpty();
        assertThat(ids.get(SHOP, "P3", "SKU")).contains("S-P3");
        assertThat(ids.get("another-shop", "P3", "SKU")).isEmpty();
    }
}

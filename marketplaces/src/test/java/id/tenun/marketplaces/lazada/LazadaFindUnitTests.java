package id.tenun.marketplaces.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.LocalMarketplace;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.ShopCredentials;

/** The search by seller SKU, on the wire of a local Lazada. */
class LazadaFindUnitTests {

    static final String SELLER = "1000100001";

    static final ShopCredentials CREDENTIALS = new ShopCredentials(SELLER, "100001", "secret", "token", "");

    @RegisterExtension
    final LocalMarketplace lazada = new LocalMarketplace();

    final MarketplaceListings listings = LazadaChannel.create(lazada.settings(CREDENTIALS), Clock.systemUTC())
            .listings();

    @Test
    void asksForAllProductsWithTheSellerSkuAndAdoptsTheOneThatCarriesIt() {
        lazada.answer(200,
                """
                        {"code":"0","data":{"total_products":2,"products":[
                         {"item_id":7001,"status":"deleted","skus":[{"SellerSku":"TNN-KOPI-01","SkuId":1}]},
                         {"item_id":7002,"status":"Pending","skus":[{"SellerSku":"TNN-KOPI-01","SkuId":2}]}]},"request_id":"r"}""");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.Found("7002"));

        LocalMarketplace.Request request = lazada.requests().get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/products/get");
        assertThat(request.query()).containsEntry("filter", "all").containsEntry("sku_seller_list", "[\"TNN-KOPI-01\"]")
                .containsEntry("sign_method", "sha256").containsKeys("app_key", "access_token", "timestamp", "sign");
    }

    @Test
    void answersNotFoundForNoProductAndUnansweredForAThrottledSearch() {
        lazada.answer(200, "{\"code\":\"0\",\"data\":{\"total_products\":0},\"request_id\":\"r\"}")
                .answer(200,
                        "{\"code\":\"ApiCallLimit\",\"type\":\"ISV\",\"message\":\"This request has exceeded API limit, "
                                + "please try again after 2 seconds\",\"request_id\":\"r\"}");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.NotFound());
        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isInstanceOfSatisfying(ListingMatch.Unanswered.class,
                unanswered -> assertThat(unanswered.failure()).isInstanceOf(ListingResult.RateLimited.class));
    }
}

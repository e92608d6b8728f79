package id.tenun.marketplaces.shopee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.LocalMarketplace;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.ShopCredentials;

/** The search by seller SKU, on the wire of a local Shopee. */
class ShopeeFindUnitTests {

    static final String SHOP = "300100001";

    static final ShopCredentials CREDENTIALS = new ShopCredentials(SHOP, "2001001", "key", "token", "");

    @RegisterExtension
    final LocalMarketplace shopee = new LocalMarketplace();

    final MarketplaceListings listings = ShopeeChannel.create(shopee.settings(CREDENTIALS), Clock.systemUTC())
            .listings();

    @Test
    void searchesByItemSkuThenKeepsOnlyTheItemWhoseSkuIsExactlyOurs() {
        shopee.answer(200,
                "{\"error\":\"\",\"message\":\"\",\"response\":{\"item_id_list\":[801,802,803],\"total_count\":3}}")
                .answer(200, """
                        {"error":"","message":"","response":{"item_list":[
                         {"item_id":801,"item_status":"NORMAL","item_sku":"TNN-KOPI-010"},
                         {"item_id":802,"item_status":"SELLER_DELETE","item_sku":"TNN-KOPI-01"},
                         {"item_id":803,"item_status":"NORMAL","item_sku":"TNN-KOPI-01"}]}}""");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.Found("803"));

        LocalMarketplace.Request search = shopee.requests().get(0);
        assertThat(search.method()).isEqualTo("GET");
        assertThat(search.path()).isEqualTo("/api/v2/product/search_item");
        assertThat(search.query()).containsEntry("item_sku", "TNN-KOPI-01").containsEntry("offset", "0")
                .containsEntry("page_size", "10").containsEntry("shop_id", SHOP).containsKeys("partner_id", "sign",
                        "access_token", "timestamp");
        LocalMarketplace.Request info = shopee.requests().get(1);
        assertThat(info.path()).isEqualTo("/api/v2/product/get_item_base_info");
        assertThat(info.query()).containsEntry("item_id_list", "801,802,803");
    }

    @Test
    void answersNotFoundWithOneCallWhenTheSearchFindsNothing() {
        shopee.answer(200, "{\"error\":\"\",\"message\":\"\",\"response\":{\"item_id_list\":[],\"total_count\":0}}");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isEqualTo(new ListingMatch.NotFound());
        assertThat(shopee.requests()).hasSize(1);
    }

    @Test
    void aFailedSearchIsUnansweredNeverNotFound() {
        shopee.answer(500, "{\"error\":\"error_server\",\"message\":\"Something wrong.\"}")
                .answer(429, "{\"error\":\"error_rate_limit\",\"message\":\"too many\"}");

        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isInstanceOfSatisfying(ListingMatch.Unanswered.class,
                unanswered -> assertThat(unanswered.failure()).isInstanceOf(ListingResult.TransientFailure.class));
        assertThat(listings.find(CREDENTIALS, "TNN-KOPI-01")).isInstanceOfSatisfying(ListingMatch.Unanswered.class,
                unanswered -> assertThat(unanswered.failure()).isInstanceOf(ListingResult.RateLimited.class));
    }
}

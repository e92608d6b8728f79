package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceListings;

/** The Shopee adapter against the sandbox, over HTTP. */
class ShopeeContractIntegrationTests extends ContractTestSupport {

    static final String KOPI = "100101";

    static final Map<String, String> COMPOSITION = Map.of("100010", "biji kopi arabika");

    MarketplaceListings listings() {
        return marketplaces().listings("shopee");
    }

    @Test
    void createsALiveListingWithImagesUploadedFirstAndWeightInKilograms() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);

        ListingResult created = listings().create(credentials(SHOPEE_SHOP), draft);

        assertThat(created).isInstanceOf(ListingResult.Accepted.class);
        String itemId = ((ListingResult.Accepted) created).externalId();
        assertThat(listings().status(credentials(SHOPEE_SHOP), itemId))
                .isEqualTo(new ListingResult.Accepted(itemId, true));
        assertThat(listing("shopee", itemId).path("input").path("weightKg").asString()).isEqualTo("0.25");
        assertThat(listing("shopee", itemId).path("input").path("images").path(0).asString()).startsWith("sho-img-");
        assertThat(listing("shopee", itemId).path("price").asLong()).isEqualTo(85_000);
    }

    @Test
    void updatesPriceStockAndContentThenUnlists() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);
        String itemId = ((ListingResult.Accepted) listings().create(credentials(SHOPEE_SHOP), draft)).externalId();

        assertThat(listings().updatePrice(credentials(SHOPEE_SHOP), itemId, draft.sellerSku(), 80_000))
                .isEqualTo(new ListingResult.Accepted(itemId));
        assertThat(listings().updateStock(credentials(SHOPEE_SHOP), itemId, draft.sellerSku(), 0))
                .isEqualTo(new ListingResult.Accepted(itemId));
        assertThat(listing("shopee", itemId).path("price").asLong()).isEqualTo(80_000);
        assertThat(listing("shopee", itemId).path("stock").asInt()).isZero();

        assertThat(listings().update(credentials(SHOPEE_SHOP), itemId,
                draft.withTitle("Kopi Bajawa Natural").withPrice(95_000)))
                .isEqualTo(new ListingResult.Accepted(itemId, true));
        assertThat(listing("shopee", itemId).path("input").path("title").asString()).isEqualTo("Kopi Bajawa Natural");
        assertThat(listing("shopee", itemId).path("price").asLong()).isEqualTo(95_000);

        assertThat(listings().deactivate(credentials(SHOPEE_SHOP), itemId))
                .isEqualTo(new ListingResult.Accepted(itemId, false));
        assertThat(listings().status(credentials(SHOPEE_SHOP), itemId))
                .isEqualTo(new ListingResult.Accepted(itemId, false));
    }

    @Test
    void treatsAFailureListInsideA200AsARejection() {
        String itemId = ((ListingResult.Accepted) listings().create(credentials(SHOPEE_SHOP),
                coffee(KOPI, COMPOSITION))).externalId();
        ListingResult result = listings().updatePrice(credentials(SHOPEE_SHOP), itemId, "x", 0);

        assertThat(result).isInstanceOfSatisfying(ListingResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("original_price"));
    }

    @Test
    void rejectsAHerbalProductWithoutAPermitAtOnce() {
        ListingDraft jamu = coffee("100201", COMPOSITION)
                .withCertifications(new ListingDraft.Certifications("ID35110000999", "", ""));

        assertThat(listings().create(credentials(SHOPEE_SHOP), jamu))
                .isInstanceOfSatisfying(ListingResult.Rejected.class,
                        rejected -> {
                            assertThat(rejected.reason())
                                    .isEqualTo("food and herbal products require a BPOM or PIRT permit number");
                            assertThat(rejected.explanation().id()).contains("BPOM");
                        });
    }

    @Test
    void rejectsANameLongerThanTheMarketplaceAllows() {
        ListingDraft longName = coffee(KOPI, COMPOSITION)
                .withTitle("Kopi Arabika Bajawa Flores Ngada Full Wash Premium Grade Satu 250g");

        assertThat(listings().create(credentials(SHOPEE_SHOP), longName))
                .isInstanceOfSatisfying(ListingResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).startsWith("product name is too long"));
    }

    @Test
    void rejectsAnUnknownCategory() {
        assertThat(listings().create(credentials(SHOPEE_SHOP), coffee("999999", Map.of())))
                .isInstanceOfSatisfying(ListingResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo("category 999999 does not exist"));
    }

    @Test
    void answersRateLimitedWhenTheShopsQuotaIsSpent() {
        List<ListingResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(listings().status(credentials(SHOPEE_LIMITED_SHOP), "1"));
        }

        assertThat(results).anySatisfy(result -> assertThat(result).isInstanceOf(ListingResult.RateLimited.class));
    }

    @Test
    void answersAuthenticationFailureForAWrongPartnerKey() {
        assertThat(marketplaces().listings("shopee").status(credentials(SHOPEE_SHOP, "not-the-key"), "1"))
                .isInstanceOfSatisfying(ListingResult.AuthenticationFailure.class,
                        failure -> assertThat(failure.detail()).contains("error_sign"));
    }

    @Test
    void answersTransientFailureWhenTheMarketplaceTimesOutOrFails() throws Exception {
        faults("shopee", "{\"hangMillis\":" + (REQUEST_TIMEOUT.toMillis() + 1000) + "}");
        assertThat(listings().status(credentials(SHOPEE_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);

        faults("shopee", "{\"errorRate\":1.0}");
        assertThat(listings().status(credentials(SHOPEE_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);
    }
}

package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceListings;

/** The Tokopedia/TikTok Shop adapter against the sandbox, over HTTP. */
class TokopediaContractIntegrationTests extends ContractTestSupport {

    static final String KOPI = "600101";

    static final Map<String, String> COMPOSITION = Map.of("100100", "biji kopi arabika");

    MarketplaceListings listings() {
        return marketplaces().listings("tokopedia");
    }

    @Test
    void createsAListingThatPassesTheAuditAndGoesLive() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);

        ListingResult created = listings().create(credentials(TTS_SHOP), draft);

        assertThat(created).isInstanceOf(ListingResult.PendingAudit.class);
        String productId = ((ListingResult.PendingAudit) created).externalId();
        assertThat(settled(() -> listings().status(credentials(TTS_SHOP), productId)))
                .isEqualTo(new ListingResult.Accepted(productId, true));
        assertThat(listing("tokopedia", productId).path("input").path("sellerSku").asString())
                .isEqualTo(draft.sellerSku());
        assertThat(listing("tokopedia", productId).path("input").path("weightKg").asString()).isEqualTo("0.25");
    }

    @Test
    void updatesPriceStockAndContentThenDeactivates() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);
        String productId = ((ListingResult.PendingAudit) listings().create(credentials(TTS_SHOP), draft))
                .externalId();
        settled(() -> listings().status(credentials(TTS_SHOP), productId));

        assertThat(listings().updatePrice(credentials(TTS_SHOP), productId, draft.sellerSku(), 90_000))
                .isEqualTo(new ListingResult.Accepted(productId));
        assertThat(listings().updateStock(credentials(TTS_SHOP), productId, draft.sellerSku(), 3))
                .isEqualTo(new ListingResult.Accepted(productId));
        assertThat(listing("tokopedia", productId).path("price").asLong()).isEqualTo(90_000);
        assertThat(listing("tokopedia", productId).path("stock").asInt()).isEqualTo(3);

        assertThat(listings().update(credentials(TTS_SHOP), productId, draft.withTitle("Kopi Arabika Bajawa 500 g")))
                .isEqualTo(new ListingResult.PendingAudit(productId));
        assertThat(settled(() -> listings().status(credentials(TTS_SHOP), productId)))
                .isEqualTo(new ListingResult.Accepted(productId, true));
        assertThat(listing("tokopedia", productId).path("input").path("title").asString())
                .isEqualTo("Kopi Arabika Bajawa 500 g");

        assertThat(listings().deactivate(credentials(TTS_SHOP), productId))
                .isEqualTo(new ListingResult.Accepted(productId, false));
        assertThat(listings().status(credentials(TTS_SHOP), productId))
                .isEqualTo(new ListingResult.Accepted(productId, false));
    }

    @Test
    void rejectsANonLeafCategoryWithTheMarketplacesReason() {
        ListingResult result = listings().create(credentials(TTS_SHOP), coffee("600001", COMPOSITION));

        assertThat(result).isInstanceOfSatisfying(ListingResult.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo("category 600001 is not a leaf category");
            assertThat(rejected.explanation().id()).contains("Kategori");
        });
    }

    @Test
    void rejectsAMissingMandatoryAttribute() {
        ListingResult result = listings().create(credentials(TTS_SHOP), coffee(KOPI, Map.of()));

        assertThat(result).isInstanceOfSatisfying(ListingResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("mandatory attribute 100100"));
    }

    @Test
    void failsTheAuditOfFoodWithoutAHalalNumber() throws Exception {
        ListingDraft uncertified = coffee(KOPI, COMPOSITION).withCertifications(ListingDraft.Certifications.NONE);
        String productId = ((ListingResult.PendingAudit) listings().create(credentials(TTS_SHOP), uncertified))
                .externalId();

        assertThat(settled(() -> listings().status(credentials(TTS_SHOP), productId)))
                .isInstanceOfSatisfying(ListingResult.Rejected.class, rejected -> {
                    assertThat(rejected.reason())
                            .isEqualTo("food and herbal products require a halal certificate number");
                    assertThat(rejected.explanation().id()).contains("halal");
                });
    }

    @Test
    void answersRateLimitedWithTheWaitWhenTheShopsQuotaIsSpent() {
        List<ListingResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(listings().status(credentials(TTS_LIMITED_SHOP), "1"));
        }

        assertThat(results).anySatisfy(result -> assertThat(result).isInstanceOfSatisfying(
                ListingResult.RateLimited.class, limited -> assertThat(limited.retryAfter()).isPositive()));
    }

    @Test
    void answersAuthenticationFailureForAWrongAppSecret() {
        ListingResult result = listings().create(credentials(TTS_SHOP, "not-the-secret"), coffee(KOPI, COMPOSITION));

        assertThat(result).isInstanceOfSatisfying(ListingResult.AuthenticationFailure.class,
                failure -> assertThat(failure.detail()).contains("106001").doesNotContain("not-the-secret"));
    }

    @Test
    void answersTransientFailureWhenTheMarketplaceTimesOutOrFails() throws Exception {
        faults("tokopedia", "{\"hangMillis\":" + (REQUEST_TIMEOUT.toMillis() + 1000) + "}");
        assertThat(listings().status(credentials(TTS_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);

        faults("tokopedia", "{\"errorRate\":1.0,\"errorStatus\":502}");
        assertThat(listings().status(credentials(TTS_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);

        faults("tokopedia", "{\"down\":true}");
        assertThat(listings().status(credentials(TTS_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);
    }
}

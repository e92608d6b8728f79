package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceListings;

/** The Lazada adapter against the sandbox, over HTTP. */
class LazadaContractIntegrationTests extends ContractTestSupport {

    static final String KOPI = "10101";

    static final Map<String, String> COMPOSITION = Map.of("composition", "biji kopi arabika");

    MarketplaceListings listings() {
        return marketplaces().listings("lazada");
    }

    @Test
    void createsAListingThatPassesQualityControl() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);

        ListingResult created = listings().create(credentials(LAZADA_SHOP), draft);

        assertThat(created).isInstanceOf(ListingResult.PendingAudit.class);
        String itemId = ((ListingResult.PendingAudit) created).externalId();
        assertThat(settled(() -> listings().status(credentials(LAZADA_SHOP), itemId)))
                .isEqualTo(new ListingResult.Accepted(itemId, true));
        assertThat(listing("lazada", itemId).path("input").path("sellerSku").asString()).isEqualTo(draft.sellerSku());
    }

    @Test
    void updatesPriceStockAndContentThenDeactivates() throws Exception {
        ListingDraft draft = coffee(KOPI, COMPOSITION);
        String itemId = ((ListingResult.PendingAudit) listings().create(credentials(LAZADA_SHOP), draft))
                .externalId();
        settled(() -> listings().status(credentials(LAZADA_SHOP), itemId));

        assertThat(listings().updatePrice(credentials(LAZADA_SHOP), itemId, draft.sellerSku(), 70_000))
                .isEqualTo(new ListingResult.Accepted(itemId));
        assertThat(listings().updateStock(credentials(LAZADA_SHOP), itemId, draft.sellerSku(), 7))
                .isEqualTo(new ListingResult.Accepted(itemId));
        assertThat(listing("lazada", itemId).path("price").asLong()).isEqualTo(70_000);
        assertThat(listing("lazada", itemId).path("stock").asInt()).isEqualTo(7);

        assertThat(listings().update(credentials(LAZADA_SHOP), itemId, draft.withTitle("Kopi Bajawa")))
                .isEqualTo(new ListingResult.PendingAudit(itemId));
        assertThat(settled(() -> listings().status(credentials(LAZADA_SHOP), itemId)))
                .isEqualTo(new ListingResult.Accepted(itemId, true));

        assertThat(listings().deactivate(credentials(LAZADA_SHOP), itemId))
                .isEqualTo(new ListingResult.Accepted(itemId, false));
        assertThat(listings().status(credentials(LAZADA_SHOP), itemId))
                .isEqualTo(new ListingResult.Accepted(itemId, false));
    }

    @Test
    void failsQualityControlOfFoodWithoutCertificates() throws Exception {
        ListingDraft uncertified = coffee(KOPI, COMPOSITION).withCertifications(ListingDraft.Certifications.NONE);
        String itemId = ((ListingResult.PendingAudit) listings().create(credentials(LAZADA_SHOP), uncertified))
                .externalId();

        assertThat(settled(() -> listings().status(credentials(LAZADA_SHOP), itemId)))
                .isInstanceOfSatisfying(ListingResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("halal certificate number"));
    }

    @Test
    void rejectsAMissingMandatoryAttributeWithTheFieldAtFault() {
        assertThat(listings().create(credentials(LAZADA_SHOP), coffee(KOPI, Map.of())))
                .isInstanceOfSatisfying(ListingResult.Rejected.class, rejected -> {
                    assertThat(rejected.reason()).contains("mandatory attribute composition").contains("Attributes");
                    assertThat(rejected.explanation().id()).contains("atribut");
                });
    }

    @Test
    void rejectsANonLeafCategory() {
        assertThat(listings().create(credentials(LAZADA_SHOP), coffee("10001", COMPOSITION)))
                .isInstanceOfSatisfying(ListingResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("is not a leaf category"));
    }

    @Test
    void answersRateLimitedWithTheWaitFromApiCallLimit() {
        List<ListingResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(listings().status(credentials(LAZADA_LIMITED_SHOP), "1"));
        }

        assertThat(results).anySatisfy(result -> assertThat(result).isInstanceOfSatisfying(
                ListingResult.RateLimited.class, limited -> assertThat(limited.retryAfter()).isPositive()));
    }

    @Test
    void answersAuthenticationFailureForAWrongAppSecret() {
        assertThat(marketplaces().listings("lazada").status(credentials(LAZADA_SHOP, "not-the-secret"), "1"))
                .isInstanceOfSatisfying(ListingResult.AuthenticationFailure.class,
                        failure -> assertThat(failure.detail()).contains("IncompleteSignature"));
    }

    @Test
    void answersTransientFailureWhenTheMarketplaceTimesOutOrIsDown() throws Exception {
        faults("lazada", "{\"hangMillis\":" + (REQUEST_TIMEOUT.toMillis() + 1000) + "}");
        assertThat(listings().status(credentials(LAZADA_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);

        faults("lazada", "{\"down\":true}");
        assertThat(listings().status(credentials(LAZADA_SHOP), "1")).isInstanceOf(ListingResult.TransientFailure.class);
    }
}

package id.tenun.events.listing;

import static id.tenun.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import id.tenun.events.Examples;

class ListingStatusChangedUnitTests {

    private final ListingStatusChanged rejected = Examples.listingRejected();

    @Test
    void needsTheMarketplacesIdForALiveListing() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "state", ListingState.LIVE))
                .withMessage("ListingStatusChanged.externalId is required when the state is LIVE");
        assertThat(with(rejected, "state", ListingState.LIVE, "externalId", "23894710562").externalId())
                .isEqualTo("23894710562");
    }

    @Test
    void needsAnErrorInPlainWordsForARejectedOrFailingListing() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "lastError", null))
                .withMessage("ListingStatusChanged.lastError is required when the state is REJECTED");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(rejected, "state", ListingState.ERROR, "lastError", null))
                .withMessage("ListingStatusChanged.lastError is required when the state is ERROR");
        assertThatIllegalArgumentException().isThrownBy(() -> new ListingError("error_param", "x", null))
                .withMessage("ListingError.explanation is required");
    }

    @Test
    void allowsAPendingListingThatTheMarketplaceHasNotSeenYet() {
        ListingStatusChanged pending = with(rejected, "state", ListingState.PENDING, "lastError", null);

        assertThat(pending.externalId()).isNull();
        assertThat(pending.key()).isEqualTo("prd-01HV3KERIPIK");
    }

    @Test
    void refusesAnExternalUrlThatIsNotAWebAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "externalUrl", "shopee.co.id/produk/1"))
                .withMessage("ListingStatusChanged.externalUrl must be an absolute http(s) URL, "
                        + "was 'shopee.co.id/produk/1'");
    }

    @Test
    void refusesVersionsBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "productVersion", 0L))
                .withMessage("ListingStatusChanged.productVersion must be greater than 0, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "version", -1L))
                .withMessage("ListingStatusChanged.version must be greater than 0, was -1");
    }

    @Test
    void refusesAnEmptySkuRatherThanNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(rejected, "sku", ""))
                .withMessage("ListingStatusChanged.sku must be null or not blank, was ''");
    }

}

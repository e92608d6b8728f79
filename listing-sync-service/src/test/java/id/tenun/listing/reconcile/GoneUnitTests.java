package id.tenun.listing.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which refusals of a status read mean the listing is gone from the marketplace, to be created again. */
class GoneUnitTests {

    @Test
    void aListingEachMarketplaceNoLongerHasIsGone() {
        assertThat(Reconciler.gone("item_id 1729000000000000012 not found")).isTrue(); // Shopee
        assertThat(Reconciler.gone("product 1729000000000000018 does not exist")).isTrue(); // TikTok Shop
        assertThat(Reconciler.gone("ItemNotFound: item_id 1729000000000000001 does not exist")).isTrue(); // Lazada
        assertThat(Reconciler.gone("SELLER_DELETE")).isTrue();
    }

    @Test
    void aBanOrAnyOtherRefusalIsNot() {
        assertThat(Reconciler.gone("SHOPEE_DELETE")).isFalse();
        assertThat(Reconciler.gone("BANNED: prohibited item")).isFalse();
        assertThat(Reconciler.gone("mandatory attribute composition (Komposisi) is missing")).isFalse();
        assertThat(Reconciler.gone(null)).isFalse();
    }
}

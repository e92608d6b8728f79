package id.tenun.listing.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.tenun.listing.ListingSyncIntegrationTestSupport;

/** The bulk write of the product consumer keeps the guarantee of single writes: never over another writer's change. */
class ListingsIntegrationTests extends ListingSyncIntegrationTestSupport {

    /** A channel no worker serves, so nothing but the test writes these listings. */
    static final String CHANNEL = "unserved";

    static Listing wanted(String sku, long price) {
        return Listing.wanted("prd-bulk", sku, "grp-bulk", CHANNEL, "shop-1", "grp-bulk:" + CHANNEL,
                ListingStateUnitTests.list(1, price, 3), Instant.now(), Duration.ofSeconds(60));
    }

    @Test
    void storesInBulkButGivesBackWhatAnotherWriterChangedOrCreatedBetweenTheReadAndTheWrite() {
        Listing raced = wanted("SKU-RACED", 10_000);
        Listing calm = wanted("SKU-CALM", 10_000);
        Listing existing = wanted("SKU-EXISTING", 10_000);
        listings.add(raced);
        listings.add(calm);
        listings.add(existing);
        Listing racedAsRead = listings.find(raced.id()).orElseThrow();
        Listing calmAsRead = listings.find(calm.id()).orElseThrow();
        listings.change(raced.id(), l -> l.resync(Instant.now(), "another writer came first"));
        Listing brandNew = wanted("SKU-NEW", 10_000);
        Desired cheaper = ListingStateUnitTests.list(2, 9_000, 3);

        Set<String> unsure = listings.storeAll(List.of(
                new Listings.Write(racedAsRead, racedAsRead.desire(cheaper, Instant.now(), Duration.ZERO)),
                new Listings.Write(calmAsRead, calmAsRead.desire(cheaper, Instant.now(), Duration.ZERO)),
                new Listings.Write(null, brandNew), new Listings.Write(null, wanted("SKU-EXISTING", 12_000))));

        assertThat(unsure).containsExactlyInAnyOrder(raced.id(), existing.id());
        Listing racedNow = listings.find(raced.id()).orElseThrow();
        assertThat(racedNow.history()).anyMatch(a -> "another writer came first".equals(a.detail()));
        assertThat(racedNow.desired().payload().priceRupiah()).isEqualTo(10_000);
        assertThat(listings.find(existing.id()).orElseThrow().desired().payload().priceRupiah()).isEqualTo(10_000);
        assertThat(listings.find(brandNew.id())).isPresent();
        assertThat(listings.find(calm.id()).orElseThrow().desired().payload().priceRupiah()).isEqualTo(9_000);
    }
}

package id.tenun.marketplaces;

/** What listing sync needs from a marketplace. Every call answers a {@link ListingResult}; none throws for a refusal. */
public interface MarketplaceListings {

    Channel channel();

    /** Creates the listing (uploading images first where the marketplace wants that). */
    ListingResult create(String shopId, ListingDraft draft);

    /** Replaces the listing's content with the draft's. */
    ListingResult update(String shopId, String externalId, ListingDraft draft);

    ListingResult updatePrice(String shopId, String externalId, String sellerSku, long priceRupiah);

    ListingResult updateStock(String shopId, String externalId, String sellerSku, int stock);

    /** Takes the listing off sale (it can be reactivated by an update). */
    ListingResult deactivate(String shopId, String externalId);

    /** Reads where the listing stands: live, inactive, under review, or rejected with the marketplace's reason. */
    default ListingResult status(String shopId, String externalId) {
        return read(shopId, externalId).status();
    }

    /** Reads where the listing stands and the price and stock the marketplace shows (one call). */
    ListingView read(String shopId, String externalId);
}

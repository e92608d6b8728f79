package id.tenun.marketplaces;

/**
 * What listing sync needs from a marketplace, for the shop whose credentials each call is given. Every call answers a
 * {@link ListingResult}; none throws for a refusal.
 */
public interface MarketplaceListings {

    Channel channel();

    /** Creates the listing (uploading images first where the marketplace wants that). */
    ListingResult create(ShopCredentials shop, ListingDraft draft);

    /** Replaces the listing's content with the draft's. */
    ListingResult update(ShopCredentials shop, String externalId, ListingDraft draft);

    ListingResult updatePrice(ShopCredentials shop, String externalId, String sellerSku, long priceRupiah);

    ListingResult updateStock(ShopCredentials shop, String externalId, String sellerSku, int stock);

    /** Takes the listing off sale (it can be reactivated by an update). */
    ListingResult deactivate(ShopCredentials shop, String externalId);

    /** Reads where the listing stands: live, inactive, under review, or rejected with the marketplace's reason. */
    default ListingResult status(ShopCredentials shop, String externalId) {
        return read(shop, externalId).status();
    }

    /** Reads where the listing stands and the price and stock the marketplace shows (one call). */
    ListingView read(ShopCredentials shop, String externalId);

    /**
     * Looks the listing up by its seller SKU (our SKU), for a create whose answer was lost: whether it landed.
     * Answers {@link ListingMatch.Unanswered} when the search failed, never {@link ListingMatch.NotFound}.
     */
    ListingMatch find(ShopCredentials shop, String sellerSku);

    /**
     * The most HTTP calls {@link #create} of a draft with this many photos makes, for the caller's rate limiter
     * (which paces calls, not operations): one, plus one per photo where the marketplace wants photos uploaded first.
     */
    int createCalls(int photos);

    /** The most HTTP calls {@link #update} of a draft with this many photos makes, for the caller's rate limiter. */
    int updateCalls(int photos);

    /** The most HTTP calls {@link #find} makes, for the caller's rate limiter. */
    default int findCalls() {
        return 1;
    }

    /**
     * The most HTTP calls {@link #updatePrice} or {@link #updateStock} of this listing makes now, for the caller's
     * rate limiter (which paces calls, not operations): 1, or 2 where the adapter must first read the marketplace's
     * own id of the SKU.
     */
    default int priceOrStockCalls(ShopCredentials shop, String externalId, String sellerSku) {
        return 1;
    }
}

package id.tenun.marketplaces.shopee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Amounts;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingFailures;
import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.RejectionExplanations;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.http.ImageFetcher;

/** Listings on Shopee v2: synchronous, images uploaded to the media space first. */
final class ShopeeListings implements MarketplaceListings {

    static final String UPLOAD_IMAGE = "/api/v2/media_space/upload_image";

    static final String ADD_ITEM = "/api/v2/product/add_item";

    static final String UPDATE_ITEM = "/api/v2/product/update_item";

    static final String UPDATE_PRICE = "/api/v2/product/update_price";

    static final String UPDATE_STOCK = "/api/v2/product/update_stock";

    static final String UNLIST_ITEM = "/api/v2/product/unlist_item";

    static final String ITEM_BASE_INFO = "/api/v2/product/get_item_base_info";

    static final String SEARCH_ITEM = "/api/v2/product/search_item";

    /** Items asked for per search page: one seller SKU names one item, or a few duplicates. */
    static final String SEARCH_PAGE_SIZE = "10";

    private final ShopeeClient client;

    private final ShopeePayloads payloads;

    ShopeeListings(ShopeeClient client) {
        this.client = client;
        this.payloads = new ShopeePayloads(client.json());
    }

    @Override
    public Channel channel() {
        return Channel.SHOPEE;
    }

    /** Photos are uploaded first. */
    @Override
    public int createCalls(int photos) {
        return photos + 1;
    }

    /** Photos are uploaded first, and price and stock are set apart from the item (two more calls). */
    @Override
    public int updateCalls(int photos) {
        return photos + 3;
    }

    /** The search, then the items' base info to match the SKU exactly. */
    @Override
    public int findCalls() {
        return 2;
    }

    @Override
    public ListingResult create(ShopCredentials shop, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            List<String> images = uploadImages(shop, draft.imageUrls());
            ShopeeClient.Reply reply = client.post(shop, ADD_ITEM, payloads.addItem(draft, images, logistic(shop)));
            return reply.failure().orElseGet(() -> itemResult(reply.response().path("item_id").asString(""),
                    reply.response().path("item_status").asString("NORMAL")));
        });
    }

    @Override
    public ListingResult update(ShopCredentials shop, String externalId, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            List<String> images = uploadImages(shop, draft.imageUrls());
            ShopeeClient.Reply reply = client.post(shop, UPDATE_ITEM,
                    payloads.updateItem(externalId, draft, images, logistic(shop)));
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                return failure.get();
            }
            ListingResult price = updatePrice(shop, externalId, draft.sellerSku(), draft.priceRupiah());
            if (!(price instanceof ListingResult.Accepted)) {
                return price;
            }
            ListingResult stock = updateStock(shop, externalId, draft.sellerSku(), draft.stock());
            if (!(stock instanceof ListingResult.Accepted)) {
                return stock;
            }
            return itemResult(externalId, reply.response().path("item_status").asString("NORMAL"));
        });
    }

    @Override
    public ListingResult updatePrice(ShopCredentials shop, String externalId, String sellerSku, long priceRupiah) {
        return ListingFailures.guarded(() -> {
            return client.post(shop, UPDATE_PRICE, payloads.updatePrice(externalId, priceRupiah))
                    .failure()
                    .orElseGet(() -> new ListingResult.Accepted(externalId));
        });
    }

    @Override
    public ListingResult updateStock(ShopCredentials shop, String externalId, String sellerSku, int stock) {
        return ListingFailures.guarded(() -> {
            return client.post(shop, UPDATE_STOCK, payloads.updateStock(externalId, stock))
                    .failure()
                    .orElseGet(() -> new ListingResult.Accepted(externalId));
        });
    }

    @Override
    public ListingResult deactivate(ShopCredentials shop, String externalId) {
        return ListingFailures.guarded(() -> {
            return client.post(shop, UNLIST_ITEM, payloads.unlist(externalId))
                    .failure()
                    .orElseGet(() -> new ListingResult.Accepted(externalId, false));
        });
    }

    @Override
    public ListingView read(ShopCredentials shop, String externalId) {
        return ListingFailures.guardedRead(() -> {
            ShopeeClient.Reply reply = client.get(shop, ITEM_BASE_INFO, Map.of("item_id_list", externalId));
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                return ListingView.of(failure.get());
            }
            for (JsonNode item : reply.response().path("item_list")) {
                if (externalId.equals(item.path("item_id").asString(""))) {
                    return viewOf(externalId, item);
                }
            }
            String reason = "item " + externalId + " not found";
            return ListingView
                    .of(new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.SHOPEE, reason)));
        });
    }

    /**
     * {@code search_item} by {@code item_sku}, then {@code get_item_base_info} of the items found to keep only those
     * whose {@code item_sku} is exactly ours (the search is not documented as an exact match): two calls when the
     * search finds something, one when it finds nothing. Deleted items do not count.
     */
    @Override
    public ListingMatch find(ShopCredentials shop, String sellerSku) {
        return ListingFailures.guardedFind(() -> {
            ShopeeClient.Reply search = client.get(shop, SEARCH_ITEM,
                    Map.of("item_sku", sellerSku, "offset", "0", "page_size", SEARCH_PAGE_SIZE));
            Optional<ListingResult> failure = search.failure();
            if (failure.isPresent()) {
                return new ListingMatch.Unanswered(failure.get());
            }
            List<String> ids = new ArrayList<>();
            search.response().path("item_id_list").forEach(id -> ids.add(id.asString("")));
            if (ids.isEmpty()) {
                return new ListingMatch.NotFound();
            }
            ShopeeClient.Reply items = client.get(shop, ITEM_BASE_INFO, Map.of("item_id_list", String.join(",", ids)));
            failure = items.failure();
            if (failure.isPresent()) {
                return new ListingMatch.Unanswered(failure.get());
            }
            return matching(items.response().path("item_list"), sellerSku);
        });
    }

    /** The first item of a {@code get_item_base_info} answer with this {@code item_sku} that is not deleted. */
    static ListingMatch matching(JsonNode items, String sellerSku) {
        for (JsonNode item : items) {
            String status = item.path("item_status").asString("");
            if (sellerSku.equals(item.path("item_sku").asString("")) && !status.endsWith("DELETE")
                    && !item.path("item_id").asString("").isEmpty()) {
                return new ListingMatch.Found(item.path("item_id").asString(""));
            }
        }
        return new ListingMatch.NotFound();
    }

    /**
     * An item of {@code get_item_base_info}, without models: its status, {@code price_info[0].original_price} (the
     * price the seller set, before promotions) and the seller's stock summed over locations
     * ({@code stock_info_v2.seller_stock}), else {@code stock_info_v2.summary_info.total_available_stock}.
     */
    static ListingView viewOf(String externalId, JsonNode item) {
        Long rupiah = Amounts.rupiah(item.path("price_info").path(0).path("original_price"));
        JsonNode stockInfo = item.path("stock_info_v2");
        Integer stock = Amounts.unitsSummed(stockInfo.path("seller_stock"), "stock");
        if (stock == null) {
            stock = Amounts.units(stockInfo.path("summary_info").path("total_available_stock"));
        }
        return new ListingView(itemResult(externalId, item.path("item_status").asString("")), rupiah, stock);
    }

    static ListingResult itemResult(String itemId, String status) {
        switch (status) {
            case "NORMAL" :
                return new ListingResult.Accepted(itemId, true);
            case "REVIEWING" :
                return new ListingResult.PendingAudit(itemId);
            case "BANNED" :
            case "SHOPEE_DELETE" : {
                String reason = "Item status " + status;
                return new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.SHOPEE, reason));
            }
            default :
                return new ListingResult.Accepted(itemId, false);
        }
    }

    private List<String> uploadImages(ShopCredentials shop, List<String> urls) {
        List<String> ids = new ArrayList<>();
        for (String url : urls) {
            ImageFetcher.Image image = fetch(url);
            String name = url.substring(url.lastIndexOf('/') + 1);
            ShopeeClient.Reply reply = client.upload(shop, UPLOAD_IMAGE, "image", name.isBlank() ? "image.jpg" : name,
                    image.contentType(), image.bytes());
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                throw new ListingFailures.Stop(failure.get());
            }
            ids.add(reply.response().path("image_info").path("image_id").asString(""));
        }
        return ids;
    }

    private static String logistic(ShopCredentials shop) {
        return shop.option("logistic_id", "0");
    }

    private ImageFetcher.Image fetch(String url) {
        try {
            return client.images().fetch(url);
        } catch (ImageFetcher.Refused refused) {
            throw new ListingFailures.Stop(new ListingResult.Rejected(refused.getMessage(),
                    RejectionExplanations.explain(Channel.SHOPEE, refused.getMessage())));
        }
    }
}

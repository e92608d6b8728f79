package id.tenun.marketplaces.lazada;

import java.util.Locale;
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

/** Listings on Lazada: images by URL in the payload, then an asynchronous QC. */
final class LazadaListings implements MarketplaceListings {

    static final String CREATE = "/product/create";

    static final String UPDATE = "/product/update";

    static final String PRICE_QUANTITY = "/product/price_quantity/update";

    static final String DEACTIVATE = "/product/deactivate";

    static final String ITEM = "/product/item/get";

    static final String PRODUCTS = "/products/get";

    /** Products asked for per search page: one seller SKU names one product, or a few duplicates. */
    static final String SEARCH_LIMIT = "10";

    private final LazadaClient client;

    private final LazadaPayloads payloads;

    LazadaListings(LazadaClient client) {
        this.client = client;
        this.payloads = new LazadaPayloads(client.json());
    }

    @Override
    public Channel channel() {
        return Channel.LAZADA;
    }

    /** Lazada takes the photos' addresses. */
    @Override
    public int createCalls(int photos) {
        return 1;
    }

    @Override
    public int updateCalls(int photos) {
        return 1;
    }

    @Override
    public ListingResult create(ShopCredentials shop, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            LazadaClient.Reply reply = client.post(shop, CREATE,
                    Map.of("payload", client.json(payloads.product(draft, null))));
            return reply.failure()
                    .orElseGet(() -> new ListingResult.PendingAudit(reply.data().path("item_id").asString("")));
        });
    }

    @Override
    public ListingResult update(ShopCredentials shop, String externalId, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            LazadaClient.Reply reply = client.post(shop, UPDATE,
                    Map.of("payload", client.json(payloads.product(draft, externalId))));
            return reply.failure().orElseGet(() -> new ListingResult.PendingAudit(externalId));
        });
    }

    @Override
    public ListingResult updatePrice(ShopCredentials shop, String externalId, String sellerSku, long priceRupiah) {
        return priceQuantity(shop, externalId, sellerSku, priceRupiah, null);
    }

    @Override
    public ListingResult updateStock(ShopCredentials shop, String externalId, String sellerSku, int stock) {
        return priceQuantity(shop, externalId, sellerSku, null, stock);
    }

    private ListingResult priceQuantity(ShopCredentials shop, String externalId, String sellerSku, Long price,
            Integer quantity) {
        return ListingFailures.guarded(() -> {
            return client
                    .post(shop, PRICE_QUANTITY,
                            Map.of("payload",
                                    client.json(payloads.priceQuantity(externalId, sellerSku, price, quantity))))
                    .failure()
                    .orElseGet(() -> new ListingResult.Accepted(externalId));
        });
    }

    @Override
    public ListingResult deactivate(ShopCredentials shop, String externalId) {
        return ListingFailures.guarded(() -> {
            return client
                    .post(shop, DEACTIVATE, Map.of("apiRequestBody", client.json(payloads.deactivation(externalId))))
                    .failure()
                    .orElseGet(() -> new ListingResult.Accepted(externalId, false));
        });
    }

    @Override
    public ListingView read(ShopCredentials shop, String externalId) {
        return ListingFailures.guardedRead(() -> {
            LazadaClient.Reply reply = client.get(shop, ITEM, Map.of("item_id", externalId));
            return reply.failure().map(ListingView::of).orElseGet(() -> viewOf(externalId, reply.data()));
        });
    }

    /** {@code /products/get} with {@code sku_seller_list} (a JSON array) and {@code filter=all}; deleted ones do not count. */
    @Override
    public ListingMatch find(ShopCredentials shop, String sellerSku) {
        return ListingFailures.guardedFind(() -> {
            LazadaClient.Reply reply = client.get(shop, PRODUCTS, Map.of("filter", "all", "sku_seller_list",
                    client.json(payloads.sellerSkus(sellerSku)), "offset", "0", "limit", SEARCH_LIMIT));
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                return new ListingMatch.Unanswered(failure.get());
            }
            return matching(reply.data().path("products"), sellerSku);
        });
    }

    /** The first product of a {@code /products/get} answer with a SKU of this {@code SellerSku}, not deleted. */
    static ListingMatch matching(JsonNode products, String sellerSku) {
        for (JsonNode product : products) {
            String itemId = product.path("item_id").asString("");
            if (itemId.isEmpty() || "deleted".equalsIgnoreCase(product.path("status").asString(""))) {
                continue;
            }
            for (JsonNode sku : product.path("skus")) {
                if (sellerSku.equals(sku.path("SellerSku").asString(""))) {
                    return new ListingMatch.Found(itemId);
                }
            }
        }
        return new ListingMatch.NotFound();
    }

    /** The item's status, its SKU's {@code price} (the seller's; {@code special_price} is a promotion) and quantity. */
    static ListingView viewOf(String externalId, JsonNode item) {
        JsonNode sku = item.path("skus").path(0);
        return new ListingView(statusOf(externalId, item), Amounts.rupiah(sku.path("price")),
                Amounts.units(sku.path("quantity")));
    }

    /** Lazada product statuses [B]: Active, InActive, Deleted, Pending (QC), Rejected (with reject_reason). */
    static ListingResult statusOf(String externalId, JsonNode item) {
        String status = item.path("status").asString("");
        switch (status.toLowerCase(Locale.ROOT)) {
            case "active" :
                return new ListingResult.Accepted(externalId, true);
            case "pending" :
                return new ListingResult.PendingAudit(externalId);
            case "rejected" : {
                String reason = item.path("reject_reason").asString("Rejected by QC");
                return new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.LAZADA, reason));
            }
            default :
                return new ListingResult.Accepted(externalId, false);
        }
    }
}

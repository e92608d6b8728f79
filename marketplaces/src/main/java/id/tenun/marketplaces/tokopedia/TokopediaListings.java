package id.tenun.marketplaces.tokopedia;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Amounts;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingFailures;
import id.tenun.marketplaces.ListingMatch;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.ListingView;
import id.tenun.marketplaces.LocalizedText;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.RejectionExplanations;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.http.ImageFetcher;

/** Listings on Tokopedia and TikTok Shop through the Partner API 202309. */
final class TokopediaListings implements MarketplaceListings {

    static final String PRODUCTS = "/product/202309/products";

    static final String IMAGES = "/product/202309/images/upload";

    static final String SEARCH = PRODUCTS + "/search";

    /** Products asked for per search page: one seller SKU names one product, or a few duplicates. */
    static final String SEARCH_PAGE_SIZE = "10";

    private final TokopediaClient client;

    private final TokopediaPayloads payloads;

    private final SkuIds skuIds;

    TokopediaListings(TokopediaClient client, SkuIds skuIds) {
        this.client = client;
        this.payloads = new TokopediaPayloads(client.json());
        this.skuIds = skuIds;
    }

    @Override
    public Channel channel() {
        return Channel.TOKOPEDIA;
    }

    /** Photos are uploaded first. */
    @Override
    public int createCalls(int photos) {
        return photos + 1;
    }

    @Override
    public int updateCalls(int photos) {
        return photos + 1;
    }

    @Override
    public ListingResult create(ShopCredentials shop, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            List<String> uris = uploadImages(shop, draft.imageUrls());
            TokopediaClient.Reply reply = client.call(shop, "POST", PRODUCTS, Map.of(),
                    payloads.product(draft, uris, warehouse(shop)));
            return reply.failure().orElseGet(() -> {
                String productId = reply.data().path("product_id").asString("");
                skuIds.remember(shop.shopId(), productId, reply.data().path("skus"));
                return new ListingResult.PendingAudit(productId);
            });
        });
    }

    @Override
    public ListingResult update(ShopCredentials shop, String externalId, ListingDraft draft) {
        return ListingFailures.guarded(() -> {
            List<String> uris = uploadImages(shop, draft.imageUrls());
            // a full edit may give the SKUs new ids: forget them, and remember those the answer lists
            skuIds.forget(shop.shopId(), externalId);
            TokopediaClient.Reply reply = client.call(shop, "PUT", PRODUCTS + "/" + externalId, Map.of(),
                    payloads.product(draft, uris, warehouse(shop)));
            return reply.failure().orElseGet(() -> {
                skuIds.remember(shop.shopId(), externalId, reply.data().path("skus"));
                return new ListingResult.PendingAudit(externalId);
            });
        });
    }

    @Override
    public ListingResult updatePrice(ShopCredentials shop, String externalId, String sellerSku, long priceRupiah) {
        return skuUpdate(shop, externalId, sellerSku, "/prices/update",
                skuId -> payloads.priceUpdate(skuId, priceRupiah));
    }

    @Override
    public ListingResult updateStock(ShopCredentials shop, String externalId, String sellerSku, int stock) {
        return skuUpdate(shop, externalId, sellerSku, "/inventory/update",
                skuId -> payloads.stockUpdate(skuId, warehouse(shop), stock));
    }

    /** One call with a remembered SKU id, else two (the product is read first to learn it). */
    @Override
    public int priceOrStockCalls(ShopCredentials shop, String externalId, String sellerSku) {
        return skuIds.get(shop.shopId(), externalId, sellerSku).isPresent() ? 1 : 2;
    }

    /**
     * A price or stock update of one SKU, by TikTok Shop's id of it: the remembered one, else read from the product.
     * A refusal of a remembered id forgets it and answers a transient failure, so that the next attempt reads the
     * product again once (and a refusal of a freshly read id is a refusal).
     */
    private ListingResult skuUpdate(ShopCredentials shop, String externalId, String sellerSku, String action,
            Function<String, JsonNode> body) {
        return ListingFailures.guarded(() -> {
            Optional<String> remembered = skuIds.get(shop.shopId(), externalId, sellerSku);
            String skuId = remembered.orElseGet(() -> skuId(shop, externalId, sellerSku));
            TokopediaClient.Reply reply = client.call(shop, "POST", PRODUCTS + "/" + externalId + action, Map.of(),
                    body.apply(skuId));
            Optional<ListingResult> failure = reply.failure();
            if (remembered.isPresent() && failure.isPresent()
                    && failure.get() instanceof ListingResult.Rejected refused) {
                skuIds.forget(shop.shopId(), externalId);
                return new ListingResult.TransientFailure("TikTok Shop refused the remembered SKU id " + skuId
                        + " (" + refused.reason() + "); the product is read again on the next attempt");
            }
            return failure.orElseGet(() -> new ListingResult.Accepted(externalId));
        });
    }

    @Override
    public ListingResult deactivate(ShopCredentials shop, String externalId) {
        return ListingFailures.guarded(() -> {
            TokopediaClient.Reply reply = client.call(shop, "POST", PRODUCTS + "/deactivate", Map.of(),
                    payloads.deactivation(externalId));
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                return failure.get();
            }
            JsonNode errors = reply.data().path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                String reason = errors.get(0).path("message").asString("deactivation failed");
                return new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.TOKOPEDIA, reason));
            }
            return new ListingResult.Accepted(externalId, false);
        });
    }

    @Override
    public ListingView read(ShopCredentials shop, String externalId) {
        return ListingFailures.guardedRead(() -> {
            TokopediaClient.Reply reply = client.call(shop, "GET", PRODUCTS + "/" + externalId, Map.of(), null);
            return reply.failure().map(ListingView::of).orElseGet(() -> {
                skuIds.remember(shop.shopId(), externalId, reply.data().path("skus"));
                return viewOf(externalId, reply.data());
            });
        });
    }

    /** {@code POST /product/202309/products/search} with {@code seller_skus}; deleted products do not count. */
    @Override
    public ListingMatch find(ShopCredentials shop, String sellerSku) {
        return ListingFailures.guardedFind(() -> {
            TokopediaClient.Reply reply = client.call(shop, "POST", SEARCH, Map.of("page_size", SEARCH_PAGE_SIZE),
                    payloads.search(sellerSku));
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                return new ListingMatch.Unanswered(failure.get());
            }
            JsonNode product = matching(reply.data().path("products"), sellerSku);
            if (product == null) {
                return new ListingMatch.NotFound();
            }
            String productId = product.path("id").asString("");
            skuIds.remember(shop.shopId(), productId, product.path("skus"));
            return new ListingMatch.Found(productId);
        });
    }

    /** The first product of a search answer that carries the seller SKU and is not deleted, or null. */
    static JsonNode matching(JsonNode products, String sellerSku) {
        for (JsonNode product : products) {
            if ("DELETED".equals(product.path("status").asString("")) || product.path("id").asString("").isEmpty()) {
                continue;
            }
            for (JsonNode sku : product.path("skus")) {
                if (sellerSku.equals(sku.path("seller_sku").asString(""))) {
                    return product;
                }
            }
        }
        return null;
    }

    static ListingResult statusOf(String externalId, JsonNode product) {
        String status = product.path("status").asString("");
        switch (status) {
            case "PENDING" :
                return new ListingResult.PendingAudit(externalId);
            case "ACTIVATE" :
                return new ListingResult.Accepted(externalId, true);
            case "FAILED" :
            case "PLATFORM_DEACTIVATED" :
            case "FREEZE" : {
                String reason = auditReasons(product);
                String verbatim = reason.isEmpty() ? "Product status " + status : reason;
                return new ListingResult.Rejected(verbatim, RejectionExplanations.explain(Channel.TOKOPEDIA, verbatim));
            }
            default :
                return new ListingResult.Accepted(externalId, false);
        }
    }

    /**
     * Where the product stands, with the price and stock of its SKU (Tenun lists one per product): the price before
     * tax the seller set ({@code tax_exclusive_price}; {@code amount} as the create body has it), the stock summed
     * over warehouses.
     */
    static ListingView viewOf(String externalId, JsonNode product) {
        JsonNode sku = product.path("skus").path(0);
        JsonNode price = sku.path("price");
        Long rupiah = Amounts.rupiah(price.path("tax_exclusive_price"));
        if (rupiah == null) {
            rupiah = Amounts.rupiah(price.path("amount"));
        }
        return new ListingView(statusOf(externalId, product), rupiah,
                Amounts.unitsSummed(sku.path("inventory"), "quantity"));
    }

    private static String auditReasons(JsonNode product) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode failed : product.path("audit_failed_reasons")) {
            for (JsonNode reason : failed.path("reasons")) {
                reasons.add(reason.asString(""));
            }
        }
        return String.join("; ", reasons);
    }

    private String skuId(ShopCredentials shop, String productId, String sellerSku) {
        TokopediaClient.Reply reply = client.call(shop, "GET", PRODUCTS + "/" + productId, Map.of(), null).orThrow();
        skuIds.remember(shop.shopId(), productId, reply.data().path("skus"));
        for (JsonNode sku : reply.data().path("skus")) {
            if (sellerSku.equals(sku.path("seller_sku").asString(""))) {
                return sku.path("id").asString("");
            }
        }
        throw new ListingFailures.Stop(new ListingResult.Rejected(
                "seller_sku " + sellerSku + " is not in product " + productId,
                new LocalizedText("Produk ini di Tokopedia tidak memuat SKU " + sellerSku
                        + ". Perbarui daftar produknya dulu.",
                        "This product on Tokopedia does not hold SKU "
                                + sellerSku + ". Update its listing first.")));
    }

    private List<String> uploadImages(ShopCredentials shop, List<String> urls) {
        List<String> uris = new ArrayList<>();
        for (String url : urls) {
            ImageFetcher.Image image = fetch(url);
            String type = image.contentType();
            TokopediaClient.Reply reply = client.upload(shop, IMAGES, Map.of("use_case", "MAIN_IMAGE"), "data",
                    fileName(url), type, image.bytes());
            Optional<ListingResult> failure = reply.failure();
            if (failure.isPresent()) {
                throw new ListingFailures.Stop(failure.get());
            }
            uris.add(reply.data().path("uri").asString(""));
        }
        return uris;
    }

    private static String fileName(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        return name.isBlank() ? "image.jpg" : name;
    }

    private static String warehouse(ShopCredentials shop) {
        return shop.option("warehouse_id", "");
    }

    private ImageFetcher.Image fetch(String url) {
        try {
            return client.images().fetch(url);
        } catch (ImageFetcher.Refused refused) {
            throw new ListingFailures.Stop(new ListingResult.Rejected(refused.getMessage(),
                    RejectionExplanations.explain(Channel.TOKOPEDIA, refused.getMessage())));
        }
    }
}

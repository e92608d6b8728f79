package id.tenun.sandbox.lazada;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.DemoCategories;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ListingInput;
import id.tenun.sandbox.core.ListingRules;
import id.tenun.sandbox.core.Paging;
import id.tenun.sandbox.core.Reviewer;
import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.core.SandboxListings;

/** Lazada product endpoints: {@code payload} JSON, then an asynchronous QC. */
@RestController
@RequestMapping(LazadaGate.PREFIX)
class LazadaProductsApi {

    static final String CHANNEL = "lazada";

    static final List<String> FILTERS = List.of("all", "live", "inactive", "deleted", "image-missing", "pending",
            "rejected", "sold-out");

    private static final Set<String> KNOWN_ATTRIBUTES = Set.of("name", "description", "brand", "halal_number",
            "bpom_number", "pirt_number");

    private final LazadaGate gate;

    private final LazadaSandboxProperties properties;

    private final SandboxListings listings;

    private final Reviewer reviewer;

    private final Clock clock;

    private final DemoCategories categories = DemoCategories.forChannel(CHANNEL);

    LazadaProductsApi(LazadaGate gate, LazadaSandboxProperties properties, SandboxListings listings, Reviewer reviewer,
            Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.listings = listings;
        this.reviewer = reviewer;
        this.clock = clock;
    }

    @PostMapping("/product/create")
    ResponseEntity<String> create(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        ListingInput input = read(payload(call, "payload"));
        String sellerId = call.shop().sellerId();
        if (listings.all(CHANNEL, sellerId).stream()
                .anyMatch(listing -> listing.getSellerSku().equals(input.sellerSku()))) {
            throw LazadaGate.invalid("SellerSku", "SellerSku " + input.sellerSku() + " already exists");
        }
        SandboxListing listing = new SandboxListing(CHANNEL, sellerId, listings.nextId(), listings.nextId(), input,
                SandboxListing.State.PENDING, clock.instant());
        listings.save(listing);
        reviewer.review(listing, categories, properties.qcDelay(), reviewed -> {
        });
        return LazadaGate.ok(created(listing));
    }

    @PostMapping("/product/update")
    ResponseEntity<String> update(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        JsonNode product = payload(call, "payload");
        SandboxListing listing = existing(call, product.path("ItemId").asString(""));
        listing.replace(read(product), SandboxListing.State.PENDING, clock.instant());
        reviewer.review(listing, categories, properties.qcDelay(), reviewed -> {
        });
        return LazadaGate.ok(created(listing));
    }

    @PostMapping("/product/price_quantity/update")
    ResponseEntity<String> priceQuantity(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        JsonNode skus = payload(call, "payload").path("Skus").path("Sku");
        if (!skus.isArray() || skus.isEmpty()) {
            throw LazadaGate.invalid("Skus", "Skus is required");
        }
        for (JsonNode sku : skus) {
            SandboxListing listing = existing(call, sku.path("ItemId").asString(""));
            if (!listing.getSellerSku().equals(sku.path("SellerSku").asString(""))) {
                throw LazadaGate.invalid("SellerSku",
                        "SellerSku " + sku.path("SellerSku").asString("") + " does not belong to item "
                                + listing.getItemId());
            }
            if (sku.has("Price")) {
                long price = whole(sku.path("Price"), "Price");
                if (price <= 0) {
                    throw LazadaGate.invalid("Price", "Price must be greater than 0");
                }
                listing.price(price, clock.instant());
            }
            if (sku.has("Quantity")) {
                long quantity = whole(sku.path("Quantity"), "Quantity");
                if (quantity < 0) {
                    throw LazadaGate.invalid("Quantity", "Quantity must not be negative");
                }
                listing.stock((int) quantity, clock.instant());
            }
        }
        return LazadaGate.ok(Json.object());
    }

    @PostMapping("/product/deactivate")
    ResponseEntity<String> deactivate(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        SandboxListing listing = existing(call, payload(call, "apiRequestBody").path("ItemId").asString(""));
        listing.state(SandboxListing.State.INACTIVE, "", clock.instant());
        return LazadaGate.ok(Json.object());
    }

    @GetMapping("/product/item/get")
    ResponseEntity<String> item(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        return LazadaGate.ok(rendered(existing(call, call.parameters().getOrDefault("item_id", ""))));
    }

    /** A product as {@code /product/item/get} and {@code /products/get} show it. */
    private static ObjectNode rendered(SandboxListing listing) {
        ListingInput input = listing.getInput();
        ObjectNode data = Json.object();
        data.put("item_id", Long.parseLong(listing.getItemId()));
        data.put("primary_category", Long.parseLong(input.categoryId()));
        data.put("status", status(listing));
        if (listing.getState() == SandboxListing.State.REJECTED) {
            data.put("reject_reason", listing.getRejectReason());
        }
        ObjectNode attributes = data.putObject("attributes");
        attributes.put("name", input.title());
        attributes.put("description", input.description());
        ObjectNode sku = data.putArray("skus").addObject();
        sku.put("SellerSku", listing.getSellerSku());
        sku.put("SkuId", Long.parseLong(listing.getSkuId()));
        sku.put("quantity", listing.getStock());
        sku.put("price", listing.getPrice() + ".00");
        sku.put("Status", listing.getState() == SandboxListing.State.ACTIVE ? "active" : "inactive");
        data.put("created_time", Long.toString(listing.getCreatedAt().toEpochMilli()));
        data.put("updated_time", Long.toString(listing.getUpdatedAt().toEpochMilli()));
        return data;
    }

    /**
     * {@code /products/get}: the seller's products, oldest first, by {@code filter} (required: all, live, inactive,
     * deleted, image-missing, pending, rejected, sold-out), those with a SKU of {@code sku_seller_list} (a JSON array of
     * up to 100 seller SKUs) only if given; {@code offset} 0 or more, {@code limit} 1–50 (default 10).
     */
    @GetMapping("/products/get")
    ResponseEntity<String> products(HttpServletRequest request) {
        LazadaGate.Admitted call = gate.admit(request);
        Map<String, String> parameters = call.parameters();
        String filter = parameters.getOrDefault("filter", "");
        if (!FILTERS.contains(filter)) {
            throw LazadaGate.invalid("filter", "filter must be one of " + String.join(", ", FILTERS));
        }
        List<String> sellerSkus = new ArrayList<>();
        String list = parameters.getOrDefault("sku_seller_list", "");
        if (!list.isEmpty()) {
            JsonNode skus = Json.read(list);
            if (!skus.isArray() || skus.size() > 100) {
                throw LazadaGate.invalid("sku_seller_list",
                        "sku_seller_list must be a JSON array of up to 100 seller SKUs");
            }
            skus.forEach(sku -> sellerSkus.add(sku.asString("")));
        }
        int offset = Paging.number(parameters.getOrDefault("offset", "0"), 0, Integer.MAX_VALUE)
                .orElseThrow(() -> LazadaGate.invalid("offset", "offset must be a whole number, 0 or more"));
        int limit = Paging.number(parameters.getOrDefault("limit", "10"), 1, 50)
                .orElseThrow(() -> LazadaGate.invalid("limit", "limit must be a whole number from 1 to 50"));
        List<SandboxListing> found = listings.bySellerSku(CHANNEL, call.shop().sellerId(), sellerSkus)
                .stream()
                .filter(listing -> shownBy(filter, listing))
                .toList();
        ObjectNode data = Json.object();
        data.put("total_products", found.size());
        ArrayNode products = data.putArray("products");
        Paging.page(found, offset, limit).forEach(listing -> products.add(rendered(listing)));
        return LazadaGate.ok(data);
    }

    private static boolean shownBy(String filter, SandboxListing listing) {
        return switch (filter) {
            case "live" -> listing.getState() == SandboxListing.State.ACTIVE;
            case "inactive" -> listing.getState() == SandboxListing.State.INACTIVE;
            case "pending" -> listing.getState() == SandboxListing.State.PENDING;
            case "rejected" -> listing.getState() == SandboxListing.State.REJECTED;
            case "deleted" -> false;
            case "sold-out" -> listing.getStock() == 0;
            default -> true;
        };
    }

    static String status(SandboxListing listing) {
        return switch (listing.getState()) {
            case PENDING -> "Pending";
            case ACTIVE -> "Active";
            case REJECTED -> "Rejected";
            case INACTIVE -> "InActive";
        };
    }

    private static JsonNode payload(LazadaGate.Admitted call, String name) {
        JsonNode payload = Json.read(call.parameters().getOrDefault(name, ""));
        JsonNode product = payload.path("Request").path("Product");
        if (!product.isObject()) {
            throw LazadaGate.invalid(name, name + " must be JSON of the form {\"Request\":{\"Product\":{...}}}");
        }
        return product;
    }

    private ListingInput read(JsonNode product) {
        JsonNode attributes = product.path("Attributes");
        JsonNode sku = product.path("Skus").path("Sku").path(0);
        if (product.path("PrimaryCategory").asString("").isBlank()) {
            throw LazadaGate.invalid("PrimaryCategory", "PrimaryCategory is required");
        }
        if (sku.path("SellerSku").asString("").isBlank()) {
            throw LazadaGate.invalid("SellerSku", "SellerSku is required");
        }
        String weight = sku.path("package_weight").asString("");
        if (!weight.matches("\\d+(\\.\\d+)?") || Double.parseDouble(weight) <= 0 || Double.parseDouble(weight) > 300) {
            throw LazadaGate.invalid("package_weight",
                    "package_weight must be a number of kilograms between 0 and 300");
        }
        List<String> images = new ArrayList<>();
        for (JsonNode image : product.path("Images").path("Image")) {
            if (!image.asString("").matches("https?://.+")) {
                throw LazadaGate.invalid("Images", "image " + image.asString("") + " is not a URL");
            }
            images.add(image.asString(""));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        attributes.properties().forEach(entry -> {
            if (!KNOWN_ATTRIBUTES.contains(entry.getKey())) {
                extra.put(entry.getKey(), entry.getValue().asString(""));
            }
        });
        ListingInput input = new ListingInput(sku.path("SellerSku").asString(""), attributes.path("name").asString(""),
                attributes.path("description").asString(""), product.path("PrimaryCategory").asString(""), extra,
                attributes.path("halal_number").asString(""), attributes.path("bpom_number").asString(""),
                attributes.path("pirt_number").asString(""), whole(sku.path("price"), "price"),
                (int) whole(sku.path("quantity"), "quantity"), weight, images);
        ListingRules.checkOnReceipt(categories, input, properties.maxTitleLength()).ifPresent(reason -> {
            throw LazadaGate.invalid(reason.contains("attribute")
                    ? "Attributes"
                    : reason.contains("category") ? "PrimaryCategory" : reason.contains("name") ? "name" : "Product",
                    reason);
        });
        return input;
    }

    /** Lazada takes numbers as JSON numbers or strings; rupiah and quantities must be whole. */
    private static long whole(JsonNode value, String field) {
        String text = value.asString("").trim();
        if (!text.matches("-?\\d+(\\.0+)?")) {
            throw LazadaGate.invalid(field, field + " must be a whole number");
        }
        return Long.parseLong(text.replaceAll("\\..*$", ""));
    }

    private SandboxListing existing(LazadaGate.Admitted call, String itemId) {
        return listings.find(CHANNEL, call.shop().sellerId(), itemId)
                .orElseThrow(() -> LazadaGate.error("ItemNotFound", "ISV", "item_id " + itemId + " does not exist"));
    }

    private static ObjectNode created(SandboxListing listing) {
        ObjectNode data = Json.object();
        data.put("item_id", Long.parseLong(listing.getItemId()));
        ObjectNode sku = data.putArray("sku_list").addObject();
        sku.put("seller_sku", listing.getSellerSku());
        sku.put("shop_sku", listing.getItemId() + "_ID-" + listing.getSkuId());
        sku.put("sku_id", Long.parseLong(listing.getSkuId()));
        return data;
    }
}

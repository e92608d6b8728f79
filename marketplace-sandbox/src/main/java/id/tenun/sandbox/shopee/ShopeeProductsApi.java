package id.tenun.sandbox.shopee;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.DemoCategories;
import id.tenun.sandbox.core.ImageStore;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ListingInput;
import id.tenun.sandbox.core.ListingRules;
import id.tenun.sandbox.core.Paging;
import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.core.SandboxListings;

/** Shopee v2 media and product endpoints: synchronous, every rule checked on receipt. */
@RestController
@RequestMapping(ShopeeGate.PREFIX + "/api/v2")
class ShopeeProductsApi {

    static final String CHANNEL = "shopee";

    private final ShopeeGate gate;

    private final ShopeeSandboxProperties properties;

    private final SandboxListings listings;

    private final ImageStore images;

    private final Clock clock;

    private final DemoCategories categories = DemoCategories.forChannel(CHANNEL);

    ShopeeProductsApi(ShopeeGate gate, ShopeeSandboxProperties properties, SandboxListings listings, ImageStore images,
            Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.listings = listings;
        this.images = images;
        this.clock = clock;
    }

    @PostMapping(path = "/media_space/upload_image", consumes = "multipart/form-data")
    ResponseEntity<String> uploadImage(HttpServletRequest request, @RequestPart("image") MultipartFile image)
            throws IOException {
        gate.admitPartner(request);
        if (image.isEmpty()) {
            throw ShopeeGate.error(400, "error_param", "image is empty");
        }
        String id = images.add(CHANNEL, image.getBytes());
        ObjectNode response = Json.object();
        ObjectNode info = response.putObject("image_info");
        info.put("image_id", id);
        ObjectNode url = info.putArray("image_url_list").addObject();
        url.put("image_url_region", "ID");
        url.put("image_url", "https://cf.shopee.co.id/file/" + id);
        return ShopeeGate.ok(response);
    }

    @PostMapping("/product/add_item")
    ResponseEntity<String> addItem(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        JsonNode item = Json.read(body);
        ListingInput input = read(item, true);
        SandboxListing listing = new SandboxListing(CHANNEL, shop.shopId(), listings.nextId(), "0", input,
                SandboxListing.State.ACTIVE, clock.instant());
        listings.save(listing);
        return ShopeeGate.ok(rendered(listing));
    }

    @PostMapping("/product/update_item")
    ResponseEntity<String> updateItem(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        JsonNode item = Json.read(body);
        SandboxListing listing = existing(shop, item.path("item_id"));
        ListingInput input = read(item, false);
        input = new ListingInput(input.sellerSku(), input.title(), input.description(), input.categoryId(),
                input.attributes(), input.halalNumber(), input.bpomNumber(), input.pirtNumber(), listing.getPrice(),
                listing.getStock(), input.weightKg(), input.images());
        listing.replace(input,
                "UNLIST".equals(item.path("item_status").asString("NORMAL"))
                        ? SandboxListing.State.INACTIVE
                        : SandboxListing.State.ACTIVE,
                clock.instant());
        return ShopeeGate.ok(rendered(listing));
    }

    @PostMapping("/product/update_price")
    ResponseEntity<String> updatePrice(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return updateModels(request, body, "price_list", (listing, price, done) -> {
            JsonNode amount = price.path("original_price");
            if (!amount.isNumber() || amount.asDouble() <= 0 || amount.asDouble() != Math.rint(amount.asDouble())) {
                return Optional.of("original_price must be a whole number of rupiah above 0");
            }
            listing.price(amount.asLong(), clock.instant());
            done.put("original_price", amount.asLong());
            return Optional.empty();
        });
    }

    @PostMapping("/product/update_stock")
    ResponseEntity<String> updateStock(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        return updateModels(request, body, "stock_list", (listing, stock, done) -> {
            JsonNode amount = stock.path("seller_stock").path(0).path("stock");
            if (!amount.isIntegralNumber() || amount.asInt() < 0) {
                return Optional.of("stock must be a whole number, 0 or more");
            }
            listing.stock(amount.asInt(), clock.instant());
            done.put("stock", amount.asInt());
            return Optional.empty();
        });
    }

    /** A change to one model of an item, from its entry in the request. */
    private interface ModelChange {

        /** Applies the entry and puts what it set into {@code done}; else the reason it failed. */
        Optional<String> apply(SandboxListing listing, JsonNode entry, ObjectNode done);
    }

    /** Applies each entry of the list to its model (only the default model 0 exists): a success or failure each. */
    private ResponseEntity<String> updateModels(HttpServletRequest request, byte[] body, String list,
            ModelChange change) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        JsonNode update = Json.read(body);
        SandboxListing listing = existing(shop, update.path("item_id"));
        ObjectNode response = Json.object();
        ArrayNode success = response.putArray("success_list");
        ArrayNode failure = response.putArray("failure_list");
        for (JsonNode entry : update.path(list)) {
            long modelId = entry.path("model_id").asLong(-1);
            ObjectNode done = Json.object().put("model_id", modelId);
            Optional<String> refused = modelId != 0
                    ? Optional.of("model_id " + modelId + " not found")
                    : change.apply(listing, entry, done);
            if (refused.isPresent()) {
                failure.addObject().put("model_id", modelId).put("failed_reason", refused.get());
            } else {
                success.add(done);
            }
        }
        return ShopeeGate.ok(response);
    }

    @PostMapping("/product/unlist_item")
    ResponseEntity<String> unlist(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        ObjectNode response = Json.object();
        ArrayNode success = response.putArray("success_list");
        ArrayNode failure = response.putArray("failure_list");
        for (JsonNode item : Json.read(body).path("item_list")) {
            long itemId = item.path("item_id").asLong(0);
            boolean unlist = item.path("unlist").asBoolean(false);
            Optional<SandboxListing> listing = listings.find(CHANNEL, shop.shopId(), Long.toString(itemId));
            if (listing.isEmpty()) {
                failure.addObject().put("item_id", itemId).put("failed_reason", "item_id " + itemId + " not found");
                continue;
            }
            listing.get()
                    .state(unlist ? SandboxListing.State.INACTIVE : SandboxListing.State.ACTIVE, "", clock.instant());
            success.addObject().put("item_id", itemId).put("unlist", unlist);
        }
        return ShopeeGate.ok(response);
    }

    @GetMapping("/product/get_item_base_info")
    ResponseEntity<String> baseInfo(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        String ids = QueryString.of(request).getOrDefault("item_id_list", "");
        if (ids.isBlank()) {
            throw ShopeeGate.error(400, "error_param", "item_id_list is required.");
        }
        ObjectNode response = Json.object();
        ArrayNode items = response.putArray("item_list");
        for (String id : ids.split(",")) {
            listings.find(CHANNEL, shop.shopId(), id.trim()).ifPresent(listing -> items.add(baseInfo(listing)));
        }
        return ShopeeGate.ok(response);
    }

    /**
     * Item ids of the shop, oldest first, those whose {@code item_sku} is the one asked for if any; {@code offset}
     * (0 or more) and {@code page_size} (1–100) are required.
     */
    @GetMapping("/product/search_item")
    ResponseEntity<String> searchItem(HttpServletRequest request) {
        ShopeeSandboxProperties.Shop shop = gate.admitShop(request);
        Map<String, String> query = QueryString.of(request);
        int offset = Paging.number(query.get("offset"), 0, Integer.MAX_VALUE)
                .orElseThrow(() -> ShopeeGate.error(400, "error_param", "offset must be a whole number, 0 or more."));
        int pageSize = Paging.number(query.get("page_size"), 1, 100)
                .orElseThrow(
                        () -> ShopeeGate.error(400, "error_param", "page_size must be a whole number from 1 to 100."));
        String sku = query.getOrDefault("item_sku", "");
        List<SandboxListing> found = listings.bySellerSku(CHANNEL, shop.shopId(),
                sku.isEmpty() ? List.of() : List.of(sku));
        ObjectNode response = Json.object();
        ArrayNode ids = response.putArray("item_id_list");
        Paging.page(found, offset, pageSize).forEach(listing -> ids.add(Long.parseLong(listing.getItemId())));
        response.put("total_count", found.size());
        if (offset + pageSize < found.size()) {
            response.put("next_offset", offset + pageSize);
        }
        return ShopeeGate.ok(response);
    }

    private ListingInput read(JsonNode item, boolean withPriceAndStock) {
        if (!item.isObject()) {
            throw ShopeeGate.error(400, "error_param", "Request body is not valid JSON.");
        }
        for (String field : List.of("item_name", "description", "category_id", "weight", "image", "logistic_info")) {
            if (item.path(field).isMissingNode() || item.path(field).isNull()) {
                throw ShopeeGate.error(400, "error_param", field + " is required.");
            }
        }
        if (!item.path("category_id").isIntegralNumber()) {
            throw ShopeeGate.error(400, "error_param", "category_id must be an integer.");
        }
        if (!item.path("weight").isNumber() || item.path("weight").asDouble() <= 0) {
            throw ShopeeGate.error(400, "error_param", "weight must be a number of kilograms above 0.");
        }
        List<String> imageIds = new ArrayList<>();
        for (JsonNode id : item.path("image").path("image_id_list")) {
            if (!images.has(id.asString(""))) {
                throw ShopeeGate.error(200, "product.error_busi", "image_id " + id.asString("") + " is invalid");
            }
            imageIds.add(id.asString(""));
        }
        boolean logistic = false;
        for (JsonNode channel : item.path("logistic_info")) {
            logistic |= channel.path("enabled").asBoolean(false)
                    && properties.logisticIds().contains(channel.path("logistic_id").asLong(-1));
        }
        if (!logistic) {
            throw ShopeeGate.error(200, "product.error_busi", "at least one valid logistics channel must be enabled");
        }
        long price = 0;
        int stock = 0;
        if (withPriceAndStock) {
            JsonNode amount = item.path("original_price");
            if (!amount.isNumber() || amount.asDouble() != Math.rint(amount.asDouble())) {
                throw ShopeeGate.error(400, "error_param", "original_price must be a whole number for Indonesia.");
            }
            price = amount.asLong();
            stock = item.path("seller_stock").path(0).path("stock").asInt(0);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode attribute : item.path("attribute_list")) {
            attributes.put(attribute.path("attribute_id").asString(""),
                    attribute.path("attribute_value_list").path(0).path("original_value_name").asString(""));
        }
        Map<Integer, String> certificates = new LinkedHashMap<>();
        for (JsonNode certification : item.path("certification_info").path("certification_list")) {
            certificates.put(certification.path("certification_type").asInt(0),
                    certification.path("certification_no").asString(""));
        }
        ListingInput input = new ListingInput(item.path("item_sku").asString(""), item.path("item_name").asString(""),
                item.path("description").asString(""), item.path("category_id").asString(""), attributes,
                certificates.get(1), certificates.get(2), certificates.get(3), withPriceAndStock ? price : 1, stock,
                item.path("weight").asString(""), imageIds);
        Optional<String> refusal = ListingRules.checkOnReceipt(categories, input, properties.maxTitleLength())
                .or(() -> ListingRules.checkCertificates(categories, input));
        refusal.ifPresent(reason -> {
            throw ShopeeGate.error(200, "product.error_busi", reason);
        });
        return input;
    }

    private SandboxListing existing(ShopeeSandboxProperties.Shop shop, JsonNode itemId) {
        return listings.find(CHANNEL, shop.shopId(), itemId.asString(""))
                .orElseThrow(() -> ShopeeGate.error(200, "product.error_item_not_found",
                        "item_id " + itemId.asString("") + " not found"));
    }

    static String status(SandboxListing listing) {
        return switch (listing.getState()) {
            case PENDING -> "REVIEWING";
            case ACTIVE -> "NORMAL";
            case REJECTED -> "BANNED";
            case INACTIVE -> "UNLIST";
        };
    }

    private static ObjectNode rendered(SandboxListing listing) {
        ObjectNode response = Json.object();
        response.put("item_id", Long.parseLong(listing.getItemId()));
        response.put("item_status", status(listing));
        response.put("item_name", listing.getInput().title());
        response.put("item_sku", listing.getSellerSku());
        return response;
    }

    private static ObjectNode baseInfo(SandboxListing listing) {
        ObjectNode item = rendered(listing);
        item.put("category_id", Long.parseLong(listing.getInput().categoryId()));
        item.put("create_time", listing.getCreatedAt().getEpochSecond());
        item.put("update_time", listing.getUpdatedAt().getEpochSecond());
        item.put("weight", listing.getInput().weightKg());
        ObjectNode price = item.putArray("price_info").addObject();
        price.put("currency", "IDR");
        price.put("original_price", listing.getPrice());
        price.put("current_price", listing.getPrice());
        ObjectNode stock = item.putObject("stock_info_v2");
        ObjectNode summary = stock.putObject("summary_info");
        summary.put("total_reserved_stock", 0);
        summary.put("total_available_stock", listing.getStock());
        ObjectNode location = stock.putArray("seller_stock").addObject();
        location.put("location_id", "IDZ");
        location.put("stock", listing.getStock());
        item.put("has_model", false);
        return item;
    }
}

package id.tenun.sandbox.tokopedia;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
import id.tenun.sandbox.core.Reviewer;
import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.core.SandboxListings;

/** The TikTok Shop Partner API 202309 product endpoints, as Tokopedia shops use them. */
@RestController
@RequestMapping(TokopediaGate.PREFIX + "/product/202309")
class TokopediaProductsApi {

    static final String CHANNEL = "tokopedia";

    static final long PRODUCT_ERROR = 12052700;

    static final long NOT_FOUND = 12019001;

    private final TokopediaGate gate;

    private final TokopediaSandboxProperties properties;

    private final SandboxListings listings;

    private final ImageStore images;

    private final Reviewer reviewer;

    private final TokopediaPushes pushes;

    private final Clock clock;

    private final DemoCategories categories = DemoCategories.forChannel(CHANNEL);

    TokopediaProductsApi(TokopediaGate gate, TokopediaSandboxProperties properties, SandboxListings listings,
            ImageStore images, Reviewer reviewer, TokopediaPushes pushes, Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.listings = listings;
        this.images = images;
        this.reviewer = reviewer;
        this.pushes = pushes;
        this.clock = clock;
    }

    @PostMapping(path = "/images/upload", consumes = "multipart/form-data")
    ResponseEntity<String> uploadImage(HttpServletRequest request, @RequestPart("data") MultipartFile data)
            throws IOException {
        gate.admit(request, null);
        if (data.isEmpty()) {
            throw TokopediaGate.error(200, 12052001, "image data is empty");
        }
        String uri = images.add(CHANNEL, data.getBytes());
        ObjectNode image = Json.object();
        image.put("uri", uri);
        image.put("url", "https://p16-oec-va.ibyteimg.com/" + uri + "~tplv-o3syd03w52-origin-jpeg.jpeg");
        image.put("width", 800);
        image.put("height", 800);
        image.put("use_case", Optional.ofNullable(request.getParameter("use_case")).orElse("MAIN_IMAGE"));
        return ok(image);
    }

    @PostMapping("/products")
    ResponseEntity<String> create(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        ListingInput input = read(Json.read(body), shop);
        String productId = listings.nextId();
        SandboxListing listing = new SandboxListing(CHANNEL, shop.shopId(), productId, listings.nextId(), input,
                SandboxListing.State.PENDING, clock.instant());
        listings.save(listing);
        review(listing);
        return ok(created(listing));
    }

    @PutMapping("/products/{productId}")
    ResponseEntity<String> edit(HttpServletRequest request, @PathVariable String productId,
            @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        SandboxListing listing = existing(shop, productId);
        listing.replace(read(Json.read(body), shop), SandboxListing.State.PENDING, clock.instant());
        review(listing);
        return ok(created(listing));
    }

    @PostMapping("/products/{productId}/prices/update")
    ResponseEntity<String> updatePrice(HttpServletRequest request, @PathVariable String productId,
            @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        SandboxListing listing = existing(shop, productId);
        JsonNode sku = sku(Json.read(body), listing);
        JsonNode price = sku.path("price");
        if (!"IDR".equals(price.path("currency").asString(""))) {
            throw TokopediaGate.error(200, PRODUCT_ERROR, "price currency must be IDR");
        }
        listing.price(amount(price), clock.instant());
        return ok(Json.object());
    }

    @PostMapping("/products/{productId}/inventory/update")
    ResponseEntity<String> updateInventory(HttpServletRequest request, @PathVariable String productId,
            @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        SandboxListing listing = existing(shop, productId);
        JsonNode inventory = sku(Json.read(body), listing).path("inventory").path(0);
        if (!shop.warehouseId().equals(inventory.path("warehouse_id").asString(""))) {
            throw TokopediaGate.error(200, PRODUCT_ERROR, "warehouse_id " + inventory.path("warehouse_id").asString("")
                    + " does not belong to the shop");
        }
        if (!inventory.path("quantity").isIntegralNumber() || inventory.path("quantity").asInt() < 0) {
            throw TokopediaGate.error(200, PRODUCT_ERROR, "inventory quantity must be a whole number, 0 or more");
        }
        listing.stock(inventory.path("quantity").asInt(), clock.instant());
        return ok(Json.object());
    }

    @GetMapping("/products/{productId}")
    ResponseEntity<String> get(HttpServletRequest request, @PathVariable String productId) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, null);
        return ok(render(existing(shop, productId), shop));
    }

    /**
     * Products of the shop, oldest first, those with one of {@code seller_skus} only if the body names some;
     * {@code page_size} 1–100 is required, {@code page_token} is the {@code next_page_token} of the page before.
     */
    @PostMapping("/products/search")
    ResponseEntity<String> search(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        int pageSize = Paging.number(request.getParameter("page_size"), 1, 100)
                .orElseThrow(
                        () -> TokopediaGate.error(200, 12052001, "page_size must be a whole number from 1 to 100"));
        String token = Optional.ofNullable(request.getParameter("page_token")).orElse("");
        int offset = token.isEmpty()
                ? 0
                : Paging.number(token, 0, Integer.MAX_VALUE)
                        .orElseThrow(() -> TokopediaGate.error(200, 12052001, "page_token " + token + " is invalid"));
        JsonNode query = Json.read(body);
        if (body != null && body.length > 0 && !query.isObject()) {
            throw TokopediaGate.error(200, 12052001, "request body is not valid JSON");
        }
        List<String> sellerSkus = new ArrayList<>();
        JsonNode skus = query.path("seller_skus");
        if (!skus.isMissingNode()) {
            if (!skus.isArray()) {
                throw TokopediaGate.error(200, 12052001, "seller_skus must be an array of strings");
            }
            skus.forEach(sku -> sellerSkus.add(sku.asString("")));
        }
        List<SandboxListing> found = listings.bySellerSku(CHANNEL, shop.shopId(), sellerSkus);
        ObjectNode data = Json.object();
        ArrayNode products = data.putArray("products");
        Paging.page(found, offset, pageSize).forEach(listing -> products.add(render(listing, shop)));
        data.put("total_count", found.size());
        data.put("next_page_token", offset + pageSize < found.size() ? Integer.toString(offset + pageSize) : "");
        return ok(data);
    }

    @PostMapping("/products/deactivate")
    ResponseEntity<String> deactivate(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, body);
        JsonNode ids = Json.read(body).path("product_ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw TokopediaGate.error(200, 12052001, "product_ids is required");
        }
        ObjectNode data = Json.object();
        ArrayNode errors = data.putArray("errors");
        for (JsonNode id : ids) {
            Optional<SandboxListing> listing = listings.find(CHANNEL, shop.shopId(), id.asString(""));
            if (listing.isPresent()) {
                listing.get().state(SandboxListing.State.INACTIVE, "", clock.instant());
            } else {
                ObjectNode error = errors.addObject();
                error.put("code", NOT_FOUND);
                error.put("message", "product " + id.asString("") + " does not exist");
                error.putObject("detail").put("product_id", id.asString(""));
            }
        }
        return ok(data);
    }

    private void review(SandboxListing listing) {
        reviewer.review(listing, categories, properties.auditDelay(), pushes::productAudited);
    }

    private ListingInput read(JsonNode body, TokopediaSandboxProperties.Shop shop) {
        if (!body.isObject()) {
            throw TokopediaGate.error(200, 12052001, "request body is not valid JSON");
        }
        JsonNode sku = body.path("skus").path(0);
        if (sku.isMissingNode() || sku.path("seller_sku").asString("").isBlank()) {
            throw TokopediaGate.error(200, 12052001, "skus[0].seller_sku is required");
        }
        JsonNode weight = body.path("package_weight");
        if (!"KILOGRAM".equals(weight.path("unit").asString("")) && !"POUND".equals(weight.path("unit").asString(""))) {
            throw TokopediaGate.error(200, 12052001, "package_weight.unit must be KILOGRAM or POUND");
        }
        List<String> imageUris = new ArrayList<>();
        for (JsonNode image : body.path("main_images")) {
            String uri = image.path("uri").asString("");
            if (!images.has(uri)) {
                throw TokopediaGate.error(200, PRODUCT_ERROR, "main image " + uri + " was not uploaded");
            }
            imageUris.add(uri);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode attribute : body.path("product_attributes")) {
            attributes.put(attribute.path("id").asString(""),
                    attribute.path("values").path(0).path("name").asString(""));
        }
        Map<String, String> certificates = new LinkedHashMap<>();
        for (JsonNode certification : body.path("certifications")) {
            certificates.put(certification.path("id").asString(""), certification.path("number").asString(""));
        }
        JsonNode inventory = sku.path("inventory").path(0);
        if (!inventory.isMissingNode() && !shop.warehouseId().equals(inventory.path("warehouse_id").asString(""))) {
            throw TokopediaGate.error(200, PRODUCT_ERROR, "warehouse_id " + inventory.path("warehouse_id").asString("")
                    + " does not belong to the shop");
        }
        ListingInput input = new ListingInput(sku.path("seller_sku").asString(""), body.path("title").asString(""),
                body.path("description").asString(""), body.path("category_id").asString(""), attributes,
                certificates.get("HALAL"), certificates.get("BPOM"), certificates.get("PIRT"),
                amount(sku.path("price")),
                inventory.path("quantity").asInt(0), weight.path("value").asString(""), imageUris);
        ListingRules.checkOnReceipt(categories, input, properties.maxTitleLength()).ifPresent(reason -> {
            throw TokopediaGate.error(200, PRODUCT_ERROR, reason);
        });
        return input;
    }

    private static long amount(JsonNode price) {
        String amount = price.path("amount").asString("");
        if (!price.path("amount").isString() || !amount.matches("\\d+(\\.0+)?")) {
            throw TokopediaGate.error(200, PRODUCT_ERROR, "price amount must be a decimal string of whole rupiah");
        }
        return Long.parseLong(amount.replaceAll("\\..*$", ""));
    }

    private static JsonNode sku(JsonNode body, SandboxListing listing) {
        JsonNode sku = body.path("skus").path(0);
        if (!listing.getSkuId().equals(sku.path("id").asString(""))) {
            throw TokopediaGate.error(200, PRODUCT_ERROR,
                    "sku " + sku.path("id").asString("") + " does not belong to product " + listing.getItemId());
        }
        return sku;
    }

    private SandboxListing existing(TokopediaSandboxProperties.Shop shop, String productId) {
        return listings.find(CHANNEL, shop.shopId(), productId)
                .orElseThrow(() -> TokopediaGate.error(200, NOT_FOUND, "product " + productId + " does not exist"));
    }

    private static ObjectNode created(SandboxListing listing) {
        ObjectNode data = Json.object();
        data.put("product_id", listing.getItemId());
        ObjectNode sku = data.putArray("skus").addObject();
        sku.put("id", listing.getSkuId());
        sku.put("seller_sku", listing.getSellerSku());
        data.putArray("warnings");
        return data;
    }

    static String status(SandboxListing listing) {
        return switch (listing.getState()) {
            case PENDING -> "PENDING";
            case ACTIVE -> "ACTIVATE";
            case REJECTED -> "FAILED";
            case INACTIVE -> "SELLER_DEACTIVATED";
        };
    }

    private static ObjectNode render(SandboxListing listing, TokopediaSandboxProperties.Shop shop) {
        ListingInput input = listing.getInput();
        ObjectNode data = Json.object();
        data.put("id", listing.getItemId());
        data.put("status", status(listing));
        data.put("title", input.title());
        data.put("description", input.description());
        data.put("category_id", input.categoryId());
        ObjectNode sku = data.putArray("skus").addObject();
        sku.put("id", listing.getSkuId());
        sku.put("seller_sku", listing.getSellerSku());
        ObjectNode price = sku.putObject("price");
        price.put("tax_exclusive_price", Long.toString(listing.getPrice()));
        price.put("sale_price", Long.toString(listing.getPrice()));
        price.put("currency", "IDR");
        ObjectNode inventory = sku.putArray("inventory").addObject();
        inventory.put("warehouse_id", shop.warehouseId());
        inventory.put("quantity", listing.getStock());
        ArrayNode reasons = data.putArray("audit_failed_reasons");
        if (listing.getState() == SandboxListing.State.REJECTED) {
            ObjectNode reason = reasons.addObject();
            reason.put("position", "product");
            reason.putArray("reasons").add(listing.getRejectReason());
            reason.putArray("suggestions").add("Add the missing certificates and submit again");
        }
        data.put("create_time", listing.getCreatedAt().getEpochSecond());
        data.put("update_time", listing.getUpdatedAt().getEpochSecond());
        return data;
    }

    private static ResponseEntity<String> ok(JsonNode data) {
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

}

package id.tenun.marketplaces.lazada;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.marketplaces.ListingDraft;

/** Tenun's listing draft as Lazada {@code payload} JSON. */
final class LazadaPayloads {

    /** Attribute names for certificate numbers [B]. */
    static final String HALAL = "halal_number";

    static final String BPOM = "bpom_number";

    static final String PIRT = "pirt_number";

    private final JsonMapper json;

    LazadaPayloads(JsonMapper json) {
        this.json = json;
    }

    ObjectNode product(ListingDraft draft, String itemId) {
        ObjectNode root = json.createObjectNode();
        ObjectNode product = root.putObject("Request").putObject("Product");
        if (itemId != null) {
            product.put("ItemId", itemId);
        }
        product.put("PrimaryCategory", draft.categoryId());
        ArrayNode images = product.putObject("Images").putArray("Image");
        draft.imageUrls().forEach(images::add);
        ObjectNode attributes = product.putObject("Attributes");
        attributes.put("name", draft.title());
        attributes.put("description", draft.description());
        attributes.put("brand", "No Brand");
        for (Map.Entry<String, String> attribute : draft.attributes().entrySet()) {
            attributes.put(attribute.getKey(), attribute.getValue());
        }
        putIfPresent(attributes, HALAL, draft.certifications().halalNumber());
        putIfPresent(attributes, BPOM, draft.certifications().bpomNumber());
        putIfPresent(attributes, PIRT, draft.certifications().pirtNumber());
        ObjectNode sku = product.putObject("Skus").putArray("Sku").addObject();
        sku.put("SellerSku", draft.sellerSku());
        sku.put("quantity", draft.stock());
        sku.put("price", draft.priceRupiah());
        sku.put("package_weight", draft.weightKilograms());
        sku.put("package_length", draft.dimensions().lengthCm());
        sku.put("package_width", draft.dimensions().widthCm());
        sku.put("package_height", draft.dimensions().heightCm());
        return root;
    }

    ObjectNode priceQuantity(String itemId, String sellerSku, Long price, Integer quantity) {
        ObjectNode root = json.createObjectNode();
        ObjectNode sku = root.putObject("Request").putObject("Product").putObject("Skus").putArray("Sku").addObject();
        sku.put("ItemId", itemId);
        sku.put("SellerSku", sellerSku);
        if (price != null) {
            sku.put("Price", price);
        }
        if (quantity != null) {
            sku.put("Quantity", quantity);
        }
        return root;
    }

    /** {@code sku_seller_list} of {@code /products/get}: a JSON array of seller SKUs. */
    ArrayNode sellerSkus(String sellerSku) {
        return json.createArrayNode().add(sellerSku);
    }

    ObjectNode deactivation(String itemId) {
        ObjectNode root = json.createObjectNode();
        root.putObject("Request").putObject("Product").put("ItemId", itemId);
        return root;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value);
        }
    }
}

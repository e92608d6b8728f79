package id.tenun.marketplaces.tokopedia;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.marketplaces.ListingDraft;

/** Tenun's listing draft as a TikTok Shop 202309 product body. */
final class TokopediaPayloads {

    static final String CURRENCY = "IDR";

    private final JsonMapper json;

    TokopediaPayloads(JsonMapper json) {
        this.json = json;
    }

    ObjectNode product(ListingDraft draft, List<String> imageUris, String warehouseId) {
        ObjectNode body = json.createObjectNode();
        body.put("title", draft.title());
        body.put("description", html(draft.description()));
        body.put("category_id", draft.categoryId());
        ArrayNode images = body.putArray("main_images");
        imageUris.forEach(uri -> images.addObject().put("uri", uri));
        ObjectNode weight = body.putObject("package_weight");
        weight.put("value", draft.weightKilograms());
        weight.put("unit", "KILOGRAM");
        ObjectNode dimensions = body.putObject("package_dimensions");
        dimensions.put("length", Integer.toString(draft.dimensions().lengthCm()));
        dimensions.put("width", Integer.toString(draft.dimensions().widthCm()));
        dimensions.put("height", Integer.toString(draft.dimensions().heightCm()));
        dimensions.put("unit", "CENTIMETER");
        ArrayNode attributes = body.putArray("product_attributes");
        for (Map.Entry<String, String> attribute : draft.attributes().entrySet()) {
            ObjectNode node = attributes.addObject();
            node.put("id", attribute.getKey());
            node.putArray("values").addObject().put("name", attribute.getValue());
        }
        ArrayNode certifications = body.putArray("certifications");
        certification(certifications, "HALAL", draft.certifications().halalNumber());
        certification(certifications, "BPOM", draft.certifications().bpomNumber());
        certification(certifications, "PIRT", draft.certifications().pirtNumber());
        ObjectNode sku = body.putArray("skus").addObject();
        sku.put("seller_sku", draft.sellerSku());
        sku.set("price", price(draft.priceRupiah()));
        ObjectNode inventory = sku.putArray("inventory").addObject();
        inventory.put("warehouse_id", warehouseId);
        inventory.put("quantity", draft.stock());
        return body;
    }

    ObjectNode price(long rupiah) {
        ObjectNode price = json.createObjectNode();
        price.put("amount", Long.toString(rupiah));
        price.put("currency", CURRENCY);
        return price;
    }

    ObjectNode priceUpdate(String skuId, long rupiah) {
        ObjectNode body = json.createObjectNode();
        ObjectNode sku = body.putArray("skus").addObject();
        sku.put("id", skuId);
        sku.set("price", price(rupiah));
        return body;
    }

    ObjectNode stockUpdate(String skuId, String warehouseId, int stock) {
        ObjectNode body = json.createObjectNode();
        ObjectNode sku = body.putArray("skus").addObject();
        sku.put("id", skuId);
        ObjectNode inventory = sku.putArray("inventory").addObject();
        inventory.put("warehouse_id", warehouseId);
        inventory.put("quantity", stock);
        return body;
    }

    /** The body of a product search by seller SKU. */
    ObjectNode search(String sellerSku) {
        ObjectNode body = json.createObjectNode();
        body.putArray("seller_skus").add(sellerSku);
        return body;
    }

    ObjectNode deactivation(String productId) {
        ObjectNode body = json.createObjectNode();
        body.putArray("product_ids").add(productId);
        return body;
    }

    private static void certification(ArrayNode certifications, String id, String number) {
        if (!number.isBlank()) {
            ObjectNode node = certifications.addObject();
            node.put("id", id);
            node.put("number", number);
        }
    }

    /** TTS descriptions are HTML: each plain-text line becomes an escaped paragraph. */
    static String html(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<p>").append(escape(line.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

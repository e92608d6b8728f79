package id.tenun.marketplaces.shopee;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.marketplaces.ListingDraft;

/** Tenun's listing draft as Shopee v2 product bodies. */
final class ShopeePayloads {

    /** Certification types in {@code certification_info} [B]. */
    static final int HALAL = 1;

    static final int BPOM = 2;

    static final int PIRT = 3;

    private final JsonMapper json;

    ShopeePayloads(JsonMapper json) {
        this.json = json;
    }

    ObjectNode addItem(ListingDraft draft, List<String> imageIds, String logisticId) {
        ObjectNode body = item(draft, imageIds, logisticId);
        body.put("original_price", draft.priceRupiah());
        body.putArray("seller_stock").addObject().put("stock", draft.stock());
        return body;
    }

    ObjectNode updateItem(String itemId, ListingDraft draft, List<String> imageIds, String logisticId) {
        ObjectNode body = json.createObjectNode();
        number(body, "item_id", itemId);
        body.setAll(item(draft, imageIds, logisticId));
        return body;
    }

    private ObjectNode item(ListingDraft draft, List<String> imageIds, String logisticId) {
        ObjectNode body = json.createObjectNode();
        body.put("item_name", draft.title());
        body.put("description", draft.description());
        body.put("item_sku", draft.sellerSku());
        number(body, "category_id", draft.categoryId());
        body.put("weight", new BigDecimal(draft.weightKilograms()));
        ObjectNode dimension = body.putObject("dimension");
        dimension.put("package_length", draft.dimensions().lengthCm());
        dimension.put("package_width", draft.dimensions().widthCm());
        dimension.put("package_height", draft.dimensions().heightCm());
        ArrayNode images = body.putObject("image").putArray("image_id_list");
        imageIds.forEach(images::add);
        ObjectNode logistic = body.putArray("logistic_info").addObject();
        number(logistic, "logistic_id", logisticId);
        logistic.put("enabled", true);
        body.put("condition", "NEW");
        body.put("item_status", "NORMAL");
        ArrayNode attributes = body.putArray("attribute_list");
        for (Map.Entry<String, String> attribute : draft.attributes().entrySet()) {
            ObjectNode node = attributes.addObject();
            number(node, "attribute_id", attribute.getKey());
            ObjectNode value = node.putArray("attribute_value_list").addObject();
            value.put("value_id", 0);
            value.put("original_value_name", attribute.getValue());
        }
        ArrayNode certifications = body.putObject("certification_info").putArray("certification_list");
        certification(certifications, HALAL, draft.certifications().halalNumber());
        certification(certifications, BPOM, draft.certifications().bpomNumber());
        certification(certifications, PIRT, draft.certifications().pirtNumber());
        return body;
    }

    ObjectNode updatePrice(String itemId, long rupiah) {
        return updateModel(itemId, "price_list", price -> price.put("original_price", rupiah));
    }

    ObjectNode updateStock(String itemId, int stock) {
        return updateModel(itemId, "stock_list",
                model -> model.putArray("seller_stock").addObject().put("stock", stock));
    }

    /** A change to the item's one model (id 0): {@code item_id}, then the list holding that model's new values. */
    private ObjectNode updateModel(String itemId, String list, Consumer<ObjectNode> values) {
        ObjectNode body = json.createObjectNode();
        number(body, "item_id", itemId);
        ObjectNode model = body.putArray(list).addObject();
        model.put("model_id", 0);
        values.accept(model);
        return body;
    }

    ObjectNode unlist(String itemId) {
        ObjectNode body = json.createObjectNode();
        ObjectNode item = body.putArray("item_list").addObject();
        number(item, "item_id", itemId);
        item.put("unlist", true);
        return body;
    }

    private static void certification(ArrayNode certifications, int type, String number) {
        if (!number.isBlank()) {
            ObjectNode node = certifications.addObject();
            node.put("certification_type", type);
            node.put("certification_no", number);
        }
    }

    /** Shopee ids are integers on the wire; a non-numeric id is sent as text and refused by Shopee. */
    private static void number(ObjectNode node, String field, String value) {
        if (value != null && value.matches("\\d{1,18}")) {
            node.put(field, Long.parseLong(value));
        } else {
            node.put(field, value);
        }
    }
}

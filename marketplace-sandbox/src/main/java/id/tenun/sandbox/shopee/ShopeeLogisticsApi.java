package id.tenun.sandbox.shopee;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.Json;

/**
 * Shopee's logistics channels of a shop, {@code GET /api/v2/logistics/get_channel_list} (shop-level signature): the
 * channels a product may enable ({@code sandbox.shopee.logistic-ids}), each enabled, so that an app learns one for a
 * newly authorized shop.
 */
@RestController
class ShopeeLogisticsApi {

    private final ShopeeSandboxProperties properties;

    private final ShopeeGate gate;

    ShopeeLogisticsApi(ShopeeSandboxProperties properties, ShopeeGate gate) {
        this.properties = properties;
        this.gate = gate;
    }

    @GetMapping(ShopeeGate.PREFIX + "/api/v2/logistics/get_channel_list")
    ResponseEntity<String> channels(HttpServletRequest request) {
        gate.admitShop(request);
        ObjectNode response = Json.object();
        ArrayNode list = response.putArray("logistics_channel_list");
        for (Long id : properties.logisticIds()) {
            ObjectNode channel = list.addObject();
            channel.put("logistics_channel_id", id);
            channel.put("logistics_channel_name", "Kurir " + id);
            channel.put("enabled", true);
        }
        return ShopeeGate.ok(response);
    }
}

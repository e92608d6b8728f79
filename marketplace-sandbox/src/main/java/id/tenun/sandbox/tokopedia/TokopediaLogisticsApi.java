package id.tenun.sandbox.tokopedia;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.Json;

/**
 * TikTok Shop's warehouses of a shop, {@code GET /logistics/202309/warehouses} (signed, with {@code shop_cipher}):
 * the one sales warehouse every product's inventory names, so that an app learns it for a newly authorized shop.
 */
@RestController
class TokopediaLogisticsApi {

    private final TokopediaGate gate;

    TokopediaLogisticsApi(TokopediaGate gate) {
        this.gate = gate;
    }

    @GetMapping(TokopediaGate.PREFIX + "/logistics/202309/warehouses")
    ResponseEntity<String> warehouses(HttpServletRequest request) {
        TokopediaSandboxProperties.Shop shop = gate.admit(request, null);
        ObjectNode data = Json.object();
        ObjectNode warehouse = data.putArray("warehouses").addObject();
        warehouse.put("id", shop.warehouseId());
        warehouse.put("name", "Gudang " + shop.shopId());
        warehouse.put("effect_status", "ENABLED");
        warehouse.put("type", "SALES_WAREHOUSE");
        warehouse.put("sub_type", "DOMESTIC_WAREHOUSE");
        warehouse.put("is_default", true);
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }
}

package id.tenun.sandbox.shopee;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.sellers.AuthorizationCodes;

/**
 * Shopee's token endpoints, public APIs (signed without token and shop): the code exchange
 * {@code POST /api/v2/auth/token/get}, body {@code {code, shop_id, partner_id}} (no main accounts here), and the
 * refresh {@code POST /api/v2/auth/access_token/get}, body {@code {refresh_token, partner_id, shop_id}}; both answer at
 * the top level, {@code expire_in} in seconds.
 */
@RestController
class ShopeeAuthApi {

    private final ShopeeGate gate;

    private final ShopeeSandboxProperties properties;

    private final AuthorizationCodes codes;

    private final ShopeeShops shops;

    private final Clock clock;

    ShopeeAuthApi(ShopeeGate gate, ShopeeSandboxProperties properties, AuthorizationCodes codes, ShopeeShops shops,
            Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.codes = codes;
        this.shops = shops;
        this.clock = clock;
    }

    /** A code the seller granted for that shop, once and before it expires; else {@code invalid_code}. */
    @PostMapping(ShopeeGate.PREFIX + "/api/v2/auth/token/get")
    ResponseEntity<String> exchange(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        JsonNode json = partnerBody(request, body, "code");
        String shopId = codes.redeem("shopee", json.path("code").asString(""))
                .orElseThrow(() -> ShopeeGate.error(403, "invalid_code", "The code is expired or used or invalid."));
        if (!shopId.equals(json.path("shop_id").asString(""))) {
            throw ShopeeGate.error(403, "invalid_shop_id", "The code or shop_id is wrong.");
        }
        return Json.ok(granted(shops.issue(shopId)));
    }

    @PostMapping(ShopeeGate.PREFIX + "/api/v2/auth/access_token/get")
    ResponseEntity<String> refresh(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        JsonNode json = partnerBody(request, body, "refresh_token");
        ShopTokens.Issued issued = shops
                .refresh(shops.byId(json.path("shop_id").asString("")).stream().toList(),
                        json.path("refresh_token").asString(""))
                .orElseThrow(() -> ShopeeGate.error(403, "error_auth", "Invalid refresh_token."));
        ObjectNode answer = granted(issued);
        answer.set("partner_id", json.path("partner_id"));
        answer.set("shop_id", json.path("shop_id"));
        return Json.ok(answer);
    }

    /** The public signature checked, then the body: the credential field and {@code shop_id} present, our partner. */
    private JsonNode partnerBody(HttpServletRequest request, byte[] body, String credential) {
        gate.admitPartner(request);
        JsonNode json = Json.read(body);
        if (json.path(credential).asString("").isEmpty() || json.path("shop_id").asString("").isEmpty()) {
            throw ShopeeGate.error(400, "error_param", credential + " and shop_id are required.");
        }
        if (!properties.partnerId().equals(json.path("partner_id").asString(""))) {
            throw ShopeeGate.error(403, "error_auth", "Invalid partner_id.");
        }
        return json;
    }

    private ObjectNode granted(ShopTokens.Issued issued) {
        ObjectNode answer = Json.object();
        answer.put("refresh_token", issued.refreshToken());
        answer.put("access_token", issued.accessToken());
        answer.put("expire_in", Duration.between(clock.instant(), issued.accessTokenExpiresAt()).toSeconds());
        answer.put("request_id", Json.requestId());
        answer.put("error", "");
        answer.put("message", "");
        return answer;
    }
}

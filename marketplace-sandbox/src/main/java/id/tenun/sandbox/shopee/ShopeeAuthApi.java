package id.tenun.sandbox.shopee;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ShopTokens;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopee's token refresh: {@code POST /api/v2/auth/access_token/get}, a public API (signed without token and shop),
 * body {@code {refresh_token, partner_id, shop_id}}; answers at the top level, {@code expire_in} in seconds.
 */
@RestController
class ShopeeAuthApi {

    private final ShopeeGate gate;

    private final ShopeeSandboxProperties properties;

    private final ShopTokens tokens;

    private final Clock clock;

    ShopeeAuthApi(ShopeeGate gate, ShopeeSandboxProperties properties, ShopTokens tokens, Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping(ShopeeGate.PREFIX + "/api/v2/auth/access_token/get")
    ResponseEntity<String> refresh(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        gate.admitPartner(request);
        JsonNode json = Json.read(body);
        String refreshToken = json.path("refresh_token").asString("");
        String shopId = json.path("shop_id").asString("");
        if (refreshToken.isEmpty() || shopId.isEmpty()) {
            throw ShopeeGate.error(400, "error_param", "refresh_token and shop_id are required.");
        }
        if (!properties.partnerId().equals(json.path("partner_id").asString(""))) {
            throw ShopeeGate.error(403, "error_auth", "Invalid partner_id.");
        }
        Map<String, String> refreshTokens = new java.util.LinkedHashMap<>();
        properties.shops()
            .stream()
            .filter(shop -> shop.shopId().equals(shopId))
            .forEach(shop -> refreshTokens.put(shop.shopId(), shop.refreshToken()));
        ShopTokens.Issued issued = tokens
            .refresh("shopee", refreshTokens, refreshToken, properties.accessTokenLifetime(),
                    properties.refreshTokenLifetime())
            .orElseThrow(() -> ShopeeGate.error(403, "error_auth", "Invalid refresh_token."));
        ObjectNode answer = Json.object();
        answer.put("refresh_token", issued.refreshToken());
        answer.put("access_token", issued.accessToken());
        answer.put("expire_in", Duration.between(clock.instant(), issued.accessTokenExpiresAt()).toSeconds());
        answer.put("request_id", Json.requestId());
        answer.put("error", "");
        answer.put("message", "");
        answer.set("partner_id", json.path("partner_id"));
        answer.set("shop_id", json.path("shop_id"));
        return Json.ok(answer);
    }
}

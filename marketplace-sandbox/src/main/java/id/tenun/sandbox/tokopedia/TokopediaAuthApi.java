package id.tenun.sandbox.tokopedia;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.core.Signatures;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TikTok Shop authorization host's token refresh ({@code auth.tiktok-shops.com}, here under {@code /tokopedia}):
 * {@code GET /api/v2/token/refresh?app_key&app_secret&refresh_token&grant_type=refresh_token}, not signed; the app
 * secret is checked instead. Expiries are unix seconds.
 */
@RestController
class TokopediaAuthApi {

    private final TokopediaSandboxProperties properties;

    private final ShopTokens tokens;

    TokopediaAuthApi(TokopediaSandboxProperties properties, ShopTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @GetMapping(TokopediaGate.PREFIX + "/api/v2/token/refresh")
    ResponseEntity<String> refresh(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        if (!properties.appKey().equals(query.get("app_key"))
                || !Signatures.matches(properties.appSecret(), query.get("app_secret"))) {
            throw TokopediaGate.error(200, 36004003, "invalid app_key or app_secret");
        }
        if (!"refresh_token".equals(query.get("grant_type"))) {
            throw TokopediaGate.error(200, 36004001, "invalid grant_type");
        }
        Map<String, String> refreshTokens = new java.util.LinkedHashMap<>();
        properties.shops().forEach(shop -> refreshTokens.put(shop.shopId(), shop.refreshToken()));
        ShopTokens.Issued issued = tokens
            .refresh("tokopedia", refreshTokens, query.getOrDefault("refresh_token", ""),
                    properties.accessTokenLifetime(), properties.refreshTokenLifetime())
            .orElseThrow(() -> TokopediaGate.error(200, 36004004, "invalid refresh_token"));
        ObjectNode data = Json.object();
        data.put("access_token", issued.accessToken());
        data.put("access_token_expire_in", issued.accessTokenExpiresAt().getEpochSecond());
        data.put("refresh_token", issued.refreshToken());
        data.put("refresh_token_expire_in", issued.refreshTokenExpiresAt().getEpochSecond());
        data.put("open_id", "sbx-" + issued.shopId());
        data.put("seller_name", "Sandbox " + issued.shopId());
        data.put("seller_base_region", "ID");
        data.put("user_type", 0);
        data.putArray("granted_scopes");
        return Json.ok(TokopediaGate.envelope(0, "success", data));
    }
}

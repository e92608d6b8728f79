package id.tenun.sandbox.tokopedia;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.core.Signatures;
import id.tenun.sandbox.sellers.AuthorizationCodes;

/**
 * The TikTok Shop authorization host ({@code auth.tiktok-shops.com}, here under {@code /tokopedia}): the code exchange
 * {@code GET /api/v2/token/get?app_key&app_secret&auth_code&grant_type=authorized_code} and the refresh
 * {@code GET /api/v2/token/refresh?app_key&app_secret&refresh_token&grant_type=refresh_token}, not signed (the app
 * secret is checked instead), expiries as absolute unix seconds; and the Partner API's authorized shops
 * {@code GET /authorization/202309/shops}, signed, with the seller's {@code x-tts-access-token}.
 */
@RestController
class TokopediaAuthApi {

    private final TokopediaSandboxProperties properties;

    private final AuthorizationCodes codes;

    private final TokopediaShops shops;

    private final TokopediaGate gate;

    TokopediaAuthApi(TokopediaSandboxProperties properties, AuthorizationCodes codes, TokopediaShops shops,
            TokopediaGate gate) {
        this.properties = properties;
        this.codes = codes;
        this.shops = shops;
        this.gate = gate;
    }

    /** A code the seller granted, once and before it expires; else 36004004 "invalid auth code". */
    @GetMapping(TokopediaGate.PREFIX + "/api/v2/token/get")
    ResponseEntity<String> exchange(HttpServletRequest request) {
        Map<String, String> query = app(request, "authorized_code");
        String shopId = codes.redeem("tokopedia", query.get("auth_code"))
                .orElseThrow(() -> TokopediaGate.error(200, 36004004, "invalid auth code"));
        return granted(shops.issue(shopId));
    }

    @GetMapping(TokopediaGate.PREFIX + "/api/v2/token/refresh")
    ResponseEntity<String> refresh(HttpServletRequest request) {
        Map<String, String> query = app(request, "refresh_token");
        ShopTokens.Issued issued = shops.refresh(shops.all(), query.getOrDefault("refresh_token", ""))
                .orElseThrow(() -> TokopediaGate.error(200, 36004004, "invalid refresh_token"));
        return granted(issued);
    }

    /** The shops the access token may act for: here the one shop it was issued to. */
    @GetMapping(TokopediaGate.PREFIX + "/authorization/202309/shops")
    ResponseEntity<String> authorizedShops(HttpServletRequest request) {
        TokopediaSandboxProperties.Shop shop = gate.admitSeller(request);
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("shops");
        ObjectNode entry = list.addObject();
        entry.put("id", shop.shopId());
        entry.put("name", shops.name(shop.shopId()));
        entry.put("region", "ID");
        entry.put("seller_type", "LOCAL");
        entry.put("cipher", shop.shopCipher());
        entry.put("code", "IDLC" + shop.shopId().substring(Math.max(0, shop.shopId().length() - 8)));
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

    /** The app's key and secret and the grant type, checked; the query. */
    private Map<String, String> app(HttpServletRequest request, String grantType) {
        Map<String, String> query = QueryString.of(request);
        if (!properties.appKey().equals(query.get("app_key"))
                || !Signatures.matches(properties.appSecret(), query.get("app_secret"))) {
            throw TokopediaGate.error(200, 36004003, "invalid app_key or app_secret");
        }
        if (!grantType.equals(query.get("grant_type"))) {
            throw TokopediaGate.error(200, 36004001, "invalid grant_type");
        }
        return query;
    }

    private ResponseEntity<String> granted(ShopTokens.Issued issued) {
        ObjectNode data = Json.object();
        data.put("access_token", issued.accessToken());
        data.put("access_token_expire_in", issued.accessTokenExpiresAt().getEpochSecond());
        data.put("refresh_token", issued.refreshToken());
        data.put("refresh_token_expire_in", issued.refreshTokenExpiresAt().getEpochSecond());
        data.put("open_id", "sbx-" + issued.shopId());
        data.put("seller_name", shops.name(issued.shopId()));
        data.put("seller_base_region", "ID");
        data.put("user_type", 0);
        data.putArray("granted_scopes");
        return Json.ok(TokopediaGate.envelope(0, "success", data));
    }
}

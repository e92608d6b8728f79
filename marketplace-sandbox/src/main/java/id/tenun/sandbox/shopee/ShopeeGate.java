package id.tenun.sandbox.shopee;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.CallLog;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.RateLimiter;
import id.tenun.sandbox.core.Refusal;
import id.tenun.sandbox.core.Signatures;

/**
 * Checks a Shopee v2 call as Shopee does: partner id, timestamp window, the signature over partner id, path,
 * timestamp (and access token and shop id for shop APIs), the access token; then the shop's quota.
 */
@Component
class ShopeeGate {

    static final String PREFIX = "/shopee";

    private final ShopeeSandboxProperties properties;

    private final RateLimiter limiter;

    private final Clock clock;

    private final ShopeeShops shops;

    ShopeeGate(ShopeeSandboxProperties properties, RateLimiter limiter, Clock clock, ShopeeShops shops) {
        this.properties = properties;
        this.limiter = limiter;
        this.clock = clock;
        this.shops = shops;
    }

    /** A shop-level call: answers the shop. */
    ShopeeSandboxProperties.Shop admitShop(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        long timestamp = checkPartnerAndTimestamp(query);
        String accessToken = query.getOrDefault("access_token", "");
        String shopId = query.getOrDefault("shop_id", "");
        String base = properties.partnerId() + QueryString.apiPath(request, PREFIX) + timestamp + accessToken + shopId;
        if (!Signatures.matches(Signatures.lowerHex(properties.partnerKey(), base), query.get("sign"))) {
            throw error(403, "error_sign", "Wrong sign.");
        }
        Optional<ShopeeSandboxProperties.Shop> shop = shops.byId(shopId);
        if (shop.isEmpty()) {
            throw error(403, "error_auth", "Invalid shop_id, the shop has not authorized the partner.");
        }
        request.setAttribute(CallLog.SHOP_ATTRIBUTE, shopId);
        switch (shops.check(shop.get(), accessToken)) {
            case EXPIRED -> throw error(403, "error_auth", "Invalid access_token.");
            case UNKNOWN -> throw error(403, "invalid_access_token", "Invalid access_token.");
            case VALID -> {
            }
        }
        limit(shopId, shop.get().quotaPerSecond());
        return shop.get();
    }

    /** A public (partner-level) call. */
    void admitPartner(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        long timestamp = checkPartnerAndTimestamp(query);
        String base = properties.partnerId() + QueryString.apiPath(request, PREFIX) + timestamp;
        if (!Signatures.matches(Signatures.lowerHex(properties.partnerKey(), base), query.get("sign"))) {
            throw error(403, "error_sign", "Wrong sign.");
        }
        limit("partner", 50);
    }

    private long checkPartnerAndTimestamp(Map<String, String> query) {
        if (!properties.partnerId().equals(query.get("partner_id"))) {
            throw error(403, "error_auth", "Invalid partner_id.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
        } catch (NumberFormatException ex) {
            throw error(400, "error_param", "There is no timestamp in query.");
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > properties.timestampWindow().toSeconds()) {
            throw error(403, "error_param", "Timestamp is expired.");
        }
        return timestamp;
    }

    private void limit(String shopId, double quota) {
        Optional<Duration> wait = limiter.acquire("shopee", shopId, quota);
        if (wait.isPresent()) {
            throw new Refusal(ResponseEntity.status(429)
                    .header(HttpHeaders.CONTENT_TYPE, "application/json")
                    .body(Json
                            .write(envelope("error_rate_limit", "Too many requests, please try again later.", null))));
        }
    }

    static Refusal error(int status, String error, String message) {
        return Refusal.json(status, Json.write(envelope(error, message, null)));
    }

    static ObjectNode envelope(String error, String message, JsonNode response) {
        ObjectNode body = Json.object();
        body.put("request_id", Json.requestId());
        body.put("error", error);
        body.put("message", message);
        if (response != null) {
            body.put("warning", "");
            body.set("response", response);
        }
        return body;
    }

    static ResponseEntity<String> ok(JsonNode response) {
        return Json.ok(envelope("", "", response));
    }
}

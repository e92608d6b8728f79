package id.tenun.sandbox.tokopedia;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * Checks a TikTok Shop call as the Partner API does: app key, timestamp within the window, the signature over
 * path, sorted parameters and body, the shop cipher (configured shops and those sellers opened), the access token;
 * then the shop's quota.
 */
@Component
class TokopediaGate {

    static final String PREFIX = "/tokopedia";

    private final TokopediaSandboxProperties properties;

    private final RateLimiter limiter;

    private final Clock clock;

    private final TokopediaShops shops;

    TokopediaGate(TokopediaSandboxProperties properties, RateLimiter limiter, Clock clock, TokopediaShops shops) {
        this.properties = properties;
        this.limiter = limiter;
        this.clock = clock;
        this.shops = shops;
    }

    /** A shop's call: answers the shop named by {@code shop_cipher}, whose access token the call carries. */
    TokopediaSandboxProperties.Shop admit(HttpServletRequest request, byte[] body) {
        checkApp(request, body);
        String cipher = QueryString.of(request).getOrDefault("shop_cipher", "");
        TokopediaSandboxProperties.Shop shop = shops.byCipher(cipher)
                .orElseThrow(() -> error(401, 105005, "Invalid shop_cipher"));
        return admitted(request, shop);
    }

    /** A seller's call without shop cipher (the authorized shops): answers the shop its access token was issued to. */
    TokopediaSandboxProperties.Shop admitSeller(HttpServletRequest request) {
        checkApp(request, null);
        String token = request.getHeader("x-tts-access-token");
        TokopediaSandboxProperties.Shop shop = shops.byAccessToken(token)
                .orElseThrow(() -> error(401, 105001, "Invalid access token"));
        return admitted(request, shop);
    }

    /** @param body the raw body, or {@code null} for multipart requests and GETs (not signed) */
    private void checkApp(HttpServletRequest request, byte[] body) {
        Map<String, String> query = QueryString.of(request);
        if (!properties.appKey().equals(query.get("app_key"))) {
            throw error(401, 105000, "Invalid app_key");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
        } catch (NumberFormatException ex) {
            throw error(401, 106002, "Invalid timestamp");
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > properties.timestampWindow().toSeconds()) {
            throw error(401, 106002, "Invalid timestamp: the request is expired");
        }
        if (!Signatures.matches(expectedSign(request, query, body), query.get("sign"))) {
            throw error(401, 106001, "Invalid signature");
        }
    }

    /** Checks the shop's access token, then its quota. */
    private TokopediaSandboxProperties.Shop admitted(HttpServletRequest request, TokopediaSandboxProperties.Shop shop) {
        request.setAttribute(CallLog.SHOP_ATTRIBUTE, shop.shopId());
        String token = request.getHeader("x-tts-access-token");
        switch (shops.check(shop, token)) {
            case EXPIRED -> throw error(401, 105002, "Expired credentials: the access token is expired");
            case UNKNOWN -> throw error(401, 105001, "Invalid access token");
            case VALID -> {
            }
        }
        Optional<Duration> wait = limiter.acquire("tokopedia", shop.shopId(), shop.quotaPerSecond());
        if (wait.isPresent()) {
            throw rateLimited(shop.quotaPerSecond(), wait.get());
        }
        return shop;
    }

    private String expectedSign(HttpServletRequest request, Map<String, String> query, byte[] body) {
        String secret = properties.appSecret();
        StringBuilder text = new StringBuilder(secret).append(QueryString.apiPath(request, PREFIX));
        new TreeMap<>(query).forEach((key, value) -> {
            if (!key.equals("sign") && !key.equals("access_token")) {
                text.append(key).append(value);
            }
        });
        byte[] signed = Signatures.join(text.toString().getBytes(StandardCharsets.UTF_8),
                body == null ? new byte[0] : body);
        signed = Signatures.join(signed, secret.getBytes(StandardCharsets.UTF_8));
        return Signatures.lowerHex(secret, signed);
    }

    static Refusal error(int status, long code, String message) {
        return Refusal.json(status, Json.write(envelope(code, message, null)));
    }

    static ObjectNode envelope(long code, String message, JsonNode data) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("message", message);
        body.put("request_id", Json.requestId());
        if (data == null) {
            body.putNull("data");
        } else {
            body.set("data", data);
        }
        return body;
    }

    private static Refusal rateLimited(double quota, Duration wait) {
        String limit = formatQuota(quota);
        return new Refusal(ResponseEntity.status(429)
                .header(HttpHeaders.CONTENT_TYPE, "application/json")
                .header("X-Ratelimit-Limit", limit + " req/s (burst " + limit + ")")
                .header("X-Ratelimit-Remaining", "0")
                .header("X-Ratelimit-Reset-After", String.format(Locale.ROOT, "%.3f", wait.toMillis() / 1000.0))
                .body(Json.write(envelope(36009002, "Too many requests, please retry later", null))));
    }

    private static String formatQuota(double quota) {
        return quota == Math.rint(quota) ? Long.toString((long) quota) : Double.toString(quota);
    }
}

package id.tenun.sandbox.lazada;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.CallLog;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.RateLimiter;
import id.tenun.sandbox.core.Refusal;
import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.core.Signatures;

/**
 * Checks a Lazada call as Lazada does: app key, timestamp within the window (unix milliseconds, or ISO 8601 with an
 * offset as Lazada also accepts, e.g. {@code 2026-11-28T10:00:00+07:00}), {@code sign_method=sha256}, the UPPERCASE
 * signature over the path and every sorted non-empty parameter (query and form), the access token; then the seller's
 * quota.
 */
@Component
class LazadaGate {

    static final String PREFIX = "/lazada/rest";

    private final LazadaSandboxProperties properties;

    private final RateLimiter limiter;

    private final Clock clock;

    private final LazadaShops shops;

    LazadaGate(LazadaSandboxProperties properties, RateLimiter limiter, Clock clock, LazadaShops shops) {
        this.properties = properties;
        this.limiter = limiter;
        this.clock = clock;
        this.shops = shops;
    }

    record Admitted(LazadaSandboxProperties.Shop shop, Map<String, String> parameters) {
    }

    Admitted admit(HttpServletRequest request) {
        Map<String, String> parameters = admitApp(request);
        String token = parameters.getOrDefault("access_token", "");
        Optional<LazadaSandboxProperties.Shop> shop = shops.byAccessToken(token);
        if (shop.isEmpty() || shops.check(shop.get(), token) == ShopTokens.Check.EXPIRED) {
            throw error("IllegalAccessToken", "ISV", "The specified access token is invalid or expired");
        }
        request.setAttribute(CallLog.SHOP_ATTRIBUTE, shop.get().sellerId());
        Optional<Duration> wait = limiter.acquire("lazada", shop.get().sellerId(), shop.get().quotaPerSecond());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw error("ApiCallLimit", "ISV",
                    "This request has exceeded API limit, please try again after " + seconds + " seconds");
        }
        return new Admitted(shop.get(), parameters);
    }

    /** An app-level call (the token endpoints): app key, timestamp and signature, no access token; its parameters. */
    Map<String, String> admitApp(HttpServletRequest request) {
        Map<String, String> parameters = new TreeMap<>();
        request.getParameterMap().forEach((key, values) -> parameters.put(key, values.length == 0 ? "" : values[0]));
        if (!properties.appKey().equals(parameters.get("app_key"))) {
            throw error("InvalidAppKey", "ISV", "The specified app key is invalid");
        }
        long timestamp = epochMillis(parameters.getOrDefault("timestamp", ""));
        String signMethod = parameters.getOrDefault("sign_method", "");
        if (signMethod.isEmpty()) {
            throw error("MissingParameter", "ISV",
                    "The input parameter \"sign_method\" that is mandatory for processing this request is not supplied");
        }
        if (!signMethod.equals("sha256")) {
            throw error("InvalidParameter", "ISV", "The sign_method " + signMethod + " is not supported");
        }
        if (Math.abs(clock.instant().toEpochMilli() - timestamp) > properties.timestampWindow().toMillis()) {
            throw error("InvalidTimestamp", "ISV", "The request timestamp is out of the allowed range");
        }
        StringBuilder text = new StringBuilder(QueryString.apiPath(request, PREFIX));
        parameters.forEach((key, value) -> {
            if (!key.equals("sign") && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        String expected = Signatures.upperHex(properties.appSecret(),
                text.toString().getBytes(StandardCharsets.UTF_8));
        if (!Signatures.matches(expected, parameters.get("sign"))) {
            throw error("IncompleteSignature", "ISV", "The request signature does not conform to platform standards");
        }
        return parameters;
    }

    /** A request timestamp: unix milliseconds, or an ISO 8601 time with its offset. */
    private static long epochMillis(String timestamp) {
        try {
            return timestamp.contains("T")
                    ? OffsetDateTime.parse(timestamp).toInstant().toEpochMilli()
                    : Long.parseLong(timestamp);
        } catch (DateTimeParseException | NumberFormatException ex) {
            throw error("MissingTimestamp", "ISV", "The timestamp parameter is missing or not a time");
        }
    }

    static Refusal error(String code, String type, String message) {
        ObjectNode body = Json.object();
        body.put("type", type);
        body.put("code", code);
        body.put("message", message);
        body.put("request_id", Json.requestId());
        return Refusal.json(200, Json.write(body));
    }

    /** A refusal of the request's content, with the field at fault. */
    static Refusal invalid(String field, String message) {
        ObjectNode body = Json.object();
        body.put("type", "ISV");
        body.put("code", "201");
        body.put("message", message);
        ObjectNode detail = body.putArray("detail").addObject();
        detail.put("field", field);
        detail.put("message", message);
        body.put("request_id", Json.requestId());
        return Refusal.json(200, Json.write(body));
    }

    static ResponseEntity<String> ok(JsonNode data) {
        ObjectNode body = Json.object();
        body.put("code", "0");
        body.set("data", data);
        body.put("request_id", Json.requestId());
        return Json.ok(body);
    }
}

package id.tenun.sandbox.lazada;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ShopTokens;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lazada's token refresh ({@code auth.lazada.com/rest}, here under {@code /lazada/rest}): {@code /auth/token/refresh},
 * signed as every call but without an access token, parameter {@code refresh_token}; answers at the top level,
 * {@code expires_in} and {@code refresh_expires_in} in seconds.
 */
@RestController
class LazadaAuthApi {

    private final LazadaGate gate;

    private final LazadaSandboxProperties properties;

    private final ShopTokens tokens;

    private final Clock clock;

    LazadaAuthApi(LazadaGate gate, LazadaSandboxProperties properties, ShopTokens tokens, Clock clock) {
        this.gate = gate;
        this.properties = properties;
        this.tokens = tokens;
        this.clock = clock;
    }

    @RequestMapping(path = LazadaGate.PREFIX + "/auth/token/refresh", method = { RequestMethod.GET, RequestMethod.POST })
    ResponseEntity<String> refresh(HttpServletRequest request) {
        Map<String, String> parameters = gate.admitApp(request);
        Map<String, String> refreshTokens = new java.util.LinkedHashMap<>();
        properties.shops().forEach(shop -> refreshTokens.put(shop.sellerId(), shop.refreshToken()));
        ShopTokens.Issued issued = tokens
            .refresh("lazada", refreshTokens, parameters.getOrDefault("refresh_token", ""),
                    properties.accessTokenLifetime(), properties.refreshTokenLifetime())
            .orElseThrow(() -> LazadaGate.error("IllegalRefreshToken", "ISV",
                    "The specified refresh token is invalid or expired"));
        ObjectNode answer = Json.object();
        answer.put("access_token", issued.accessToken());
        answer.put("refresh_token", issued.refreshToken());
        answer.put("expires_in", Duration.between(clock.instant(), issued.accessTokenExpiresAt()).toSeconds());
        answer.put("refresh_expires_in", Duration.between(clock.instant(), issued.refreshTokenExpiresAt()).toSeconds());
        answer.put("account_platform", "seller_center");
        answer.put("account", issued.shopId() + "@sandbox.lazada.co.id");
        answer.put("country", "id");
        ObjectNode user = answer.putArray("country_user_info").addObject();
        user.put("country", "id");
        user.put("seller_id", issued.shopId());
        user.put("user_id", issued.shopId());
        answer.put("code", "0");
        answer.put("request_id", Json.requestId());
        return Json.ok(answer);
    }
}

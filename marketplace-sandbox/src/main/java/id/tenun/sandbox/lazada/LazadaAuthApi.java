package id.tenun.sandbox.lazada;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.sellers.AuthorizationCodes;

/**
 * Lazada's token endpoints ({@code auth.lazada.com/rest}, here under {@code /lazada/rest}), signed as every call but
 * without an access token: the code exchange {@code /auth/token/create} (parameter {@code code}) and the refresh
 * {@code /auth/token/refresh} (parameter {@code refresh_token}); both answer at the top level, {@code expires_in} and
 * {@code refresh_expires_in} in seconds.
 */
@RestController
class LazadaAuthApi {

    private final LazadaGate gate;

    private final AuthorizationCodes codes;

    private final LazadaShops shops;

    private final Clock clock;

    LazadaAuthApi(LazadaGate gate, AuthorizationCodes codes, LazadaShops shops, Clock clock) {
        this.gate = gate;
        this.codes = codes;
        this.shops = shops;
        this.clock = clock;
    }

    /** A code the seller granted, once and before it expires; else {@code InvalidCode}. */
    @RequestMapping(path = LazadaGate.PREFIX + "/auth/token/create", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> exchange(HttpServletRequest request) {
        Map<String, String> parameters = gate.admitApp(request);
        String sellerId = codes.redeem("lazada", parameters.get("code"))
                .orElseThrow(() -> LazadaGate.error("InvalidCode", "ISP", "Invalid authorization code"));
        return granted(shops.issue(sellerId));
    }

    @RequestMapping(path = LazadaGate.PREFIX + "/auth/token/refresh", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> refresh(HttpServletRequest request) {
        Map<String, String> parameters = gate.admitApp(request);
        ShopTokens.Issued issued = shops.refresh(shops.all(), parameters.getOrDefault("refresh_token", ""))
                .orElseThrow(() -> LazadaGate.error("IllegalRefreshToken", "ISV",
                        "The specified refresh token is invalid or expired"));
        return granted(issued);
    }

    private ResponseEntity<String> granted(ShopTokens.Issued issued) {
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
        user.put("short_code", "ID" + issued.shopId());
        answer.put("code", "0");
        answer.put("request_id", Json.requestId());
        return Json.ok(answer);
    }
}

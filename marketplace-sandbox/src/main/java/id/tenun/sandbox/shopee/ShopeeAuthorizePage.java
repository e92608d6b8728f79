package id.tenun.sandbox.shopee;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.core.Signatures;
import id.tenun.sandbox.sellers.AuthorizationPages;
import id.tenun.sandbox.sellers.Consent;

/**
 * Shopee's shop authorization page {@code GET /api/v2/shop/auth_partner?partner_id=&timestamp=&sign=&redirect=},
 * here under {@code /shopee}: {@code sign} = lowercase hex HMAC-SHA256(partner_key, partner_id + path + timestamp),
 * the link opens for {@code auth-link-lifetime} after its timestamp (checked again on every form posted). A grant
 * sends the seller to {@code redirect?code=&shop_id=}. Shopee does not document a refusal: the sandbox sends the
 * seller to {@code redirect?error=access_denied} (no code), and says so on the page.
 */
@RestController
class ShopeeAuthorizePage {

    private static final String PATH = "/api/v2/shop/auth_partner";

    private final ShopeeSandboxProperties properties;

    private final AuthorizationPages pages;

    private final Clock clock;

    ShopeeAuthorizePage(ShopeeSandboxProperties properties, AuthorizationPages pages, Clock clock) {
        this.properties = properties;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping(ShopeeGate.PREFIX + PATH)
    ResponseEntity<String> open(HttpServletRequest request) {
        return pages.signIn(request, consent(request));
    }

    @PostMapping(ShopeeGate.PREFIX + PATH)
    ResponseEntity<String> answer(HttpServletRequest request) {
        return pages.answer(request, consent(request));
    }

    private Consent consent(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        if (!properties.partnerId().equals(query.get("partner_id"))) {
            throw AuthorizationPages.invalidLink("Shopee", "error_auth: Invalid partner_id.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(query.getOrDefault("timestamp", ""));
        } catch (NumberFormatException ex) {
            throw AuthorizationPages.invalidLink("Shopee", "error_param: There is no timestamp in query.");
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > properties.authLinkLifetime().toSeconds()) {
            throw AuthorizationPages.invalidLink("Shopee", "error_param: The link has expired.");
        }
        String sign = Signatures.lowerHex(properties.partnerKey(), properties.partnerId() + PATH + timestamp);
        if (!Signatures.matches(sign, query.get("sign"))) {
            throw AuthorizationPages.invalidLink("Shopee", "error_sign: Wrong sign.");
        }
        String redirect = query.getOrDefault("redirect", "");
        if (!isWebAddress(redirect)) {
            throw AuthorizationPages.invalidLink("Shopee", "error_param: redirect must be an http(s) address.");
        }
        return new Consent("shopee", "Shopee",
                "Shopee does not document what a refusal does; this sandbox sends you back to the app with "
                        + "error=access_denied and no code.",
                ShopeeShops.FIRST_OPENED_SHOP_ID, "", properties.codeLifetime(),
                (shopId, code) -> AuthorizationPages.withQuery(redirect, "code", code, "shop_id", shopId),
                AuthorizationPages.withQuery(redirect, "error", "access_denied"));
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException ex) {
            return false;
        }
    }
}

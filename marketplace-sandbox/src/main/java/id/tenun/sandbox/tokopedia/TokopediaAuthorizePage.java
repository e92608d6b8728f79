package id.tenun.sandbox.tokopedia;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.QueryString;
import id.tenun.sandbox.sellers.AuthorizationPages;
import id.tenun.sandbox.sellers.Consent;

/**
 * TikTok Shop's service authorization page ({@code services.tiktokshop.com/open/authorize?service_id=&state=}, and
 * the legacy {@code auth.tiktok-shops.com/oauth/authorize?app_key=&state=}), here under {@code /tokopedia}. The seller
 * goes back to the app's registered redirect URL: {@code ?code=&state=} on a grant, {@code ?code=null&error=
 * access_denied&state=} on a refusal; {@code state} is left out when the link had none.
 */
@RestController
class TokopediaAuthorizePage {

    private static final String PAGE = TokopediaGate.PREFIX + "/open/authorize";

    private static final String LEGACY_PAGE = TokopediaGate.PREFIX + "/oauth/authorize";

    private final TokopediaSandboxProperties properties;

    private final AuthorizationPages pages;

    TokopediaAuthorizePage(TokopediaSandboxProperties properties, AuthorizationPages pages) {
        this.properties = properties;
        this.pages = pages;
    }

    @GetMapping({PAGE, LEGACY_PAGE})
    ResponseEntity<String> open(HttpServletRequest request) {
        return pages.signIn(request, consent(request));
    }

    @PostMapping({PAGE, LEGACY_PAGE})
    ResponseEntity<String> answer(HttpServletRequest request) {
        return pages.answer(request, consent(request));
    }

    private Consent consent(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        boolean legacy = request.getRequestURI().endsWith(LEGACY_PAGE);
        if (legacy
                ? !properties.appKey().equals(query.get("app_key"))
                : !properties.serviceId().equals(query.get("service_id"))) {
            throw AuthorizationPages.invalidLink("TikTok Shop", legacy ? "unknown app_key" : "unknown service_id");
        }
        String stripped = query.getOrDefault("state", "").strip();
        String state = stripped.isEmpty() ? null : stripped;
        String redirect = properties.redirectUrl();
        return new Consent("tokopedia", "TikTok Shop",
                "Refusing sends you back to the app with code=null and error=access_denied, as TikTok Shop does.",
                TokopediaShops.FIRST_OPENED_SHOP_ID, "ROW_", properties.codeLifetime(),
                (shopId, code) -> AuthorizationPages.withQuery(redirect, "code", code, "state", state),
                AuthorizationPages.withQuery(redirect, "code", "null", "error", "access_denied", "state", state));
    }
}

package id.tenun.sandbox.lazada;

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
 * Lazada's authorization page ({@code auth.lazada.com/oauth/authorize?response_type=code&force_auth=true&redirect_uri=
 * &client_id=&state=}), here at {@code /lazada/oauth/authorize}: {@code client_id} is the app key, {@code redirect_uri}
 * must equal the app's registered callback, {@code uuid} is refused. A grant sends the seller to
 * {@code redirect_uri?code=&state=}. Lazada does not document a refusal: the sandbox sends the seller to
 * {@code redirect_uri?error=access_denied&state=} (no code), and says so on the page.
 */
@RestController
class LazadaAuthorizePage {

    private static final String PAGE = "/lazada/oauth/authorize";

    private final LazadaSandboxProperties properties;

    private final AuthorizationPages pages;

    LazadaAuthorizePage(LazadaSandboxProperties properties, AuthorizationPages pages) {
        this.properties = properties;
        this.pages = pages;
    }

    @GetMapping(PAGE)
    ResponseEntity<String> open(HttpServletRequest request) {
        return pages.signIn(request, consent(request));
    }

    @PostMapping(PAGE)
    ResponseEntity<String> answer(HttpServletRequest request) {
        return pages.answer(request, consent(request));
    }

    private Consent consent(HttpServletRequest request) {
        Map<String, String> query = QueryString.of(request);
        if (!"code".equals(query.get("response_type"))) {
            throw AuthorizationPages.invalidLink("Lazada", "response_type must be code");
        }
        if (!properties.appKey().equals(query.get("client_id"))) {
            throw AuthorizationPages.invalidLink("Lazada", "unknown client_id");
        }
        if (!properties.redirectUrl().equals(query.get("redirect_uri"))) {
            throw AuthorizationPages.invalidLink("Lazada", "redirect_uri is not the app's registered callback");
        }
        if (query.containsKey("uuid")) {
            throw AuthorizationPages.invalidLink("Lazada", "uuid is not supported");
        }
        String redirect = properties.redirectUrl();
        String state = query.get("state");
        return new Consent("lazada", "Lazada",
                "Lazada does not document what a refusal does; this sandbox sends you back to the app with "
                        + "error=access_denied and no code.",
                LazadaShops.FIRST_OPENED_SELLER_ID, "0_" + properties.appKey() + "_", properties.codeLifetime(),
                (sellerId, code) -> AuthorizationPages.withQuery(redirect, "code", code, "state", state),
                AuthorizationPages.withQuery(redirect, "error", "access_denied", "state", state));
    }
}

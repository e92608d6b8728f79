package id.tenun.sandbox.sellers;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.Refusal;

/**
 * The seller's side of every channel's authorization page: sign in as a seller (by name; the sandbox has no
 * passwords), pick one of your shops or open a new one, then grant or refuse. Plain HTML forms, no script, posted back
 * to the link's own address (its parameters stay in the query), so a test plays the seller with any HTTP client:
 * {@code seller}, then {@code shop_id} or {@code new_shop}, and {@code decision=grant|refuse}. A grant answers 303 to
 * the app's address with a new code bound to the shop; a refusal 303 to the channel's refusal address.
 */
@Component
public class AuthorizationPages {

    private final SellerShops shops;

    private final AuthorizationCodes codes;

    AuthorizationPages(SellerShops shops, AuthorizationCodes codes) {
        this.shops = shops;
        this.codes = codes;
    }

    /** The link opened: the sign-in form. */
    public ResponseEntity<String> signIn(HttpServletRequest request, Consent consent) {
        return html(HttpStatus.OK, consent, signInForm(request, null));
    }

    /** A form posted back: the next form, or the seller sent back to the app. */
    public ResponseEntity<String> answer(HttpServletRequest request, Consent consent) {
        String seller = field(request, "seller");
        if (seller.isEmpty() || seller.length() > SellerShops.MAX_NAME_LENGTH) {
            return html(HttpStatus.BAD_REQUEST, consent, signInForm(request,
                    "Enter your seller name (1 to " + SellerShops.MAX_NAME_LENGTH + " characters)."));
        }
        String decision = field(request, "decision");
        if (decision.equals("refuse")) {
            return seeOther(consent.refused());
        }
        if (!decision.equals("grant")) {
            return html(HttpStatus.OK, consent, shopForm(request, consent, seller, null));
        }
        String shopId = field(request, "shop_id");
        String newShop = field(request, "new_shop");
        Optional<SellerShops.Shop> shop;
        if (!shopId.isEmpty()) {
            shop = shops.find(consent.channel(), shopId).filter(found -> found.seller().equals(seller));
            if (shop.isEmpty()) {
                return html(HttpStatus.BAD_REQUEST, consent,
                        shopForm(request, consent, seller, "Shop " + shopId + " is not one of your shops."));
            }
        } else if (!newShop.isEmpty() && newShop.length() <= SellerShops.MAX_NAME_LENGTH) {
            shop = shops.open(consent.channel(), consent.firstShopId(), seller, newShop);
            if (shop.isEmpty()) {
                return html(HttpStatus.BAD_REQUEST, consent, shopForm(request, consent, seller,
                        "The sandbox holds " + SellerShops.MAX_SHOPS_PER_CHANNEL + " shops here already."));
            }
        } else {
            return html(HttpStatus.BAD_REQUEST, consent, shopForm(request, consent, seller,
                    "Pick one of your shops, or name a new one (up to " + SellerShops.MAX_NAME_LENGTH
                            + " characters)."));
        }
        String code = codes.issue(consent.channel(), shop.get().shopId(), consent.codePrefix(), consent.codeLifetime());
        return seeOther(consent.granted().apply(shop.get().shopId(), code));
    }

    /** Ends a request for an authorization link the channel does not accept, with the reason on a page. */
    public static Refusal invalidLink(String marketplace, String reason) {
        String body = page(marketplace, "<p role=\"alert\">This authorization link is not valid: " + htmlEscape(reason)
                + "</p>");
        return new Refusal(ResponseEntity.badRequest().header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .body(body));
    }

    /** The address with the parameters (name, value, …) added to its query, form-encoded; null values left out. */
    public static String withQuery(String address, String... namesAndValues) {
        StringBuilder url = new StringBuilder(address);
        char separator = address.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            url.append(separator).append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    private static String signInForm(HttpServletRequest request, String error) {
        return alert(error) + form(request) + "<p><label>Seller name <input name=\"seller\" required maxlength=\""
                + SellerShops.MAX_NAME_LENGTH + "\"></label></p>\n<p><button type=\"submit\">Sign in</button></p>\n"
                + "</form>\n";
    }

    private String shopForm(HttpServletRequest request, Consent consent, String seller, String error) {
        StringBuilder shopChoices = new StringBuilder();
        for (SellerShops.Shop shop : shops.ofSeller(consent.channel(), seller)) {
            shopChoices.append("<p><label><input type=\"radio\" name=\"shop_id\" value=\"")
                    .append(htmlEscape(shop.shopId())).append("\"> ").append(htmlEscape(shop.name())).append(" (")
                    .append(htmlEscape(shop.shopId())).append(")</label></p>\n");
        }
        return "<p>Signed in as <strong>" + htmlEscape(seller) + "</strong>.</p>\n" + alert(error) + form(request)
                + "<input type=\"hidden\" name=\"seller\" value=\"" + htmlEscape(seller) + "\">\n"
                + "<fieldset><legend>Which shop may the app manage?</legend>\n" + shopChoices
                + "<p><label>Or open a new shop named <input name=\"new_shop\" maxlength=\""
                + SellerShops.MAX_NAME_LENGTH + "\"></label></p>\n</fieldset>\n"
                + "<p><button name=\"decision\" value=\"grant\">Grant</button>\n"
                + "<button name=\"decision\" value=\"refuse\">Refuse</button></p>\n</form>\n"
                + "<p><small>" + htmlEscape(consent.refusal()) + "</small></p>\n";
    }

    private static String form(HttpServletRequest request) {
        String query = request.getQueryString();
        String action = request.getRequestURI() + (query == null ? "" : "?" + query);
        return "<form method=\"post\" action=\"" + htmlEscape(action) + "\">\n";
    }

    private static String alert(String error) {
        return error == null ? "" : "<p role=\"alert\"><strong>" + htmlEscape(error) + "</strong></p>\n";
    }

    private static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static ResponseEntity<String> html(HttpStatus status, Consent consent, String content) {
        return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .body(page(consent.marketplace(), "<p>An app asks to manage one of your shops: its products, stock and "
                        + "orders.</p>\n" + content));
    }

    private static String page(String marketplace, String content) {
        String title = htmlEscape(marketplace) + " seller authorization (sandbox)";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head>\n<body>\n<h1>" + title + "</h1>\n" + content + "</body>\n</html>\n";
    }

    private static ResponseEntity<String> seeOther(String address) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, address).build();
    }
}

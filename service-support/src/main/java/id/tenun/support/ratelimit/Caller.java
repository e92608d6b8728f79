package id.tenun.support.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a request counts against. A marketplace's webhook: its network address, apart from other calls from there. A
 * call with a verified token: the client it was issued to ({@code azp}, else {@code client_id}) and its subject, so a
 * script (whose subject is its client id) has one allowance, and each person has their own even when many sign in
 * through the same client. Anything else: the network address.
 *
 * @param kind {@code webhook}, {@code token} or {@code address}, the tag of the refusals counted
 * @param key the caller within its kind
 */
record Caller(String kind, String key) {

    static final String WEBHOOK = "webhook";
    static final String TOKEN = "token";
    static final String ADDRESS = "address";

    static Caller of(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/webhooks/")) {
            return new Caller(WEBHOOK, request.getRemoteAddr());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Jwt jwt) {
            String client = jwt.hasClaim("azp") ? jwt.getClaimAsString("azp") : jwt.getClaimAsString("client_id");
            return new Caller(TOKEN, (client == null ? "" : client) + " " + jwt.getSubject());
        }
        return new Caller(ADDRESS, request.getRemoteAddr());
    }
}

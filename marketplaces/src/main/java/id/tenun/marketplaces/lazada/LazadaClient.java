package id.tenun.marketplaces.lazada;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.RejectionExplanations;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.http.Envelope;
import id.tenun.marketplaces.http.HttpReply;
import id.tenun.marketplaces.http.HttpTransport;
import id.tenun.marketplaces.http.JsonClient;

/**
 * Signed calls to Lazada Open Platform: system parameters in the query, business parameters in the query (GET) or a
 * form body (POST), all signed; answers {@code {"code":"0", data}} or {@code {code, type, message, request_id}}.
 */
final class LazadaClient extends JsonClient<LazadaClient.Reply> {

    static final Set<String> AUTHENTICATION_CODES = Set.of("IncompleteSignature", "IllegalAccessToken",
            "InvalidTimestamp", "AppKeyNotExist", "MissingAccessToken", "InvalidAppKey", "AccessTokenExpired");

    static final Set<String> RATE_LIMIT_CODES = Set.of("ApiCallLimit", "AppApiCallLimit", "SellerCallLimit",
            "AppCallLimit");

    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*second");

    LazadaClient(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(settings, clock, json, Reply::new);
    }

    Reply get(ShopCredentials shop, String apiPath, Map<String, String> parameters) {
        Map<String, String> query = systemParameters(shop);
        query.putAll(parameters);
        query.put("sign", LazadaSigner.sign(shop.appSecret(), apiPath, query));
        return send(transport.request(uri(apiPath, query)).GET().build());
    }

    Reply post(ShopCredentials shop, String apiPath, Map<String, String> parameters) {
        return post(settings.root(), shop, apiPath, systemParameters(shop), parameters);
    }

    /** A call to the authorization host ({@code auth.lazada.com/rest}): signed as any other, without an access token. */
    Reply postAuth(ShopCredentials shop, String apiPath, Map<String, String> parameters) {
        Map<String, String> system = systemParameters(shop);
        system.remove("access_token");
        return post(settings.authRoot(), shop, apiPath, system, parameters);
    }

    private Reply post(String root, ShopCredentials shop, String apiPath, Map<String, String> system,
            Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(system);
        all.putAll(parameters);
        system.put("sign", LazadaSigner.sign(shop.appSecret(), apiPath, all));
        HttpRequest request = transport.request(uri(root, apiPath, system))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(HttpTransport.query(parameters)))
                .build();
        return send(request);
    }

    private Map<String, String> systemParameters(ShopCredentials shop) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", shop.appKey());
        query.put("access_token", shop.accessToken());
        query.put("timestamp", Long.toString(clock.instant().toEpochMilli()));
        query.put("sign_method", "sha256");
        return query;
    }

    private URI uri(String apiPath, Map<String, String> query) {
        return uri(settings.root(), apiPath, query);
    }

    String json(JsonNode node) {
        return json.writeValueAsString(node);
    }

    record Reply(HttpReply http, JsonNode body) implements Envelope<Reply> {

        String code() {
            return body.path("code").asString("");
        }

        String message() {
            return body.path("message").asString("");
        }

        JsonNode data() {
            return body.path("data");
        }

        @Override
        public Optional<ListingResult> failure() {
            int status = http.status();
            String code = code();
            if (status == 429 || RATE_LIMIT_CODES.contains(code)) {
                return Optional.of(new ListingResult.RateLimited(http.secondsHeader("Retry-After")
                        .or(() -> secondsIn(message()))
                        .orElse(Duration.ofSeconds(1))));
            }
            String type = body.path("type").asString("");
            if (status >= 500 || "ISP".equals(type) || "SYSTEM".equals(type)) {
                return Optional.of(new ListingResult.TransientFailure(
                        "Lazada answered HTTP " + status + (code.isEmpty() ? "" : ": " + code + " " + message())));
            }
            if (status == 401 || status == 403 || AUTHENTICATION_CODES.contains(code)) {
                return Optional.of(new ListingResult.AuthenticationFailure(code + " " + message()));
            }
            if (body.isMissingNode() || code.isEmpty()) {
                return Optional.of(new ListingResult.TransientFailure("Unreadable answer, HTTP " + status));
            }
            if (!"0".equals(code) || status >= 300) {
                StringBuilder reason = new StringBuilder(message().isEmpty() ? code : message());
                for (JsonNode detail : body.path("detail")) {
                    reason.append("; ")
                            .append(detail.path("field").asString(""))
                            .append(": ")
                            .append(detail.path("message").asString(""));
                }
                String verbatim = reason.toString();
                return Optional.of(
                        new ListingResult.Rejected(verbatim, RejectionExplanations.explain(Channel.LAZADA, verbatim)));
            }
            return Optional.empty();
        }

        @Override
        public String summary() {
            return code() + " " + message();
        }

        private static Optional<Duration> secondsIn(String message) {
            Matcher matcher = SECONDS.matcher(message);
            return matcher.find()
                    ? Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1))))
                    : Optional.empty();
        }
    }
}

package id.tenun.marketplaces.shopee;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import id.tenun.marketplaces.http.ImageFetcher;
import id.tenun.marketplaces.http.JsonClient;

/** Signed calls to Shopee Open Platform v2 and the reading of its {@code {error, message, response}} envelope. */
final class ShopeeClient extends JsonClient<ShopeeClient.Reply> {

    static final Set<String> AUTHENTICATION_ERRORS = Set.of("error_sign", "error_auth", "error_permission",
            "invalid_access_token", "invalid_acceess_token", "error_invalid_partner");

    private final ImageFetcher images;

    ShopeeClient(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(settings, clock, json, Reply::new);
        this.images = ImageFetcher.of(settings);
    }

    /** Downloads product photos for upload, safely (see {@link ImageFetcher}). */
    ImageFetcher images() {
        return images;
    }

    Reply get(ShopCredentials shop, String path, Map<String, String> parameters) {
        Map<String, String> query = shopParameters(shop, path);
        query.putAll(parameters);
        return send(transport.request(uri(path, query)).GET().build());
    }

    Reply post(ShopCredentials shop, String path, JsonNode body) {
        return postJson(uri(path, shopParameters(shop, path)), body);
    }

    /** A partner-level multipart upload (no shop, no token in the signature). */
    Reply upload(ShopCredentials shop, String path, String fileField, String fileName, String contentType,
            byte[] content) {
        HttpTransport.Multipart multipart = HttpTransport.multipart(Map.of(), fileField, fileName, contentType,
                content);
        HttpRequest request = transport.request(uri(path, partnerParameters(shop, path)))
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()))
                .build();
        return send(request);
    }

    /** A public (partner-level) JSON call, such as the token endpoints: no token in the signature. */
    Reply postPublic(ShopCredentials shop, String path, JsonNode body) {
        return postJson(uri(path, partnerParameters(shop, path)), body);
    }

    private Reply postJson(URI uri, JsonNode body) {
        HttpRequest request = transport.request(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                .build();
        return send(request);
    }

    private Map<String, String> partnerParameters(ShopCredentials shop, String path) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("partner_id", shop.appKey());
        query.put("timestamp", Long.toString(timestamp));
        query.put("sign", ShopeeSigner.signPublic(shop.appSecret(), shop.appKey(), path, timestamp));
        return query;
    }

    private Map<String, String> shopParameters(ShopCredentials shop, String path) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("partner_id", shop.appKey());
        query.put("timestamp", Long.toString(timestamp));
        query.put("access_token", shop.accessToken());
        query.put("shop_id", shop.shopId());
        query.put("sign", ShopeeSigner.sign(shop.appSecret(), shop.appKey(), path, timestamp, shop.accessToken(),
                shop.shopId()));
        return query;
    }

    private URI uri(String path, Map<String, String> query) {
        return uri(settings.root(), path, query);
    }

    record Reply(HttpReply http, JsonNode body) implements Envelope<Reply> {

        String error() {
            return body.path("error").asString("");
        }

        String message() {
            return body.path("message").asString("");
        }

        JsonNode response() {
            return body.path("response");
        }

        @Override
        public Optional<ListingResult> failure() {
            int status = http.status();
            String error = error();
            if (status == 429 || "error_rate_limit".equals(error)) {
                return Optional.of(new ListingResult.RateLimited(
                        http.secondsHeader("Retry-After").orElse(Duration.ofSeconds(1))));
            }
            if ("error_limit".equals(error)) {
                return Optional.of(new ListingResult.RateLimited(
                        http.secondsHeader("Retry-After").orElse(Duration.ofHours(1))));
            }
            if (status >= 500) {
                return Optional.of(new ListingResult.TransientFailure("Shopee answered HTTP " + status
                        + (error.isEmpty() ? "" : ": " + error + " " + message())));
            }
            if (status == 401 || status == 403 || AUTHENTICATION_ERRORS.contains(error)
                    || ("error_param".equals(error) && message().toLowerCase().contains("timestamp"))) {
                return Optional.of(new ListingResult.AuthenticationFailure(error + " " + message()));
            }
            if (body.isMissingNode() || !body.isObject()) {
                return Optional.of(new ListingResult.TransientFailure("Unreadable answer, HTTP " + status));
            }
            if (!error.isEmpty() || status >= 300) {
                String reason = message().isEmpty() ? error : message();
                return Optional
                        .of(new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.SHOPEE, reason)));
            }
            JsonNode failures = response().path("failure_list");
            if (failures.isArray() && !failures.isEmpty()) {
                String reason = failures.get(0).path("failed_reason").asString("failed");
                return Optional
                        .of(new ListingResult.Rejected(reason, RejectionExplanations.explain(Channel.SHOPEE, reason)));
            }
            return Optional.empty();
        }

        @Override
        public String summary() {
            return error() + " " + message();
        }
    }
}

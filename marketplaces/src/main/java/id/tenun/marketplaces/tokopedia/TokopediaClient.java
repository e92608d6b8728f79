package id.tenun.marketplaces.tokopedia;

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
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.RejectionExplanations;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.http.Envelope;
import id.tenun.marketplaces.http.HttpReply;
import id.tenun.marketplaces.http.HttpTransport;
import id.tenun.marketplaces.http.ImageFetcher;
import id.tenun.marketplaces.http.JsonClient;

/** Signed calls to the TikTok Shop Partner API, and the reading of its {@code {code, message, data}} envelope. */
final class TokopediaClient extends JsonClient<TokopediaClient.Reply> {

    /** Codes that mean the signature, timestamp or token was refused [B]. */
    static final Set<Long> AUTHENTICATION_CODES = Set.of(105000L, 105001L, 105002L, 105005L, 106001L, 106002L,
            106003L);

    private final ImageFetcher images;

    TokopediaClient(ChannelSettings settings, Clock clock, JsonMapper json) {
        super(settings, clock, json, Reply::new);
        this.images = ImageFetcher.of(settings);
    }

    /** Downloads product photos for upload, safely (see {@link ImageFetcher}). */
    ImageFetcher images() {
        return images;
    }

    Reply call(ShopCredentials shop, String method, String path, Map<String, String> parameters, JsonNode body) {
        Map<String, String> query = commonParameters(shop);
        query.putAll(parameters);
        byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
        query.put("sign", TokopediaSigner.sign(shop.appSecret(), path, query, bytes));
        HttpRequest.Builder request = transport.request(uri(path, query))
                .header("x-tts-access-token", shop.accessToken())
                .header("Content-Type", "application/json");
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        }
        return send(request.build());
    }

    Reply upload(ShopCredentials shop, String path, Map<String, String> fields, String fileField, String fileName,
            String contentType, byte[] content) {
        Map<String, String> query = commonParameters(shop);
        query.put("sign", TokopediaSigner.sign(shop.appSecret(), path, query, null));
        HttpTransport.Multipart multipart = HttpTransport.multipart(fields, fileField, fileName, contentType, content);
        HttpRequest request = transport.request(uri(path, query))
                .header("x-tts-access-token", shop.accessToken())
                .header("Content-Type", multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.body()))
                .build();
        return send(request);
    }

    /**
     * A call to the authorization host ({@code auth.tiktok-shops.com}): not signed, the app key and secret travel as
     * parameters, no access token.
     */
    Reply auth(String path, Map<String, String> query) {
        return send(transport.request(uri(settings.authRoot(), path, query)).GET().build());
    }

    private Map<String, String> commonParameters(ShopCredentials shop) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", shop.appKey());
        query.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        if (!shop.shopCipher().isEmpty()) {
            query.put("shop_cipher", shop.shopCipher());
        }
        return query;
    }

    private URI uri(String path, Map<String, String> query) {
        return uri(settings.root(), path, query);
    }

    /** One answer: HTTP status and headers, and the JSON envelope (missing if the body was not JSON). */
    record Reply(HttpReply http, JsonNode body) implements Envelope<Reply> {

        long code() {
            return body.path("code").asLong(-1);
        }

        String message() {
            return body.path("message").asString("");
        }

        JsonNode data() {
            return body.path("data");
        }

        /** A non-success outcome if this answer is a failure, in any of its forms (HTTP or {@code code != 0}). */
        @Override
        public Optional<ListingResult> failure() {
            int status = http.status();
            if (status == 429) {
                return Optional.of(new ListingResult.RateLimited(
                        http.secondsHeader("X-Ratelimit-Reset-After").orElse(Duration.ofSeconds(1))));
            }
            if (status >= 500) {
                return Optional.of(new ListingResult.TransientFailure(
                        "TikTok Shop answered HTTP " + status + (message().isEmpty() ? "" : ": " + message())));
            }
            if (status == 401 || status == 403 || AUTHENTICATION_CODES.contains(code())) {
                return Optional.of(new ListingResult.AuthenticationFailure(code() + " " + message()));
            }
            if (body.isMissingNode() || !body.has("code")) {
                return Optional.of(new ListingResult.TransientFailure("Unreadable answer, HTTP " + status));
            }
            if (code() != 0 || status >= 300) {
                return Optional.of(
                        new ListingResult.Rejected(message(),
                                RejectionExplanations.explain(Channel.TOKOPEDIA, message())));
            }
            return Optional.empty();
        }

        /** Throws the failure as a {@link MarketplaceCallFailed}, for the order calls. */
        @Override
        public String summary() {
            return code() + " " + message();
        }
    }
}

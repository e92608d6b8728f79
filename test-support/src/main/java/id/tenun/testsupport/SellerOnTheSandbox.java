package id.tenun.testsupport;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.lazada.LazadaSigner;
import id.tenun.marketplaces.shopee.ShopeeSigner;
import id.tenun.marketplaces.tokopedia.TokopediaSigner;

/**
 * Plays both sides of a seller authorization against the sandbox over plain HTTP: the app's authorization links and
 * code exchanges (signed with the adapters' signers, with the sandbox's demo app), and the seller's form posts on the
 * authorization pages. Links are relative to the sandbox's root, or absolute (as an app hands them out).
 */
public final class SellerOnTheSandbox {

    public static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    public static final String TTS_SERVICE_ID = "7495900000000000001";

    /** The sandbox's default redirect URL of TikTok Shop and Lazada, without the channel. */
    public static final String CALLBACK = "http://localhost:8082/shops/callback/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    private final HttpClient http = HttpClient.newHttpClient();

    public SellerOnTheSandbox(String base) {
        this.base = base;
    }

    /** The channel's authorization link for the app, carrying the nonce (Shopee: in its redirect address). */
    public static String link(String channel, String nonce) {
        return switch (channel) {
            case "tokopedia" -> "/tokopedia/open/authorize?service_id=" + TTS_SERVICE_ID + "&state=" + nonce;
            case "shopee" -> shopeeLink(Instant.now().getEpochSecond(), null, CALLBACK + "shopee?nonce=" + nonce);
            default -> "/lazada/oauth/authorize?response_type=code&force_auth=true&redirect_uri="
                    + encode(CALLBACK + "lazada") + "&client_id=100001&state=" + nonce;
        };
    }

    /** A Shopee auth_partner link signed at the timestamp, or with the given (forged) sign. */
    public static String shopeeLink(long timestamp, String sign, String redirect) {
        String signature = sign != null
                ? sign
                : ShopeeSigner.signPublic(SandboxServer.SHOPEE_PARTNER_KEY, SandboxServer.SHOPEE_PARTNER_ID,
                        "/api/v2/shop/auth_partner", timestamp);
        return "/shopee/api/v2/shop/auth_partner?partner_id=" + SandboxServer.SHOPEE_PARTNER_ID + "&timestamp="
                + timestamp + "&sign=" + signature
                + "&redirect=" + encode(redirect);
    }

    public HttpResponse<String> open(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(address(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the seller's form fields (name, value, …) to the page of the link. */
    public HttpResponse<String> post(String link, String... fields) throws Exception {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=').append(encode(fields[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(address(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The seller opens a new shop on the link's page and grants: the parameters of the address they are sent to. */
    public Map<String, String> grantNewShop(String link, String seller, String shop) throws Exception {
        return redirect(post(link, "seller", seller, "new_shop", shop, "decision", "grant"));
    }

    /** Where a 303 answer sends the seller. */
    public static String location(HttpResponse<String> answer) {
        if (answer.statusCode() != 303) {
            throw new AssertionError("expected 303, got " + answer.statusCode() + ": " + answer.body());
        }
        return answer.headers().firstValue("Location").orElseThrow();
    }

    /** The query parameters of the address a 303 answer sends the seller to. */
    public static Map<String, String> redirect(HttpResponse<String> answer) {
        String location = location(answer);
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = location.indexOf('?');
        for (String pair : query < 0 ? new String[0] : location.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The app exchanges a code (Shopee: with the shop id from the redirect): the channel's raw answer. */
    public JsonNode exchange(String channel, String code, String shopId) throws Exception {
        HttpRequest.Builder request = switch (channel) {
            case "tokopedia" -> HttpRequest.newBuilder(URI.create(base + "/tokopedia/api/v2/token/get?app_key="
                    + "tenun-demo-tts&app_secret=tenun-demo-tts-secret&auth_code=" + encode(code)
                    + "&grant_type=authorized_code")).GET();
            case "shopee" -> {
                long timestamp = Instant.now().getEpochSecond();
                String sign = ShopeeSigner.signPublic("tenun-demo-shopee-partner-key", "2001001",
                        "/api/v2/auth/token/get", timestamp);
                String body = "{\"code\":\"" + code + "\",\"shop_id\":" + shopId + ",\"partner_id\":2001001}";
                yield HttpRequest.newBuilder(URI.create(base + "/shopee/api/v2/auth/token/get?partner_id=2001001"
                        + "&timestamp=" + timestamp + "&sign=" + sign))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            default -> {
                Map<String, String> parameters = new TreeMap<>(Map.of("app_key", "100001", "timestamp",
                        Long.toString(Instant.now().toEpochMilli()), "sign_method", "sha256", "code", code));
                parameters.put("sign", LazadaSigner.sign("tenun-demo-lazada-secret", "/auth/token/create", parameters));
                yield HttpRequest.newBuilder(URI.create(base + "/lazada/rest/auth/token/create?"
                        + query(parameters))).GET();
            }
        };
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** TikTok Shop's authorized shops for an access token: the raw answer. */
    public JsonNode ttsAuthorizedShops(String accessToken) throws Exception {
        String path = "/authorization/202309/shops";
        Map<String, String> query = new TreeMap<>(Map.of("app_key", "tenun-demo-tts", "timestamp",
                Long.toString(Instant.now().getEpochSecond())));
        String sign = TokopediaSigner.sign("tenun-demo-tts-secret", path, query, new byte[0]);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/tokopedia" + path + "?"
                + query(query) + "&sign=" + sign))
                .header("x-tts-access-token", accessToken)
                .GET()
                .build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI address(String link) {
        return URI.create(link.startsWith("http://") || link.startsWith("https://") ? link : base + link);
    }

    private static String query(Map<String, String> parameters) {
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((key, value) -> joiner.add(key + "=" + encode(value)));
        return joiner.toString();
    }
}

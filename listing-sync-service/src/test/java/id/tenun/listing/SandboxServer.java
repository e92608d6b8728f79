package id.tenun.listing;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

import id.tenun.sandbox.SandboxApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real marketplace sandbox, started once per test JVM in-process on a free port, with small audit/QC delays,
 * no simulated buyers, and five demo shops per channel: 1 (quota {@value #QUOTA}/s, general), 2 (quota
 * {@value #LOW_QUOTA}/s, pacing), 3 (quota {@value #QUOTA}/s, call counting), 4 (quota {@value #FAULT_QUOTA}/s, lower than
 * ours, for the fault run), 5 (quota {@value #QUOTA}/s, with a refresh token: token renewal). Access tokens the sandbox
 * issues by a refresh live {@link #TOKEN_LIFETIME}; the configured ones never expire.
 */
public final class SandboxServer {

    public static final int QUOTA = 100;
    public static final int LOW_QUOTA = 5;
    public static final int FAULT_QUOTA = 60;
    public static final int TOKEN_SHOP = 5;
    public static final java.time.Duration TOKEN_LIFETIME = java.time.Duration.ofSeconds(10);

    public static final String TTS_APP_KEY = "tenun-demo-tts";
    public static final String TTS_APP_SECRET = "tenun-demo-tts-secret";
    public static final String SHOPEE_PARTNER_ID = "2001001";
    public static final String SHOPEE_PARTNER_KEY = "tenun-demo-shopee-partner-key";
    public static final String LAZADA_APP_KEY = "100001";
    public static final String LAZADA_APP_SECRET = "tenun-demo-lazada-secret";

    private static SandboxServer instance;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    private SandboxServer() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.config.location=optional:" + configRoot(),
                "--management.metrics.use-global-registry=false",
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--spring.autoconfigure.exclude=" + String.join(",", exclusions()),
                "--sandbox.buyers.order-interval=0s", "--sandbox.buyers.step-interval=0s",
                "--sandbox.tokopedia.audit-delay=200ms", "--sandbox.lazada.qc-delay=200ms",
                "--logging.level.id.tenun.sandbox=WARN"));
        for (String channel : List.of("tokopedia", "shopee", "lazada")) {
            args.add("--sandbox." + channel + ".access-token-lifetime=" + TOKEN_LIFETIME.toSeconds() + "s");
        }
        for (int n = 1; n <= TOKEN_SHOP; n++) {
            int i = n - 1;
            String quota = Integer.toString(quota(n));
            args.add("--sandbox.tokopedia.shops[" + i + "].shop-id=" + tokopediaShop(n));
            args.add("--sandbox.tokopedia.shops[" + i + "].shop-cipher=ROW_tenunTest" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].access-token=tts-test-token-" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].warehouse-id=74950000000000001" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].quota-per-second=" + quota);
            args.add("--sandbox.shopee.shops[" + i + "].shop-id=" + shopeeShop(n));
            args.add("--sandbox.shopee.shops[" + i + "].access-token=shopee-test-token-" + n);
            args.add("--sandbox.shopee.shops[" + i + "].quota-per-second=" + quota);
            args.add("--sandbox.lazada.shops[" + i + "].seller-id=" + lazadaShop(n));
            args.add("--sandbox.lazada.shops[" + i + "].access-token=lazada-test-token-" + n);
            args.add("--sandbox.lazada.shops[" + i + "].quota-per-second=" + quota);
            args.add("--sandbox.tokopedia.shops[" + i + "].refresh-token=" + refreshToken("tokopedia", n));
            args.add("--sandbox.shopee.shops[" + i + "].refresh-token=" + refreshToken("shopee", n));
            args.add("--sandbox.lazada.shops[" + i + "].refresh-token=" + refreshToken("lazada", n));
        }
        context = new SpringApplicationBuilder(SandboxApplication.class).registerShutdownHook(true)
            .run(args.toArray(String[]::new));
        url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static synchronized SandboxServer get() {
        if (instance == null) {
            instance = new SandboxServer();
        }
        return instance;
    }

    static int quota(int shop) {
        return switch (shop) {
            case 2 -> LOW_QUOTA;
            case 4 -> FAULT_QUOTA;
            default -> QUOTA;
        };
    }

    /** The refresh token configured for shop {@code n} (rotated by the first refresh). */
    public static String refreshToken(String channel, int n) {
        return channel + "-test-refresh-" + n;
    }

    /** The configured (never expiring) access token of shop {@code n}. */
    public static String accessToken(String channel, int n) {
        return (channel.equals("tokopedia") ? "tts" : channel) + "-test-token-" + n;
    }

    public static String tokopediaShop(int n) {
        return "749500000000000000" + n;
    }

    public static String shopeeShop(int n) {
        return "30010000" + n;
    }

    public static String lazadaShop(int n) {
        return "100010000" + n;
    }

    public static String shop(String channel, int n) {
        return switch (channel) {
            case "tokopedia" -> tokopediaShop(n);
            case "shopee" -> shopeeShop(n);
            default -> lazadaShop(n);
        };
    }

    /** The PUT body that connects shop {@code n} of a channel. */
    public static String connectionBody(String channel, int n, String extra) {
        String credentials = switch (channel) {
            case "tokopedia" -> "{\"appKey\":\"" + TTS_APP_KEY + "\",\"appSecret\":\"" + TTS_APP_SECRET
                    + "\",\"accessToken\":\"tts-test-token-" + n + "\",\"shopCipher\":\"ROW_tenunTest" + n
                    + "\",\"warehouseId\":\"74950000000000001" + n + "\"}";
            case "shopee" -> "{\"appKey\":\"" + SHOPEE_PARTNER_ID + "\",\"appSecret\":\"" + SHOPEE_PARTNER_KEY
                    + "\",\"accessToken\":\"shopee-test-token-" + n + "\",\"logisticId\":\"80014\"}";
            default -> "{\"appKey\":\"" + LAZADA_APP_KEY + "\",\"appSecret\":\"" + LAZADA_APP_SECRET
                    + "\",\"accessToken\":\"lazada-test-token-" + n + "\"}";
        };
        return "{\"shopId\":\"" + shop(channel, n) + "\",\"credentials\":" + credentials
                + (extra == null || extra.isBlank() ? "" : "," + extra) + "}";
    }

    public String url() {
        return url;
    }

    public String baseUrl(String channel) {
        return url + switch (channel) {
            case "tokopedia" -> "/tokopedia";
            case "shopee" -> "/shopee";
            default -> "/lazada/rest";
        };
    }

    public String imageUrl(String name) {
        return url + "/sandbox/images/" + name + ".png";
    }

    /** The sandbox's listings of a shop by seller SKU. */
    public JsonNode listings(String channel, String shopId) {
        return get("/sandbox/listings?channel=" + channel + "&shopId=" + shopId);
    }

    public JsonNode listing(String channel, String shopId, String sku) {
        for (JsonNode listing : listings(channel, shopId)) {
            if (sku.equals(listing.path("sellerSku").asString(""))) {
                return listing;
            }
        }
        return null;
    }

    /** A seller edits a listing's price and stock by hand in the marketplace's seller centre. */
    public void handEdit(String channel, String shopId, String itemId, long price, int stock) {
        send(HttpRequest.newBuilder(URI.create(url + "/sandbox/listings/" + channel + "/" + shopId + "/" + itemId))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"price\":" + price + ",\"stock\":" + stock + "}"))
            .build());
    }

    /** Calls the sandbox received on a channel, newest first (it keeps the last 2000). */
    public JsonNode calls(String channel) {
        return get("/sandbox/calls?channel=" + channel + "&limit=2000");
    }

    public void faults(String channel, String json) {
        send(HttpRequest.newBuilder(URI.create(url + "/sandbox/faults/" + channel))
            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public void healAll() {
        send(HttpRequest.newBuilder(URI.create(url + "/sandbox/faults")).DELETE().build());
    }

    private JsonNode get(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url + path)).GET().build()));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String configRoot() {
        URL location = SandboxApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String url = location.toString();
        if (url.endsWith(".jar")) {
            return "jar:" + url + "!/";
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<String> exclusions() {
        List<String> prefixes = List.of("id.tenun.support.", "org.springframework.boot.security.",
                "org.springframework.boot.kafka.", "org.springframework.boot.mongodb.",
                "org.springframework.boot.data.mongodb.", "io.github.resilience4j.");
        return ImportCandidates.load(AutoConfiguration.class, SandboxServer.class.getClassLoader()).getCandidates()
            .stream()
            .filter(name -> prefixes.stream().anyMatch(name::startsWith))
            .toList();
    }

}

package id.tenun.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;

/**
 * The real marketplace sandbox, started in the test JVM on a free port, once per {@link Setup}: no simulated buyers
 * (orders on command), small audit/QC delays, and the shops of the setup on every channel. Shop {@code n} has a
 * configured access token that never expires and a refresh token; the access tokens the sandbox issues by a refresh
 * live {@link #TOKEN_LIFETIME}. A service's tests bring the sandbox themselves (a test dependency on
 * {@code marketplace-sandbox}); it is found by its class name, because the sandbox's own tests use test-support.
 */
public final class SandboxServer {

    public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(10);

    public static final String TTS_APP_KEY = "tenun-demo-tts";
    public static final String TTS_APP_SECRET = "tenun-demo-tts-secret";
    public static final String SHOPEE_PARTNER_ID = "2001001";
    public static final String SHOPEE_PARTNER_KEY = "tenun-demo-shopee-partner-key";
    public static final String LAZADA_APP_KEY = "100001";
    public static final String LAZADA_APP_SECRET = "tenun-demo-lazada-secret";

    private static final String SANDBOX_APPLICATION = "id.tenun.sandbox.SandboxApplication";

    private static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    private static final Map<Setup, SandboxServer> STARTED = new HashMap<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;

    private final String url;

    private final HttpClient http = HttpClient.newHttpClient();

    private final Marketplaces marketplaces;

    /**
     * What a test JVM needs of its sandbox.
     *
     * @param quotas the calls per second the sandbox grants shop {@code n}, at index {@code n - 1}: one per shop
     * @param auditDelay how long Tokopedia's audit and Lazada's quality check take
     * @param settings further sandbox settings, without the {@code --} (webhook addresses and retries)
     */
    public record Setup(List<Integer> quotas, Duration auditDelay, Map<String, String> settings) {

        public Setup {
            quotas = List.copyOf(quotas);
            settings = Map.copyOf(settings);
        }
    }

    private SandboxServer(Setup setup) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.config.location=optional:" + configRoot(),
                "--management.metrics.use-global-registry=false",
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--spring.autoconfigure.exclude=" + String.join(",", exclusions()),
                "--sandbox.buyers.order-interval=0s", "--sandbox.buyers.step-interval=0s",
                "--sandbox.tokopedia.audit-delay=" + setup.auditDelay().toMillis() + "ms",
                "--sandbox.lazada.qc-delay=" + setup.auditDelay().toMillis() + "ms",
                "--logging.level.id.tenun.sandbox=WARN"));
        for (String channel : CHANNELS) {
            args.add("--sandbox." + channel + ".access-token-lifetime=" + TOKEN_LIFETIME.toSeconds() + "s");
        }
        for (int n = 1; n <= setup.quotas().size(); n++) {
            String i = "[" + (n - 1) + "].";
            String quota = Integer.toString(setup.quotas().get(n - 1));
            args.add("--sandbox.tokopedia.shops" + i + "shop-id=" + tokopediaShop(n));
            args.add("--sandbox.tokopedia.shops" + i + "shop-cipher=" + shopCipher(n));
            args.add("--sandbox.tokopedia.shops" + i + "warehouse-id=" + warehouse(n));
            args.add("--sandbox.shopee.shops" + i + "shop-id=" + shopeeShop(n));
            args.add("--sandbox.lazada.shops" + i + "seller-id=" + lazadaShop(n));
            for (String channel : CHANNELS) {
                args.add("--sandbox." + channel + ".shops" + i + "access-token=" + accessToken(channel, n));
                args.add("--sandbox." + channel + ".shops" + i + "refresh-token=" + refreshToken(channel, n));
                args.add("--sandbox." + channel + ".shops" + i + "quota-per-second=" + quota);
            }
        }
        setup.settings().forEach((key, value) -> args.add("--" + key + "=" + value));
        context = new SpringApplicationBuilder(sandboxApplication()).registerShutdownHook(true)
                .run(args.toArray(String[]::new));
        url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        marketplaces = Marketplaces.create(channelSettings(setup.quotas().size()), Clock.systemUTC());
    }

    /** The sandbox of this setup, started at the first call in this JVM. */
    public static synchronized SandboxServer get(Setup setup) {
        return STARTED.computeIfAbsent(setup, SandboxServer::new);
    }

    /** The refresh token configured for shop {@code n} (rotated by the first refresh). */
    public static String refreshToken(String channel, int n) {
        return channel + "-test-refresh-" + n;
    }

    /** The configured (never expiring) access token of shop {@code n}. */
    public static String accessToken(String channel, int n) {
        return (channel.equals("tokopedia") ? "tts" : channel) + "-test-token-" + n;
    }

    /** The Tokopedia shop cipher of shop {@code n}. */
    public static String shopCipher(int n) {
        return "ROW_tenunTest" + n;
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

    /** The credentials of shop {@code n} as a listing-sync connection body, with {@code extra} fields if given. */
    public static String connectionBody(String channel, int n, String extra) {
        String credentials = switch (channel) {
            case "tokopedia" -> "{\"appKey\":\"" + TTS_APP_KEY + "\",\"appSecret\":\"" + TTS_APP_SECRET
                    + "\",\"accessToken\":\"" + accessToken(channel, n) + "\",\"shopCipher\":\"" + shopCipher(n)
                    + "\",\"warehouseId\":\"" + warehouse(n) + "\"}";
            case "shopee" -> "{\"appKey\":\"" + SHOPEE_PARTNER_ID + "\",\"appSecret\":\"" + SHOPEE_PARTNER_KEY
                    + "\",\"accessToken\":\"" + accessToken(channel, n) + "\",\"logisticId\":\"80014\"}";
            default -> "{\"appKey\":\"" + LAZADA_APP_KEY + "\",\"appSecret\":\"" + LAZADA_APP_SECRET
                    + "\",\"accessToken\":\"" + accessToken(channel, n) + "\"}";
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

    /** Lists a woven cloth with this SKU on the shop, through the real adapters, and waits until it is live. */
    public void list(String channel, int shop, String sku, long price, int stock) {
        String category = switch (channel) {
            case "tokopedia" -> "600301";
            case "shopee" -> "100301";
            default -> "10301";
        };
        String attribute = switch (channel) {
            case "tokopedia" -> "100200";
            case "shopee" -> "100020";
            default -> "material";
        };
        ListingDraft draft = new ListingDraft(sku, "Sarung Tenun Ikat " + sku, "Tenun ikat pewarna alam.", category,
                Map.of(attribute, "benang kapas"), price, stock, 800, new ListingDraft.Dimensions(35, 25, 5),
                List.of(imageUrl(sku)), null);
        ListingResult result = marketplaces.listings(channel).create(credentials(channel, shop), draft);
        String externalId;
        if (result instanceof ListingResult.Accepted accepted) {
            externalId = accepted.externalId();
        } else if (result instanceof ListingResult.PendingAudit pending) {
            externalId = pending.externalId();
        } else {
            throw new IllegalStateException("Could not list " + sku + " on " + channel + ": " + result);
        }
        for (int i = 0; i < 200; i++) {
            ListingResult status = marketplaces.listings(channel).status(credentials(channel, shop), externalId);
            if (status instanceof ListingResult.Accepted accepted && accepted.live()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException(sku + " never went live on " + channel);
    }

    /** The sandbox's listings of a shop by seller SKU. */
    public JsonNode listings(String channel, String shopId) {
        return send("GET", "/sandbox/listings?channel=" + channel + "&shopId=" + shopId, null);
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
        send("PATCH", "/sandbox/listings/" + channel + "/" + shopId + "/" + itemId,
                "{\"price\":" + price + ",\"stock\":" + stock + "}");
    }

    /** Places an order of the SKU now (the sandbox pushes its webhook); returns the marketplace's order id. */
    public String order(String channel, int shop, String sku, int quantity) {
        JsonNode order = send("POST", "/sandbox/buyers/orders", "{\"channel\":\"" + channel + "\",\"shopId\":\""
                + shop(channel, shop) + "\",\"sellerSku\":\"" + sku + "\",\"quantity\":" + quantity + "}");
        return order.path("orderId").asString();
    }

    public void move(String channel, String orderId, String status) {
        send("POST", "/sandbox/orders/" + channel + "/" + orderId + "/status", "{\"status\":\"" + status + "\"}");
    }

    /** Tries a move; false if the lifecycle forbids it. */
    public boolean tryMove(String channel, String orderId, String status) {
        try {
            move(channel, orderId, status);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    public JsonNode orders(String channel) {
        return send("GET", "/sandbox/orders?channel=" + channel, null);
    }

    public JsonNode webhooks(String channel, int limit) {
        return send("GET", "/sandbox/webhooks?channel=" + channel + "&limit=" + limit, null);
    }

    /** Calls the sandbox received on a channel, newest first (it keeps the last 2000). */
    public JsonNode calls(String channel) {
        return send("GET", "/sandbox/calls?channel=" + channel + "&limit=2000", null);
    }

    public void faults(String channel, String json) {
        send("PUT", "/sandbox/faults/" + channel, json);
    }

    public void healAll() {
        send("DELETE", "/sandbox/faults", null);
    }

    public JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String warehouse(int n) {
        return "74950000000000001" + n;
    }

    /** The credentials of the channel's shop {@code n}, as listing sync would open them. */
    private static ShopCredentials credentials(String channel, int n) {
        String key = switch (channel) {
            case "tokopedia" -> TTS_APP_KEY;
            case "shopee" -> SHOPEE_PARTNER_ID;
            default -> LAZADA_APP_KEY;
        };
        String secret = switch (channel) {
            case "tokopedia" -> TTS_APP_SECRET;
            case "shopee" -> SHOPEE_PARTNER_KEY;
            default -> LAZADA_APP_SECRET;
        };
        return new ShopCredentials(shop(channel, n), key, secret, accessToken(channel, n),
                channel.equals("tokopedia") ? shopCipher(n) : "",
                Map.of("warehouse_id", warehouse(n), "logistic_id", "80014"));
    }

    /** Every shop of the sandbox, for the adapters {@link #list} uses. */
    private Map<Channel, ChannelSettings> channelSettings(int shops) {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        for (String channel : CHANNELS) {
            List<ShopCredentials> credentials = new ArrayList<>();
            for (int n = 1; n <= shops; n++) {
                credentials.add(credentials(channel, n));
            }
            settings.put(Channel.of(channel), new ChannelSettings(URI.create(baseUrl(channel)), Duration.ofSeconds(3),
                    Duration.ofSeconds(5), 100, null, Duration.ofMinutes(15), credentials));
        }
        return settings;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String configRoot() {
        URL location = sandboxApplication().getProtectionDomain().getCodeSource().getLocation();
        String text = location.toString();
        if (text.endsWith(".jar")) {
            return "jar:" + text + "!/";
        }
        return text.endsWith("/") ? text : text + "/";
    }

    private static Class<?> sandboxApplication() {
        try {
            return Class.forName(SANDBOX_APPLICATION, false, SandboxServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The marketplace sandbox is not on the test class path: declare a test "
                    + "dependency on marketplace-sandbox", e);
        }
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

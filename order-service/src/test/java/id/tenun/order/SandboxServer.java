package id.tenun.order;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.sandbox.SandboxApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real marketplace sandbox, once per test JVM, in-process on a free port: no background buyers (orders on
 * command), small audit/QC delays, quick webhook retries, and two shops per channel (1: the shared tests, 2: the
 * convergence run), sending signed webhooks to the {@link WebhookRelay}.
 */
public final class SandboxServer {

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

    private final Marketplaces marketplaces;

    private SandboxServer() {
        WebhookRelay relay = WebhookRelay.get();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.config.location=optional:" + configRoot(),
                "--management.metrics.use-global-registry=false",
                "--management.endpoint.health.group.readiness.include=readinessState",
                "--spring.autoconfigure.exclude=" + String.join(",", exclusions()),
                "--sandbox.buyers.order-interval=0s", "--sandbox.buyers.step-interval=0s",
                "--sandbox.tokopedia.audit-delay=100ms", "--sandbox.lazada.qc-delay=100ms",
                "--logging.level.id.tenun.sandbox=WARN"));
        for (String channel : WebhookRelay.channels()) {
            args.add("--sandbox." + channel + ".webhook-url=" + relay.url(channel));
            args.add("--sandbox." + channel + ".webhook-max-attempts=8");
            args.add("--sandbox." + channel + ".webhook-retry-interval=500ms");
        }
        for (int n = 1; n <= 2; n++) {
            int i = n - 1;
            args.add("--sandbox.tokopedia.shops[" + i + "].shop-id=" + shop("tokopedia", n));
            args.add("--sandbox.tokopedia.shops[" + i + "].shop-cipher=ROW_tenunOrder" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].access-token=tts-order-token-" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].warehouse-id=74950000000000001" + n);
            args.add("--sandbox.tokopedia.shops[" + i + "].quota-per-second=1000");
            args.add("--sandbox.shopee.shops[" + i + "].shop-id=" + shop("shopee", n));
            args.add("--sandbox.shopee.shops[" + i + "].access-token=shopee-order-token-" + n);
            args.add("--sandbox.shopee.shops[" + i + "].quota-per-second=1000");
            args.add("--sandbox.lazada.shops[" + i + "].seller-id=" + shop("lazada", n));
            args.add("--sandbox.lazada.shops[" + i + "].access-token=lazada-order-token-" + n);
            args.add("--sandbox.lazada.shops[" + i + "].quota-per-second=1000");
        }
        context = new SpringApplicationBuilder(SandboxApplication.class).registerShutdownHook(true)
            .run(args.toArray(String[]::new));
        url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        marketplaces = Marketplaces.create(channelSettings(), Clock.systemUTC());
    }

    public static synchronized SandboxServer get() {
        if (instance == null) {
            instance = new SandboxServer();
        }
        return instance;
    }

    public static String shop(String channel, int n) {
        return switch (channel) {
            case "tokopedia" -> "749500000000000000" + n;
            case "shopee" -> "30010000" + n;
            default -> "100010000" + n;
        };
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

    /** The order service's settings for this sandbox, with the given shops connected. */
    public Map<String, String> serviceSettings(int... shops) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String channel : WebhookRelay.channels()) {
            String prefix = "tenun.orders.marketplaces.channels." + channel + ".";
            settings.put(prefix + "base-url", baseUrl(channel));
            settings.put(prefix + "webhook-callback-url", WebhookRelay.get().url(channel));
            for (int i = 0; i < shops.length; i++) {
                settings.put(prefix + "shops[" + i + "].shop-id", shop(channel, shops[i]));
                settings.put(prefix + "shops[" + i + "].access-token", token(channel, shops[i]));
                settings.put(prefix + "shops[" + i + "].shop-cipher", channel.equals("tokopedia")
                        ? "ROW_tenunOrder" + shops[i] : "");
            }
        }
        return settings;
    }

    private static String token(String channel, int n) {
        return switch (channel) {
            case "tokopedia" -> "tts-order-token-" + n;
            case "shopee" -> "shopee-order-token-" + n;
            default -> "lazada-order-token-" + n;
        };
    }

    /** The credentials of the channel's shop {@code n}. */
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
        return new ShopCredentials(shop(channel, n), key, secret, token(channel, n),
                channel.equals("tokopedia") ? "ROW_tenunOrder" + n : "",
                Map.of("warehouse_id", "74950000000000001" + n, "logistic_id", "80014"));
    }

    private Map<Channel, ChannelSettings> channelSettings() {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        for (String channel : WebhookRelay.channels()) {
            List<ShopCredentials> shops = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                shops.add(credentials(channel, n));
            }
            settings.put(Channel.of(channel), new ChannelSettings(URI.create(baseUrl(channel)), Duration.ofSeconds(3),
                    Duration.ofSeconds(5), 100, WebhookRelay.get().url(channel), Duration.ofMinutes(15), shops));
        }
        return settings;
    }

    /** The adapters, with every shop of the sandbox (tests sign and list with them). */
    public Marketplaces marketplaces() {
        return marketplaces;
    }

    /** Lists a woven cloth with this SKU on the channel's shop and waits until it is live. */
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
                List.of(url + "/sandbox/images/" + sku + ".png"), null);
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        URL location = SandboxApplication.class.getProtectionDomain().getCodeSource().getLocation();
        String text = location.toString();
        if (text.endsWith(".jar")) {
            return "jar:" + text + "!/";
        }
        return text.endsWith("/") ? text : text + "/";
    }

    private static List<String> exclusions() {
        List<String> prefixes = List.of("id.tenun.support.", "org.springframework.boot.security.",
                "org.springframework.boot.kafka.", "org.springframework.boot.mongodb.",
                "org.springframework.boot.data.mongodb.");
        return ImportCandidates.load(AutoConfiguration.class, SandboxServer.class.getClassLoader()).getCandidates()
            .stream()
            .filter(name -> prefixes.stream().anyMatch(name::startsWith))
            .toList();
    }
}

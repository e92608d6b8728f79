package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.Programme;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.order.OrderApplication;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.WebhookRelay;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.support.kafka.EventSerializer;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * 1,000 orders on shop 2 of the three sandboxes, with every webhook sent twice, a tenth of the orders moved while
 * pushes are held back and sent out of order, a tenth of the pushes never sent (polling finds them), and the
 * service stopped mid-run and started again on the same database and consumer group. The sales per regency, group
 * and channel then equal the sandbox's own orders exactly, each order is stored once, and a rebuild gives the same
 * numbers. Runs its own service instances (so it can stop one), not the shared test context.
 */
class ConvergenceIntegrationTests {

    static final int ORDERS = Integer.getInteger("tenun.convergence.orders", 1000);

    static final SandboxServer SANDBOX = SandboxServer.get(OrderServiceIntegrationTestSupport.SANDBOX_SETUP);

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String[] VILLAGES = {"53.07.03.2005", "53.07.01.2001", "53.10.01.2001", "53.10.02.2002",
            "53.01.01.2001", "53.01.02.2002"};

    static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    static ConfigurableApplicationContext running;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    final String database = "conv_" + run;

    final Map<String, String> regencyOfSku = new HashMap<>();

    final Map<String, String> groupOfSku = new HashMap<>();

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
        SANDBOX.healAll();
    }

    @Test
    void neverCountsAnOrderTwiceOrLosesOneThroughDuplicatesDisorderLossAndARestart() throws Exception {
        running = start();
        List<String> skus = catalog();
        var projection = running.getBean(CatalogProjection.class);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> skus.stream().allMatch(sku -> projection.bySku(sku).isPresent()));
        for (String channel : CHANNELS) {
            for (String sku : skus) {
                SANDBOX.list(channel, 2, sku, 25_000 + 5_000L * skus.indexOf(sku), 100_000);
            }
        }
        for (String channel : CHANNELS) {
            SANDBOX.faults(channel, "{\"duplicateWebhookRate\":1.0,\"dropWebhookRate\":0.1}");
        }

        List<String[]> placed = new ArrayList<>();
        ExecutorService buyers = Executors.newFixedThreadPool(4);
        List<Future<String[]>> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            int n = i;
            orders.add(buyers.submit(() -> {
                String channel = CHANNELS.get(n % 3);
                String sku = skus.get((n / 3) % skus.size());
                return new String[]{channel, SANDBOX.order(channel, 2, sku, 1 + n % 3)};
            }));
        }
        for (Future<String[]> order : orders) {
            placed.add(order.get());
        }

        List<Future<?>> moves = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (i % 10 == 0) {
                continue;
            }
            int n = i;
            moves.add(buyers.submit(() -> move(placed.get(n), n)));
            if (i == placed.size() / 2) {
                for (Future<?> move : moves) {
                    move.get();
                }
                // the service goes away mid-run: pushes meanwhile get 503s (retried, then given up: polling)
                WebhookRelay.get().target(0);
                running.close();
                running = start();
            }
        }
        for (Future<?> move : moves) {
            move.get();
        }
        for (String channel : CHANNELS) {
            SANDBOX.faults(channel,
                    "{\"duplicateWebhookRate\":1.0,\"dropWebhookRate\":0.1,\"outOfOrderWebhooks\":true}");
        }
        for (int i = 0; i < placed.size(); i += 10) {
            move(placed.get(i), i);
        }
        buyers.shutdown();
        SANDBOX.healAll();

        Map<String, long[]> truthByRegency = new TreeMap<>();
        Map<String, long[]> truthByGroup = new TreeMap<>();
        Map<String, long[]> truthByChannel = new TreeMap<>();
        groundTruth(truthByRegency, truthByGroup, truthByChannel);
        assertThat(truthByChannel.values().stream().mapToLong(m -> m[0]).sum()).isEqualTo(ORDERS);

        long settled = System.currentTimeMillis();
        long deadline = settled + Duration.ofMinutes(3).toMillis();
        Map<String, long[]> byRegency = Map.of();
        while (System.currentTimeMillis() < deadline) {
            byRegency = sales("regency");
            if (same(byRegency, truthByRegency) && same(sales("channel"), truthByChannel)) {
                break;
            }
            Thread.sleep(2_000);
        }
        Files.writeString(Path.of("target", "convergence.txt"), "converged after "
                + (System.currentTimeMillis() - settled) + " ms\nservice by regency\n" + render(byRegency)
                + "sandbox by regency\n" + render(truthByRegency) + "service by channel\n" + render(sales("channel"))
                + "sandbox by channel\n" + render(truthByChannel) + "orders stored: "
                + get("/api/orders?size=1").path("total").asLong() + "\n");
        assertThat(render(byRegency)).isEqualTo(render(truthByRegency));
        assertThat(render(sales("group"))).isEqualTo(render(truthByGroup));
        assertThat(render(sales("channel"))).isEqualTo(render(truthByChannel));
        assertThat(get("/api/orders?size=1").path("total").asLong()).isEqualTo(ORDERS);

        HttpResponse<String> rebuilt = HTTP.send(request("/api/sales/rebuild").POST(HttpRequest.BodyPublishers
                .noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rebuilt.statusCode()).isEqualTo(200);
        assertThat(render(sales("regency"))).isEqualTo(render(truthByRegency));
        assertThat(render(sales("group"))).isEqualTo(render(truthByGroup));
        assertThat(render(sales("channel"))).isEqualTo(render(truthByChannel));
    }

    /** Moves an order along a path chosen by its number: completed, cancelled, returned, or left on the way. */
    private static void move(String[] order, int n) {
        int plan = n % 20;
        List<String> path = switch (plan) {
            case 1 -> List.of("CANCELLED");
            case 2 -> List.of("PAID", "CANCELLED");
            case 3 -> List.of("PAID", "SHIPPED", "DELIVERED", "RETURNED");
            case 4, 5, 6, 7, 8, 9, 10, 11 -> List.of("PAID", "SHIPPED", "DELIVERED", "COMPLETED");
            case 12, 13, 14, 15 -> List.of("PAID");
            case 16, 17 -> List.of("PAID", "SHIPPED");
            default -> List.of();
        };
        for (String status : path) {
            SANDBOX.move(order[0], order[1], status);
        }
    }

    private List<String> catalog() {
        var producer = new DefaultKafkaProducerFactory<String, TenunEvent>(Map.of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(),
                new EventSerializer());
        KafkaTemplate<String, TenunEvent> kafka = new KafkaTemplate<>(producer);
        List<String> skus = new ArrayList<>();
        for (int g = 0; g < VILLAGES.length; g++) {
            String groupId = "grp-conv-" + run + "-" + g;
            String sku = ("CONV-" + run + "-" + g).toUpperCase();
            GroupSnapshot group = OrderServiceIntegrationTestSupport.group(groupId, VILLAGES[g],
                    g % 2 == 0 ? Programme.OVOP : Programme.OCOP);
            ProductSnapshot product = OrderServiceIntegrationTestSupport.product("prd-conv-" + run + "-" + g,
                    groupId, sku, VILLAGES[g], g % 2 == 0);
            kafka.send(Topics.GROUPS, groupId, GroupChanged.of(group)).join();
            kafka.send(Topics.PRODUCTS, product.productId(), ProductChanged.of(product)).join();
            skus.add(sku);
            regencyOfSku.put(sku, group.regencyCode());
            groupOfSku.put(sku, groupId);
        }
        producer.destroy();
        return skus;
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("management.metrics.use-global-registry", "false");
        properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.get().kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", TestInfrastructure.get().mongoUri());
        properties.put("spring.mongodb.database", database);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.putAll(OrderServiceIntegrationTestSupport.serviceSettings(2));
        properties.putAll(OrderServiceIntegrationTestSupport.testSettings());
        properties.put("tenun.orders.polling.enabled", "true");
        properties.put("tenun.orders.polling.interval", "1s");
        properties.put("tenun.orders.polling.overlap", "3s");
        properties.put("tenun.orders.polling.first-look-back", "30m");
        properties.put("tenun.orders.processing.group-id", "order-convergence-" + run);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        WebhookRelay.get().target(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        return context;
    }

    /**
     * The sandbox's own orders on shop 2, summed: orders, gross, net (less the seller's discount), cancelled and
     * returned.
     */
    private void groundTruth(Map<String, long[]> byRegency, Map<String, long[]> byGroup,
            Map<String, long[]> byChannel) {
        for (String channel : CHANNELS) {
            for (JsonNode order : SANDBOX.orders(channel)) {
                if (!order.path("shopId").asString().equals(SandboxServer.shop(channel, 2))) {
                    continue;
                }
                JsonNode line = order.path("lines").path(0);
                String sku = line.path("sellerSku").asString();
                if (!groupOfSku.containsKey(sku)) {
                    continue;
                }
                long gross = line.path("quantity").asLong() * line.path("unitPrice").asLong();
                long net = gross - order.path("sellerDiscount").asLong();
                String stage = order.path("stage").asString();
                long[] measures = {1, gross, stage.equals("CANCELLED") || stage.equals("RETURNED") ? 0 : net,
                        stage.equals("CANCELLED") ? 1 : 0, stage.equals("RETURNED") ? 1 : 0};
                add(byRegency, regencyOfSku.get(sku), measures);
                add(byGroup, groupOfSku.get(sku), measures);
                add(byChannel, channel, measures);
            }
        }
    }

    private static void add(Map<String, long[]> totals, String key, long[] measures) {
        long[] sum = totals.computeIfAbsent(key, k -> new long[measures.length]);
        for (int i = 0; i < measures.length; i++) {
            sum[i] += measures[i];
        }
    }

    private Map<String, long[]> sales(String by) throws Exception {
        Map<String, long[]> totals = new TreeMap<>();
        for (JsonNode row : get("/api/sales?by=" + by + "&period=month&series=false&size=500").path("items")) {
            totals.put(row.path("key").asString(), new long[]{row.path("orders").asLong(),
                    row.path("grossRupiah").asLong(), row.path("netRupiah").asLong(), row.path("cancelled").asLong(),
                    row.path("returned").asLong()});
        }
        return totals;
    }

    private static boolean same(Map<String, long[]> a, Map<String, long[]> b) {
        return render(a).equals(render(b));
    }

    private static String render(Map<String, long[]> totals) {
        StringBuilder text = new StringBuilder();
        totals.forEach((key, m) -> text.append(key).append('=').append(Arrays.toString(m)).append('\n'));
        return text.toString();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        String port = running.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.staff()).timeout(Duration.ofSeconds(30));
    }
}

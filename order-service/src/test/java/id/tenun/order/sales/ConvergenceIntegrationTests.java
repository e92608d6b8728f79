package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.order.OrderApplication;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.ShopOrder;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.support.kafka.EventSerializer;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * 300 orders (more with {@code -Dtenun.convergence.orders=N}) on three channels, as listing sync reads them: every
 * read published twice, a tenth of the reads on the way never published (the final one always is: listing sync's
 * polling finds it), a tenth of the orders with their reads out of order, and the service stopped while it works through them and started again on the same database
 * and consumer group, the reads published meanwhile waiting on the topic. The sales per regency, group and channel
 * then equal the orders' own figures exactly, each order is stored once, and a rebuild gives the same numbers. Runs
 * its own service instances (so it can stop one), not the shared test context.
 */
class ConvergenceIntegrationTests {

    static final int ORDERS = Integer.getInteger("tenun.convergence.orders", 300);

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String[] VILLAGES = {"53.07.03.2005", "53.07.01.2001", "53.10.01.2001", "53.10.02.2002",
            "53.01.01.2001", "53.01.02.2002"};

    static final List<String> CHANNELS = List.of("tokopedia", "shopee", "lazada");

    static final Instant START = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.HOURS);

    static ConfigurableApplicationContext running;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    final String database = "conv_" + run;

    final Map<String, String> regencyOfSku = new HashMap<>();

    final Map<String, String> groupOfSku = new HashMap<>();

    final Random random = new Random(42);

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void neverCountsAnOrderTwiceOrLosesOneThroughDuplicatesDisorderLossAndARestart() throws Exception {
        DefaultKafkaProducerFactory<String, TenunEvent> producer = new DefaultKafkaProducerFactory<>(Map.of(
                "bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(),
                new EventSerializer());
        KafkaTemplate<String, TenunEvent> kafka = new KafkaTemplate<>(producer);
        running = start();
        List<String> skus = catalog(kafka);
        var projection = running.getBean(CatalogProjection.class);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> skus.stream().allMatch(sku -> projection.bySku(sku).isPresent()));

        Map<ShopOrder, String> finalStatus = new LinkedHashMap<>();
        List<List<ShopOrderRead>> readsByOrder = new ArrayList<>();
        for (int n = 0; n < ORDERS; n++) {
            String channel = CHANNELS.get(n % 3);
            String sku = skus.get((n / 3) % skus.size());
            String groupId = groupOfSku.get(sku);
            ShopOrder order = ShopOrder.of(channel, groupId, "conv-" + run + "-" + n, START.plusSeconds(n), sku,
                    1 + n % 3, 25_000 + 5_000L * skus.indexOf(sku))
                    .withAmounts(n % 4 == 0 ? 1_000L * (n % 7) : 0L, 10_000L, null);
            List<String> path = path(n);
            finalStatus.put(order, path.get(path.size() - 1));
            readsByOrder.add(published(order, path, n));
        }
        List<ShopOrderRead> sent = interleaved(readsByOrder);

        int half = sent.size() / 2;
        send(kafka, sent.subList(0, half));
        // the service goes away while it works through the first half; the second half waits on the topic
        running.close();
        send(kafka, sent.subList(half, sent.size()));
        running = start();
        producer.destroy();

        Map<String, long[]> truthByRegency = new TreeMap<>();
        Map<String, long[]> truthByGroup = new TreeMap<>();
        Map<String, long[]> truthByChannel = new TreeMap<>();
        finalStatus.forEach((order, status) -> {
            long gross = order.grossRupiah();
            boolean undone = status.equals("cancelled") || status.equals("returned");
            long[] measures = {1, gross, undone ? 0 : gross - order.discountRupiah(),
                    status.equals("cancelled") ? 1 : 0, status.equals("returned") ? 1 : 0};
            String sku = order.lines().get(0).sellerSku();
            add(truthByRegency, regencyOfSku.get(sku), measures);
            add(truthByGroup, groupOfSku.get(sku), measures);
            add(truthByChannel, order.channel(), measures);
        });
        assertThat(truthByChannel.values().stream().mapToLong(m -> m[0]).sum()).isEqualTo(ORDERS);

        long settled = System.currentTimeMillis();
        long deadline = settled + Duration.ofMinutes(6).toMillis();
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
                + "truth by regency\n" + render(truthByRegency) + "service by channel\n" + render(sales("channel"))
                + "truth by channel\n" + render(truthByChannel) + "orders stored: "
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

    /** The statuses an order goes through, chosen by its number: completed, cancelled, returned, or left on the way. */
    private static List<String> path(int n) {
        return switch (n % 20) {
            case 1 -> List.of("created", "cancelled");
            case 2 -> List.of("created", "paid", "cancelled");
            case 3 -> List.of("created", "paid", "shipped", "delivered", "returned");
            case 4, 5, 6, 7, 8, 9, 10, 11 -> List.of("created", "paid", "shipped", "delivered", "completed");
            case 12, 13, 14, 15 -> List.of("created", "paid");
            case 16, 17 -> List.of("created", "paid", "shipped");
            default -> List.of("created");
        };
    }

    /**
     * The reads of one order as they reach the topic: one per status, a minute apart, each twice; a tenth of those
     * before the last lost; for every tenth order all of them shuffled.
     */
    private List<ShopOrderRead> published(ShopOrder order, List<String> path, int n) {
        List<ShopOrderRead> reads = new ArrayList<>();
        for (int step = 0; step < path.size(); step++) {
            boolean last = step == path.size() - 1;
            if (!last && random.nextInt(10) == 0) {
                continue;
            }
            ShopOrderRead read = order.read(path.get(step), order.createdAt().plusSeconds(60L * step),
                    step % 2 == 0 ? "webhook" : "polling");
            reads.add(read);
            reads.add(read);
        }
        if (n % 10 == 0) {
            Collections.shuffle(reads, random);
        }
        return reads;
    }

    /** Every order's reads, taken in turn from each order, as orders move along side by side. */
    private static List<ShopOrderRead> interleaved(List<List<ShopOrderRead>> readsByOrder) {
        List<ShopOrderRead> all = new ArrayList<>();
        for (int i = 0; all.size() < readsByOrder.stream().mapToInt(List::size).sum(); i++) {
            for (List<ShopOrderRead> reads : readsByOrder) {
                if (i < reads.size()) {
                    all.add(reads.get(i));
                }
            }
        }
        return all;
    }

    private static void send(KafkaTemplate<String, TenunEvent> kafka, List<ShopOrderRead> reads) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (ShopOrderRead read : reads) {
            sends.add(kafka.send(Topics.SHOP_ORDERS, read.key(), read));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    }

    private List<String> catalog(KafkaTemplate<String, TenunEvent> kafka) {
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
        properties.put("tenun.local-development", "true");
        properties.putAll(OrderServiceIntegrationTestSupport.serviceSettings());
        properties.put("tenun.orders.processing.group-id", "order-convergence-" + run);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        return context;
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

package id.tenun.listing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.events.TenunEvent;
import id.tenun.events.listing.ListingState;
import id.tenun.events.listing.ListingStatusChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.shop.ChannelHealth;
import id.tenun.support.kafka.EventDeserializer;
import id.tenun.support.kafka.EventSerializer;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * Measures listing sync against the in-process sandbox (not run by Surefire):
 * <ol>
 * <li>latency from a catalog change to "accepted by all three sandboxes" (p50/p99) at a steady rate of changes, and
 * the marketplace calls per change;</li>
 * <li>an initial sync of many products: duration and quota utilization per channel.</li>
 * </ol>
 * Run: {@code ./mvnw -q -pl listing-sync-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.tenun.listing.ListingSyncBenchmark -Dexec.args="100 30 5000"} (changes per second, seconds,
 * products in the initial sync), or from the IDE.
 */
public final class ListingSyncBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int initial = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        SandboxServer sandbox = SandboxServer.get(ListingSyncIntegrationTestSupport.SANDBOX_SETUP);
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = "bench_" + UUID.randomUUID().toString().substring(0, 8);
        ConfigurableApplicationContext app = start(sandbox, infrastructure, database);
        RestTestClient http = RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port")).build();
        try (var producer = new KafkaProducer<String, TenunEvent>(Map.of("bootstrap.servers",
                infrastructure.kafkaBootstrapServers(), "acks", "all", "linger.ms", "0"), new StringSerializer(),
                new EventSerializer())) {
            // ---- 1. latency at a steady rate of changes, on shop 1
            connect(http, "grp-bench-a", 1);
            int products = Math.max(50, rate * 3); // each product changes every ~3 s
            List<ProductSnapshot> base = new ArrayList<>();
            for (int i = 0; i < products; i++) {
                ProductSnapshot p = ListingSyncIntegrationTestSupport.product("bench-a-" + i, "grp-bench-a", 1,
                        20_000, 50);
                base.add(p);
                producer.send(new ProducerRecord<>("catalog.products.v1", p.productId(), ProductChanged.of(p)));
            }
            producer.flush();
            waitUntil(() -> countSynced(app, "grp-bench-a") >= products * 3L, Duration.ofMinutes(10));
            System.out.printf("warm-up: %d products live on 3 channels%n", products);

            Map<String, Instant> published = new ConcurrentHashMap<>(); // productId:version -> when
            Map<String, Map<String, Long>> acceptedVersion = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, List<Instant>> pending = new ConcurrentHashMap<>();
            AtomicBoolean listening = new AtomicBoolean(true);
            Thread listener = new Thread(
                    () -> listen(infrastructure, listening, published, acceptedVersion, latencies));
            listener.start();
            Thread progress = progress(app, infrastructure, "listing-sync-" + database, latencies, listening);
            long callsBefore = totalCalls(app);
            long[] versions = new long[products];
            Arrays.fill(versions, 1);
            int changes = 0;
            long start = System.nanoTime();
            long intervalNanos = 1_000_000_000L / rate;
            for (int n = 0; n < rate * seconds; n++) {
                long due = start + n * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int i = n % products;
                versions[i]++;
                ProductSnapshot changed = ListingSyncIntegrationTestSupport.withVersion(base.get(i), versions[i],
                        20_000 + versions[i] * 100, 50 - (versions[i] % 10));
                published.put(changed.productId() + ":" + versions[i], Instant.now());
                producer.send(new ProducerRecord<>("catalog.products.v1", changed.productId(),
                        ProductChanged.of(changed)));
                changes++;
            }
            producer.flush();
            double sent = (System.nanoTime() - start) / 1e9;
            waitUntil(() -> latencies.size() >= published.size() - 0, Duration.ofMinutes(5));
            listening.set(false);
            listener.join();
            progress.join();
            long calls = totalCalls(app) - callsBefore;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("changes: %d in %.1f s (%.1f/s); accepted by all three: %d%n", changes, sent,
                    changes / sent, sorted.size());
            System.out.printf(
                    "latency change -> accepted by all three sandboxes: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                    pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
            System.out.printf("marketplace HTTP calls: %d (%.2f per change, %.2f per change per channel)%n", calls,
                    calls / (double) changes, calls / (double) changes / 3);

            // ---- 2. initial sync of many products, on shop 3
            connect(http, "grp-bench-b", 3);
            long before = totalCalls(app);
            Instant syncStart = Instant.now();
            for (int i = 0; i < initial; i++) {
                ProductSnapshot p = ListingSyncIntegrationTestSupport.product("bench-b-" + i, "grp-bench-b", 1, 15_000,
                        10);
                producer.send(new ProducerRecord<>("catalog.products.v1", p.productId(), ProductChanged.of(p)));
            }
            producer.flush();
            Map<String, List<Double>> utilisation = new ConcurrentHashMap<>();
            int total = initial * 3;
            while (true) {
                Thread.sleep(5000);
                var reports = app.getBean(ChannelHealth.class).report();
                long backlog = 0;
                for (var report : reports) {
                    backlog += report.backlog();
                    report.shops().stream().filter(s -> s.shopId().equals(SandboxServer.shop(report.channel(), 3)))
                            .forEach(s -> utilisation.computeIfAbsent(report.channel(), c -> new ArrayList<>())
                                    .add(s.quotaUsedPercentLastMinute()));
                }
                long live = countSynced(app, "grp-bench-b");
                System.out.printf("initial sync: %ds, %d/%d listings synced, backlog %d, quota used last minute %s%n",
                        Duration.between(syncStart, Instant.now()).toSeconds(), live, total, backlog, reports.stream()
                                .map(r -> r.channel() + "=" + r.shops().stream()
                                        .filter(s -> s.shopId().equals(SandboxServer.shop(r.channel(), 3)))
                                        .map(s -> s.quotaUsedPercentLastMinute() + "%").findFirst().orElse("-"))
                                .toList());
                if (live >= total || Duration.between(syncStart, Instant.now()).toMinutes() > 60) {
                    break;
                }
            }
            double took = Duration.between(syncStart, Instant.now()).toMillis() / 1000.0;
            long syncCalls = totalCalls(app) - before;
            System.out.printf("initial sync of %d products (%d listings): %.0f s, %d HTTP calls (%.2f per listing)%n",
                    initial, total, took, syncCalls, syncCalls / (double) total);
            utilisation.forEach((channel, values) -> System.out.printf(
                    "  %s quota used (last-minute windows, shop quota %d/s): max %.1f%%, median %.1f%%%n", channel,
                    ListingSyncIntegrationTestSupport.QUOTA, values.stream().mapToDouble(d -> d).max().orElse(0),
                    median(values)));
        } finally {
            app.close();
            System.exit(0);
        }
    }

    /**
     * Every 5 s while phase 1 runs: changes accepted by all three so far, the product consumer's lag (changes not yet
     * recorded as desired state) and the listings behind their desired state, so one sees where changes wait.
     */
    private static Thread progress(ConfigurableApplicationContext app, TestInfrastructure infrastructure, String group,
            List<Long> latencies, AtomicBoolean listening) {
        Thread thread = new Thread(() -> {
            try (var admin = Admin.create(Map.of("bootstrap.servers",
                    infrastructure.kafkaBootstrapServers()))) {
                Instant start = Instant.now();
                while (listening.get()) {
                    Thread.sleep(5000);
                    var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    var ends = admin.listOffsets(committed.keySet().stream().filter(tp -> tp.topic()
                            .equals("catalog.products.v1")).collect(Collectors.toMap(tp -> tp,
                                    tp -> OffsetSpec.latest())))
                            .all().get();
                    long lag = ends.entrySet().stream()
                            .mapToLong(e -> e.getValue().offset() - committed.get(e.getKey()).offset()).sum();
                    var backlog = new TreeMap<String, Long>();
                    app.getBean(ChannelHealth.class).report()
                            .forEach(r -> backlog.put(r.channel(), r.backlog()));
                    System.out.printf("phase 1: %ds, accepted by all three %d, consumer lag %d, backlog %s%n",
                            Duration.between(start, Instant.now()).toSeconds(), latencies.size(), lag, backlog);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                System.out.println("progress stopped: " + e.getCause());
            }
        }, "bench-progress");
        thread.start();
        return thread;
    }

    private static void listen(TestInfrastructure infrastructure, AtomicBoolean listening,
            Map<String, Instant> published, Map<String, Map<String, Long>> acceptedVersion, List<Long> latencies) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        Set<String> done = ConcurrentHashMap.newKeySet();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new EventDeserializer())) {
            consumer.subscribe(List.of("listing.status.v1"));
            while (listening.get()) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (!(record.value() instanceof ListingStatusChanged e) || !e.productId().startsWith("bench-a-")
                            || e.state() != ListingState.LIVE) {
                        continue;
                    }
                    var accepted = acceptedVersion.computeIfAbsent(e.productId(), k -> new ConcurrentHashMap<>());
                    accepted.merge(e.channel(), e.productVersion(), Math::max);
                    if (accepted.size() < 3) {
                        continue;
                    }
                    long all = accepted.values().stream().mapToLong(Long::longValue).min().orElse(0);
                    Instant now = Instant.now();
                    for (long v = 2; v <= all; v++) {
                        String key = e.productId() + ":" + v;
                        Instant at = published.get(key);
                        if (at != null && done.add(key)) {
                            latencies.add(Duration.between(at, now).toMillis());
                        }
                    }
                }
            }
        }
    }

    private static long countSynced(ConfigurableApplicationContext app, String group) {
        var mongo = app.getBean(MongoTemplate.class);
        return mongo.count(Query.query(
                Criteria.where("groupId").is(group).and("needsWork").is(false)),
                "listings");
    }

    /** HTTP calls made so far, as our limiters counted them (the sandbox's own log keeps only the last 2000). */
    private static long totalCalls(ConfigurableApplicationContext app) {
        return app.getBean(ChannelHealth.class).report().stream()
                .flatMap(r -> r.shops().stream()).mapToLong(s -> s.callsTotal()).sum();
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static void connect(RestTestClient http, String group, int shop) {
        for (String channel : ListingSyncIntegrationTestSupport.CHANNELS) {
            http.put().uri("/api/groups/{g}/connections/{c}", group, channel)
                    .header("Authorization", "Bearer " + TestTokens.staff()).contentType(MediaType.APPLICATION_JSON)
                    .body(SandboxServer.connectionBody(channel, shop, null)).exchange().expectStatus().isOk();
        }
    }

    private static void waitUntil(BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
    }

    private static ConfigurableApplicationContext start(SandboxServer sandbox, TestInfrastructure infrastructure,
            String database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(), "--spring.mongodb.database=" + database,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--tenun.local-development=true", "--tenun.listing.consumers.group-id=listing-sync-" + database,
                "--logging.level.root=WARN"));
        Map<String, String> settings = new LinkedHashMap<>(ListingSyncIntegrationTestSupport.testSettings(sandbox));
        // production timings for the parts that shape latency
        settings.put("tenun.listing.sync.settle", "300ms");
        settings.put("tenun.listing.sync.review-poll", "500ms");
        settings.put("tenun.listing.sync.lease", "30s");
        for (String channel : ListingSyncIntegrationTestSupport.CHANNELS) {
            settings.put("tenun.listing.channels." + channel + ".call-timeout", "10s");
        }
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(ListingSyncApplication.class).run(args.toArray(String[]::new));
    }

}

package id.tenun.order.bench;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.swagger.v3.oas.annotations.Operation;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.marketplaces.tokopedia.TokopediaSigner;
import id.tenun.order.OrderApplication;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.sales.BucketScan;
import id.tenun.order.sales.SalesBucket;
import id.tenun.order.sales.SalesQuery;
import id.tenun.order.sales.SalesRollups;
import id.tenun.support.report.ReportWriter;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * The heavy measurements, run by hand (not by Surefire):
 * <ol>
 * <li>webhook intake: throughput and p99 latency of signed Tokopedia webhooks appended to the embedded broker,
 * against a bare endpoint in the same JVM that only reads the body and answers 200;</li>
 * <li>sales queries: p95 latency of sales views over the buckets of 1,000,000 orders across every NTT village
 * (orders generated, measured and summed exactly as {@link Order} does, then the buckets bulk-written);</li>
 * <li>export: time and peak heap of writing 1,000,000 order lines as CSV and as XLSX (SXSSF).</li>
 * </ol>
 * {@code ./mvnw -q -pl order-service -am test-compile} then run this class's {@code main} with the test classpath,
 * e.g. {@code ./mvnw -q -pl order-service exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.tenun.order.bench.OrderServiceBenchmark -Dexec.args="intake queries export"}.
 */
public final class OrderServiceBenchmark {

    private OrderServiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> parts = args.length == 0 ? List.of("intake", "queries", "export") : Arrays.asList(args);
        if (parts.contains("export")) {
            export(Integer.getInteger("lines", 1_000_000));
        }
        if (parts.contains("intake") || parts.contains("queries")) {
            ConfigurableApplicationContext service = start();
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            if (parts.contains("intake")) {
                intake(port, Integer.getInteger("webhooks", 20_000), Integer.getInteger("clients", 16));
            }
            if (parts.contains("queries")) {
                queries(service, port, Integer.getInteger("orders", 1_000_000));
            }
            service.close();
        }
        System.exit(0);
    }

    @RestController
    @Configuration
    static class BareEndpoint {

        @Operation(summary = "Benchmark only: read a body and answer 200")
        @PostMapping("/webhooks/bench/bare")
        void bare(@RequestBody byte[] body) {
            // reads the body and answers 200: the floor any endpoint pays
        }
    }

    static ConfigurableApplicationContext start() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.get().kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", TestInfrastructure.get().mongoUri());
        properties.put("spring.mongodb.database", "bench");
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.put("tenun.local-development", "true");
        // the benchmark measures intake only: nothing consumes the webhooks
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("logging.level.root", "WARN");
        return new SpringApplicationBuilder(OrderApplication.class, BareEndpoint.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    static void intake(int port, int webhooks, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        for (String target : List.of("bare", "intake", "bare", "intake")) {
            long[] latencies = new long[webhooks];
            AtomicLong failures = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                done.add(pool.submit(() -> {
                    for (int i = client; i < webhooks; i += clients) {
                        long now = Instant.now().getEpochSecond();
                        byte[] body = ("{\"type\":1,\"shop_id\":\"7495000000000000001\",\"timestamp\":" + now
                                + ",\"data\":{\"order_id\":\"B" + i + "\",\"order_status\":\"AWAITING_SHIPMENT\","
                                + "\"update_time\":" + now + "}}").getBytes(StandardCharsets.UTF_8);
                        String path = target.equals("bare") ? "/webhooks/bench/bare" : "/webhooks/tokopedia";
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Content-Type", "application/json")
                                .header("Authorization", TokopediaSigner.webhookSignature("tenun-demo-tts",
                                        "tenun-demo-tts-secret", body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                        long sent = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            Arrays.sort(latencies);
            System.out.printf("intake %-6s %d requests, %d clients: %.0f req/s, p50 %.2f ms, p99 %.2f ms, "
                    + "failures %d%n", target, webhooks, clients, webhooks / seconds, latencies[webhooks / 2] / 1e6,
                    latencies[(int) (webhooks * 0.99)] / 1e6, failures.get());
        }
    }

    /**
     * Generates the buckets of {@code orders} orders over every NTT village (a group per village, three products,
     * programmes spread), bulk-writes them, builds the regency and group documents with the rebuild's own code,
     * then times each kind of question over HTTP, and the same question summed over every bucket (the query path
     * before the pre-summed levels, in-process, no HTTP) as the baseline of the same run.
     */
    static void queries(ConfigurableApplicationContext service, int port, int orders) throws Exception {
        List<String> villages = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(
                System.getProperty("areas", "/work/shared/data/idn-area/villages.csv")))) {
            if (line.startsWith("53.")) {
                villages.add(line.substring(0, line.indexOf(',')));
            }
        }
        String[] channels = {"tokopedia", "shopee", "lazada"};
        String[] programmes = {"OVOP", "OCOP", "OSOP"};
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2025, 12, 1);
        Map<String, long[]> buckets = new HashMap<>();
        Map<String, String> villageOf = new HashMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            String village = villages.get(random.nextInt(villages.size()));
            String group = "grp-" + village;
            String product = "prd-" + village + "-" + random.nextInt(3);
            String channel = channels[random.nextInt(3)];
            LocalDate day = first.plusDays(random.nextInt(365));
            long quantity = 1 + random.nextInt(3);
            long price = 10_000L * (1 + random.nextInt(50));
            int fate = random.nextInt(20);
            long gross = quantity * price;
            long net = fate < 3 ? 0 : gross;
            long[] m = {1, quantity, gross, fate < 3 ? 0 : quantity, net, fate < 2 ? 1 : 0, fate == 2 ? 1 : 0,
                    product.endsWith("0") ? net : 0};
            for (String id : new String[]{OrderLine.bucketId("D", day.toString(), group, product, channel),
                    OrderLine.bucketId("M", day.toString().substring(0, 7), group, product, channel)}) {
                long[] sum = buckets.computeIfAbsent(id, k -> new long[8]);
                for (int k = 0; k < 8; k++) {
                    sum[k] += m[k];
                }
                villageOf.putIfAbsent(id, village);
            }
        }
        MongoTemplate mongo = service.getBean(MongoTemplate.class);
        for (String collection : List.of("sales", "sales_regencies", "sales_groups", "sales_keys", "catalog_groups")) {
            mongo.dropCollection(collection);
        }
        List<Document> batch = new ArrayList<>();
        String[] measures = SalesBucket.MEASURES;
        for (Map.Entry<String, long[]> bucket : buckets.entrySet()) {
            String[] parts = bucket.getKey().split("\\|");
            String village = villageOf.get(bucket.getKey());
            String[] codes = village.split("\\.");
            Document doc = new Document("_id", bucket.getKey()).append("period", parts[0]).append("start", parts[1])
                    .append("groupId", parts[2]).append("productId", parts[3]).append("channel", parts[4])
                    .append("villageCode", village).append("districtCode", codes[0] + "." + codes[1] + "." + codes[2])
                    .append("regencyCode", codes[0] + "." + codes[1]).append("provinceCode", codes[0])
                    .append("programme", programmeOf(village, programmes)).append("processed", parts[3].endsWith("0"))
                    .append("dirty", 1L);
            for (int k = 0; k < measures.length; k++) {
                doc.append(measures[k], bucket.getValue()[k]);
            }
            batch.add(doc);
            if (batch.size() == 5_000) {
                mongo.getCollection("sales").insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("sales").insertMany(batch);
            batch.clear();
        }
        for (String village : villages) {
            String[] codes = village.split("\\.");
            batch.add(new Document("_id", "grp-" + village).append("version", 1L).append("name", "Kelompok " + village)
                    .append("programme", programmeOf(village, programmes)).append("villageCode", village)
                    .append("districtCode", codes[0] + "." + codes[1] + "." + codes[2])
                    .append("regencyCode", codes[0] + "." + codes[1]).append("provinceCode", codes[0])
                    .append("status", "ACTIVE"));
        }
        mongo.getCollection("catalog_groups").insertMany(batch);
        batch.clear();
        System.out.printf("queries: %d orders over %d villages -> %d buckets, generated and written in %.1f s%n",
                orders, villages.size(), buckets.size(), (System.nanoTime() - t0) / 1e9);
        buckets.clear();
        villageOf.clear();
        long t1 = System.nanoTime();
        int levelDocuments = service.getBean(SalesRollups.class).rebuildLevels();
        System.out.printf("queries: %d regency and group documents built from the buckets in %.1f s%n",
                levelDocuments, (System.nanoTime() - t1) / 1e9);

        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.staff();
        LocalDate yearFrom = LocalDate.of(2025, 12, 1);
        LocalDate yearTo = LocalDate.of(2026, 11, 30);
        LocalDate march = LocalDate.of(2026, 3, 1);
        String group = "grp-53.07.03.2005";
        String product = "prd-53.07.03.2005-1";
        YearMonth now = YearMonth.now(Order.WITA);
        List<Question> questions = new ArrayList<>(List.of(
                new Question("regency totals, 12 months",
                        "/api/sales?by=regency&period=month&from=2025-12-01&to=2026-11-30&series=false",
                        new SalesQuery("regency", "month", yearFrom, yearTo, Map.of(), null, false)),
                new Question("regency by month, 12 months",
                        "/api/sales?by=regency&period=month&from=2025-12-01&to=2026-11-30&size=500",
                        new SalesQuery("regency", "month", yearFrom, yearTo, Map.of(), null, true)),
                new Question("channel mix, 12 months",
                        "/api/sales?by=channel&period=month&from=2025-12-01&to=2026-11-30&series=false",
                        new SalesQuery("channel", "month", yearFrom, yearTo, Map.of(), null, false)),
                new Question("programme by day, one month",
                        "/api/sales?by=programme&period=day&from=2026-03-01&to=2026-03-31&size=500",
                        new SalesQuery("programme", "day", march, march.plusDays(30), Map.of(), null, true)),
                new Question("one regency's villages by day, one month",
                        "/api/sales?by=village&period=day&from=2026-03-01&to=2026-03-31&regency=53.07",
                        new SalesQuery("village", "day", march, march.plusDays(30), Map.of("regency", "53.07"), null,
                                true)),
                new Question("one regency's districts, totals over 100 days",
                        "/api/sales?by=district&period=day&from=2026-02-10&to=2026-05-20&regency=53.07&series=false",
                        new SalesQuery("district", "day", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 5, 20),
                                Map.of("regency", "53.07"), null, false)),
                new Question("group ranking, 12 months",
                        "/api/sales/top?by=group&period=month&from=2025-12-01&to=2026-11-30",
                        new SalesQuery("group", "month", yearFrom, yearTo, Map.of(), null, false)),
                new Question("top products, 12 months",
                        "/api/sales/top?by=product&period=month&from=2025-12-01&to=2026-11-30",
                        new SalesQuery("product", "month", yearFrom, yearTo, Map.of(), null, false)),
                new Question("one product by day, one month",
                        "/api/sales?by=product&period=day&from=2026-03-01&to=2026-03-31&productId=" + product,
                        new SalesQuery("product", "day", march, march.plusDays(30), Map.of("productId", product),
                                null, true)),
                new Question("a group's 12-month business record", "/api/groups/" + group + "/business-record",
                        new SalesQuery("group", "month", now.minusMonths(11).atDay(1), now.atEndOfMonth(),
                                Map.of("groupId", group), null, true)),
                new Question("dormant groups, 30 days", "/api/groups/dormant?days=30", null)));
        List<Call> dashboard = dashboardLoad(yearFrom, yearTo, Map.of());
        questions.add(new Question("dashboard load, 12 months, calls one by one", dashboard, false));
        questions.add(new Question("dashboard load, 12 months", dashboard, true));
        questions.add(new Question("dashboard load, 12 months, one regency",
                dashboardLoad(yearFrom, yearTo, Map.of("regency", "53.07")), true));
        questions.add(new Question("dashboard load, one month per day, regency+channel",
                dashboardLoad(march, march.plusDays(30), Map.of("regency", "53.07", "channel", "shopee")), true));
        String only = System.getProperty("questions", "");
        questions.removeIf(question -> !question.name().contains(only));
        int runs = Integer.getInteger("runs", 20);
        int baselineRuns = Integer.getInteger("baselineRuns", 3);
        System.out.printf("queries: load average %.2f; %d runs each over HTTP, baseline %d runs in-process%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs, baselineRuns);
        for (Question question : questions) {
            long[] times = new long[runs];
            int status = 0;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
                for (Call call : question.calls()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.uri()))
                            .header("Authorization", "Bearer " + token).build();
                    answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
                    if (!question.atOnce()) {
                        answers.get(answers.size() - 1).join();
                    }
                }
                for (CompletableFuture<HttpResponse<Void>> answer : answers) {
                    status = Math.max(status, answer.join().statusCode());
                }
                times[r] = System.nanoTime() - start;
            }
            long[] baseline = new long[baselineRuns];
            for (int r = 0; r < baselineRuns; r++) {
                long start = System.nanoTime();
                for (Call call : question.calls()) {
                    if (call.baseline() != null) {
                        BucketScan.rows(mongo, call.baseline());
                    } else {
                        dormantByScan(mongo);
                    }
                }
                baseline[r] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            Arrays.sort(baseline);
            double p95 = times[(int) Math.ceil(runs * 0.95) - 1] / 1e6;
            double baselineP95 = baseline[(int) Math.ceil(baselineRuns * 0.95) - 1] / 1e6;
            System.out.printf("query %-52s -> %d: p50 %7.1f ms, p95 %7.1f ms | baseline p50 %7.0f ms, p95 %7.0f ms"
                    + " | %5.0fx at p95 (load %.2f)%n", question.name(), status, times[runs / 2] / 1e6, p95,
                    baseline[baselineRuns / 2] / 1e6, baselineP95, baselineP95 / p95,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** One HTTP call of a question, and the same question summed over every bucket (null: the dormant scan). */
    private record Call(String uri, SalesQuery baseline) {
    }

    /**
     * A question as a user asks it: one call, or the set of calls one page makes, timed together, made one after
     * the other or all at once ({@code atOnce}).
     */
    private record Question(String name, List<Call> calls, boolean atOnce) {

        Question(String name, String uri, SalesQuery baseline) {
            this(name, List.of(new Call(uri, baseline)), false);
        }
    }

    /**
     * The order service's part of one load of the console's dashboard (console {@code DashboardData.read}):
     * programme totals, net per month of the province, regencies, top villages, groups without a sale in 30 days,
     * marketplaces, top products, for the period per month (per day when it is under 92 days) with {@code filters}
     * ({@code regency}, {@code channel}, …) on every sales question.
     */
    private static List<Call> dashboardLoad(LocalDate from, LocalDate to, Map<String, String> filters) {
        String period = to.toEpochDay() - from.toEpochDay() < 92 ? "day" : "month";
        SalesQuery range = new SalesQuery(null, period, from, to, filters, null, false);
        return List.of(sales("sales", "programme", false, 100, range), sales("sales", "province", true, 500, range),
                sales("sales", "regency", false, 100, range), sales("sales/top", "village", false, 10, range),
                new Call("/api/groups/dormant?days=30&size=500", null), sales("sales", "channel", false, 100, range),
                sales("sales/top", "product", false, 10, range));
    }

    /** A sales call of {@code path} grouped {@code by} over the period and filters of {@code range}. */
    private static Call sales(String path, String by, boolean series, int size, SalesQuery range) {
        StringBuilder uri = new StringBuilder("/api/" + path + "?period=" + range.period() + "&from=" + range.from()
                + "&to=" + range.to() + "&by=" + by + "&series=" + series + "&size=" + size);
        range.filters().forEach((name, value) -> uri.append('&').append(name).append('=').append(value));
        return new Call(uri.toString(), new SalesQuery(by, range.period(), range.from(), range.to(), range.filters(),
                null, series));
    }

    private static String programmeOf(String village, String[] programmes) {
        return programmes[Math.floorMod(village.hashCode(), programmes.length)];
    }

    /** The dormant-groups question as it was answered before: the last sale day per group over every day bucket. */
    private static void dormantByScan(MongoTemplate mongo) {
        mongo.aggregate(newAggregation(match(where("period").is("D").and("orders").gt(0)),
                group("groupId").max("start").as("last")), "sales", Document.class).getMappedResults();
    }

    static void export(int lines) {
        for (String format : List.of("csv", "xlsx")) {
            System.gc();
            var memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            AtomicLong bytes = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            OutputStream counting = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.addAndGet(len);
                }
            };
            try (ReportWriter writer = ReportWriter.of(format, counting)) {
                writer.row("order_id", "channel", "shop_id", "external_order_id", "status", "created_at_utc",
                        "sale_day_wita", "line_id", "sku", "product_id", "group_id", "village_code", "regency_code",
                        "quantity", "unit_price_rupiah", "subtotal_rupiah");
                for (int i = 0; i < lines; i++) {
                    writer.row("shopee-2603" + i, "shopee", "300100001", "2603" + i, "completed",
                            "2026-03-10T02:30:00Z", "2026-03-10", "1", "SKA-UTN-" + (i % 5000), "prd-" + (i % 5000),
                            "grp-" + (i % 3442), "53.07.03.2005", "53.07", 1 + i % 3, 150_000L, 150_000L * (1 + i % 3));
                }
            }
            sampler.interrupt();
            System.out.printf("export %s: %d lines, %.1f MB in %.1f s, heap used before %d MB, peak %d MB "
                    + "(max heap %d MB)%n", format, lines, bytes.get() / 1e6, (System.nanoTime() - start) / 1e9,
                    before >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}

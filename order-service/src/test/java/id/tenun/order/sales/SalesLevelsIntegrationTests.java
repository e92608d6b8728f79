package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.lifecycle.NewOrder;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.order.lifecycle.OrderStatus;
import id.tenun.order.lifecycle.ProductPlace;

/**
 * The regency and group documents stay equal to the fine buckets they sum, whatever the order of concurrent
 * refreshes, and a rebuild restores them: every view at every level, period and filter, answered from the levels,
 * equals the same view summed over the fine buckets. Orders here are dated 2024, which no other test uses.
 */
class SalesLevelsIntegrationTests extends OrderServiceIntegrationTestSupport {

    static final LocalDate FROM = LocalDate.of(2024, 1, 20);

    static final LocalDate TO = LocalDate.of(2024, 3, 10);

    @Autowired
    SalesRollups rollups;

    @Autowired
    SalesQueries queries;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SalesKeys keys;

    @Autowired
    CatalogProjection catalog;

    @Autowired
    Clock clock;

    static List<ProductPlace> places;

    @BeforeEach
    void seed() throws Exception {
        if (places != null) {
            return;
        }
        List<ProductPlace> seeded = new ArrayList<>();
        String[][] groups = {{"53.07.03.2005", "OVOP"}, {"53.07.03.2006", "OCOP"}, {"53.10.01.2001", "OSOP"}};
        for (String[] group : groups) {
            String groupId = unique("grp-level");
            String[] codes = group[0].split("\\.");
            for (int p = 0; p < 2; p++) {
                seeded.add(new ProductPlace(unique("prd-level"), "Tenun " + p, groupId, group[0],
                        codes[0] + "." + codes[1] + "." + codes[2], codes[0] + "." + codes[1], codes[0], group[1],
                        p == 0));
            }
        }
        // 240 orders over a few days of three months, placed and moved on by 8 threads at once: many refreshes of
        // the same regency and group day documents race each other
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(threads.submit(() -> {
                Random random = new Random(thread);
                for (int i = 0; i < 30; i++) {
                    placeAndMove(seeded, random);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        threads.shutdown();
        places = seeded;
    }

    private void placeAndMove(List<ProductPlace> seeded, Random random) {
        String[] channels = {"tokopedia", "shopee", "lazada"};
        Instant at = Instant.parse("2024-01-31T15:30:00Z").plus(random.nextInt(4) * 17L, ChronoUnit.DAYS);
        List<OrderLine> lines = new ArrayList<>();
        for (int l = 0; l <= random.nextInt(2); l++) {
            lines.add(OrderLine.of(Integer.toString(l + 1), "SKU-" + l, 1 + random.nextInt(3),
                    10_000L * (1 + random.nextInt(9))));
        }
        Map<String, ProductPlace> bySku = new HashMap<>();
        bySku.put("SKU-0", seeded.get(random.nextInt(seeded.size())));
        bySku.put("SKU-1", seeded.get(random.nextInt(seeded.size())));
        NewOrder order = new NewOrder(channels[random.nextInt(3)], "shop", unique("ext"), OrderStatus.PAID, "PAID",
                at, at, lines, null, null, null, "test");
        Order placed = Order.place(order, sku -> Optional.ofNullable(bySku.get(sku)), Instant.now());
        orders.insert(placed);
        rollups.refresh(placed.buckets());
        int fate = random.nextInt(4);
        if (fate < 2) {
            Order moved = placed.observe(fate == 0 ? OrderStatus.CANCELLED : OrderStatus.RETURNED, "X", at,
                    "test", Instant.now()).orElseThrow();
            orders.replace(moved, placed.version());
            rollups.refresh(moved.buckets());
        }
        rollups.refresh(placed.buckets());
    }

    @Test
    void everyViewFromTheLevelsEqualsTheSameViewOverTheBuckets() {
        String regency = places.get(0).regencyCode();
        String group = places.get(0).groupId();
        List<Map<String, String>> filters = List.of(Map.of(), Map.of("regency", regency), Map.of("channel", "shopee"),
                Map.of("programme", "OCOP"), Map.of("groupId", group), Map.of("district", places.get(0).districtCode()),
                Map.of("productId", places.get(1).productId()));
        int compared = 0;
        for (String by : SalesQuery.LEVELS.keySet()) {
            for (String period : List.of("day", "month")) {
                for (boolean series : List.of(true, false)) {
                    for (Map<String, String> filter : filters) {
                        SalesQuery query = new SalesQuery(by, period, FROM, TO, filter, null, series);
                        Map<String, String> expected = BucketScan.rows(mongo, query);
                        assertThat(BucketScan.rows(queries, query)).as(query.toString()).isEqualTo(expected);
                        compared += expected.size();
                    }
                    SalesQuery mentor = new SalesQuery(by, period, FROM, TO, Map.of(), List.of(group), series);
                    assertThat(BucketScan.rows(queries, mentor)).as(mentor.toString())
                            .isEqualTo(BucketScan.rows(mongo, mentor));
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(500);
    }

    @Test
    void productQuestionsBeyondTheLimitOfReadsByIdAreOneAggregationWithTheSameRows() {
        SalesQueries aggregating = new SalesQueries(mongo, keys, catalog, clock, 1);
        String product = places.get(1).productId();
        int compared = 0;
        for (String period : List.of("day", "month")) {
            for (boolean series : List.of(true, false)) {
                for (Map<String, String> filter : List.of(Map.<String, String>of(), Map.of("productId", product),
                        Map.of("regency", places.get(0).regencyCode()), Map.of("channel", "lazada"))) {
                    SalesQuery query = new SalesQuery("product", period, FROM, TO, filter, null, series);
                    Map<String, String> expected = BucketScan.rows(mongo, query);
                    assertThat(BucketScan.rows(aggregating, query)).as(query.toString()).isEqualTo(expected)
                            .isEqualTo(BucketScan.rows(queries, query));
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(50);
    }

    @Test
    void aRebuildRestoresALevelDocumentThatWentWrong() {
        SalesQuery byRegency = new SalesQuery("regency", "month", FROM, TO, Map.of(), null, true);
        Map<String, String> expected = BucketScan.rows(mongo, byRegency);
        String monthDoc = SalesLevel.id("M", "2024-02", places.get(0).regencyCode());
        mongo.updateFirst(query(where("_id").is(monthDoc)), new Update().set("cells", List.of()), "sales_regencies");
        assertThat(BucketScan.rows(queries, byRegency)).isNotEqualTo(expected);

        rollups.rebuild();

        assertThat(BucketScan.rows(queries, byRegency)).isEqualTo(expected);
        SalesQuery byGroupDay = new SalesQuery("group", "day", FROM, TO, Map.of(), null, true);
        assertThat(BucketScan.rows(queries, byGroupDay)).isEqualTo(BucketScan.rows(mongo, byGroupDay));
    }
}

package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.tenun.order.lifecycle.Order;

/**
 * Measures the oversell window (run by hand: Surefire's includes take only {@code *UnitTests} and
 * {@code *IntegrationTests}): the time from a buyer's order on the showcase group's shop on one marketplace until its
 * shops on the other two show the reduced stock, on the whole stack in this JVM with the sandbox's own buyers off.
 * Each order is one unit, on the three marketplaces in turn and the group's SKUs in turn, at most one every
 * {@code spacingMs}; the sandbox's listings on the other two are polled every {@code pollMs}, and the order service
 * for the order. The first {@code warmup} orders are printed but not counted.
 * <p>
 * Run: {@code ./mvnw -o -q -pl local-stack -am test -Dtest=OversellWindowBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dorders=40 -DspacingMs=1500 -DpollMs=15 -Dwarmup=3}; the figures go to
 * standard output.
 */
class OversellWindowBenchmark {

    private static final int ORDERS = Integer.getInteger("orders", 40);
    private static final int WARMUP = Integer.getInteger("warmup", 3);
    private static final long SPACING_NANOS = TimeUnit.MILLISECONDS.toNanos(Integer.getInteger("spacingMs", 1500));
    private static final long POLL_MILLIS = Integer.getInteger("pollMs", 15);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    @TempDir
    static Path dataDir;

    /** One order: when each other marketplace showed the stock and the order service had the order, from the order. */
    private record Sample(Map<String, Long> shownMillis, long inOrdersMillis) {

        boolean complete() {
            return shownMillis.size() == 2 && inOrdersMillis >= 0;
        }

        /** The oversell window: until the second of the other two showed the stock. */
        long windowMillis() {
            return Collections.max(shownMillis.values());
        }
    }

    @Test
    void measuresTheOversellWindow() throws Exception {
        String loadBeforeStart = loadAverage();
        try (LocalStack stack = StackUnderTest.start(dataDir, StackUnderTest.WITHOUT_SANDBOX_BUYERS)) {
            StackClient client = new StackClient(stack);
            List<String> skus = StackClient.skus(client.showcaseProducts());
            client.awaitActiveOnEveryMarketplace(skus, Duration.ofMinutes(2));

            String loadAtFirstOrder = loadAverage();
            List<Sample> samples = new ArrayList<>();
            long next = System.nanoTime();
            for (int i = 0; i < WARMUP + ORDERS; i++) {
                String channel = DemoShowcase.CHANNELS.get(i % DemoShowcase.CHANNELS.size());
                String sku = skus.get(i % skus.size());
                List<String> others = DemoShowcase.CHANNELS.stream().filter(c -> !c.equals(channel)).toList();
                long expected = settledStock(client, others, sku) - 1;
                assertThat(expected).as("stock of " + sku + " left to order").isNotNegative();
                TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
                next = System.nanoTime() + SPACING_NANOS;
                Sample sample = measure(client, channel, sku, others, expected);
                System.out.printf("%s order %d on %s of %s: shown %s, in the order service %d ms%n",
                        i < WARMUP ? "warm-up" : "measured", i + 1, channel, sku, sample.shownMillis(),
                        sample.inOrdersMillis());
                if (i >= WARMUP) {
                    samples.add(sample);
                }
            }
            String loadAtEnd = loadAverage();

            List<Sample> complete = samples.stream().filter(Sample::complete).toList();
            System.out.printf("oversell window (order -> both other marketplaces show the stock): %s%n",
                    summary(complete.stream().map(Sample::windowMillis).toList()));
            System.out.printf("order -> in the order service: %s%n",
                    summary(complete.stream().map(Sample::inOrdersMillis).toList()));
            for (String channel : DemoShowcase.CHANNELS) {
                System.out.printf("order elsewhere -> shown on %s: %s%n", channel, summary(complete.stream()
                        .filter(s -> s.shownMillis().containsKey(channel)).map(s -> s.shownMillis().get(channel))
                        .toList()));
            }
            System.out.printf("orders %d (+%d warm-up), spaced %d ms, polled every %d ms, incomplete after 60 s: %d%n",
                    ORDERS, WARMUP, TimeUnit.NANOSECONDS.toMillis(SPACING_NANOS), POLL_MILLIS,
                    samples.size() - complete.size());
            System.out.printf("load average: before the start %s; at the first order %s; at the end %s%n",
                    loadBeforeStart, loadAtFirstOrder, loadAtEnd);
            assertThat(complete).hasSize(samples.size());
        }
    }

    /** Places the order and polls until the other marketplaces show {@code expected} and the order service has it. */
    private static Sample measure(StackClient client, String channel, String sku, List<String> others, long expected)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> placed = client.placeOrder(channel, sku);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = Order.idOf(channel, StackClient.JSON.readTree(placed.body()).path("orderId").asString());
        Map<String, Long> shown = new LinkedHashMap<>();
        long inOrders = -1;
        while ((shown.size() < others.size() || inOrders < 0) && System.nanoTime() - t0 < GIVE_UP_NANOS) {
            for (String other : others) {
                if (!shown.containsKey(other) && stock(client, other, sku) == expected) {
                    shown.put(other, millisSince(t0));
                }
            }
            if (inOrders < 0 && client.send("orders", "/api/orders/" + orderId, "GET", null).statusCode() == 200) {
                inOrders = millisSince(t0);
            }
            Thread.sleep(POLL_MILLIS);
        }
        return new Sample(shown, inOrders);
    }

    /** The stock of {@code sku} once every one of {@code channels} shows the same. */
    private static long settledStock(StackClient client, List<String> channels, String sku) throws Exception {
        long t0 = System.nanoTime();
        while (true) {
            Map<String, Long> shown = new HashMap<>();
            for (String channel : channels) {
                shown.put(channel, stock(client, channel, sku));
            }
            if (shown.values().stream().distinct().count() == 1) {
                return shown.values().iterator().next();
            }
            assertThat(System.nanoTime() - t0).as("stock of " + sku + " settled: " + shown)
                    .isLessThan(GIVE_UP_NANOS);
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static long stock(StackClient client, String channel, String sku) throws Exception {
        return client.sandboxListings(channel).get(sku).path("stock").asLong();
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** Count, p50, p90, p99 and max (nearest rank) in milliseconds. */
    private static String summary(List<Long> millis) {
        if (millis.isEmpty()) {
            return "none";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("n %d, p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", sorted.size(), rank(sorted, 50),
                rank(sorted, 90), rank(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long rank(List<Long> sorted, int percentile) {
        return sorted.get((int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}

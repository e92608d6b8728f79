package id.tenun.catalog.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import id.tenun.catalog.MovableClock;
import id.tenun.events.Topics;

/** When a document set aside is tried again, how it is counted, and when it is no longer set aside. */
class SetAsideUnitTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T00:00:00Z"));
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SetAside setAside = new SetAside(new PublishingSettings(Duration.ofSeconds(5), 200, Duration.ofSeconds(15),
            Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5)), meters,
            clock);

    @Test
    void triesAgainAfterAWaitThatDoublesUpToTheLongestAndCountsAVersionOnce() {
        RuntimeException refused = new IllegalArgumentException("ProductSnapshot.weightGrams must be positive");
        setAside.add(Topics.PRODUCTS, "prd-1", 2, refused);
        assertThat(setAside.holding(Topics.PRODUCTS)).containsEntry("prd-1", 2L);
        assertThat(setAside.holding(Topics.GROUPS)).isEmpty();

        for (Duration wait : new Duration[]{Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(5)}) {
            clock.moveBy(wait.minusSeconds(1));
            assertThat(setAside.holding(Topics.PRODUCTS)).as("held for " + wait).containsKey("prd-1");
            clock.moveBy(Duration.ofSeconds(1));
            assertThat(setAside.holding(Topics.PRODUCTS)).as("due after " + wait).isEmpty();
            setAside.add(Topics.PRODUCTS, "prd-1", 2, refused);
        }
        assertThat(setAside.all()).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(6);
            assertThat(entry.reason()).isEqualTo("IllegalArgumentException: ProductSnapshot.weightGrams must be "
                    + "positive");
        });
        assertThat(meters.get(SetAside.METRIC).tag("topic", Topics.PRODUCTS).counter().count()).isEqualTo(1);
        assertThat(meters.get(SetAside.NOW).tag("topic", Topics.PRODUCTS).gauge().value()).isEqualTo(1);

        setAside.add(Topics.PRODUCTS, "prd-1", 3, refused);
        assertThat(setAside.all()).singleElement().satisfies(entry -> assertThat(entry.attempts()).isEqualTo(1));
        assertThat(meters.get(SetAside.METRIC).tag("topic", Topics.PRODUCTS).counter().count()).isEqualTo(2);

        setAside.published(Topics.PRODUCTS, Set.of("prd-1"));
        assertThat(setAside.all()).isEmpty();
    }
}

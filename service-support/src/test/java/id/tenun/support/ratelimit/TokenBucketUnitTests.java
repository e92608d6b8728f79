package id.tenun.support.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketUnitTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void letsABurstThroughThenRefusesUntilACallIsRefilled() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).as("half a second until one call is back at 2/s").isEqualTo(SECOND / 2);
        assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
        assertThat(bucket.take(SECOND / 2)).isZero();
    }

    @Test
    void neverHoldsMoreThanItsBurstHoweverLongItRested() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isZero();
        assertThat(bucket.take(later)).isPositive();
    }

    @Test
    void aClockReadingOlderThanTheLastTakenNeitherRefillsNorDrains() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND / 2)).as("read before the call above queued: still one second to wait")
                .isEqualTo(SECOND);
        assertThat(bucket.take(2 * SECOND)).isZero();
    }
}

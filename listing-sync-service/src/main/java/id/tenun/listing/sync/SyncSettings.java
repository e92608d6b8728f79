package id.tenun.listing.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the workers take and push listings ({@code tenun.listing.sync.*}).
 *
 * @param enabled whether the workers run (off for a read-only instance)
 * @param pollInterval how often an idle worker looks for due listings it was not told of (writes wake it at once)
 * @param settle how long a listing that just changed waits before it is pushed, so quick changes coalesce
 * @param lease how long a worker holds a listing; a crashed worker's listings are taken again after it. At least
 *     twice the longest call timeout plus the shops' {@code resilience.max-inline-wait} (checked at start)
 * @param workersPerChannel listings of one channel worked on at once (across its shops)
 * @param backoffBase the first wait after a failure, doubled per attempt, with jitter
 * @param backoffMax the longest wait after failures
 * @param reviewPoll how often an audit/QC is followed until it is final
 * @param errorAfterAttempts failed attempts in a row after which the listing shows ERROR (it is still retried)
 */
@ConfigurationProperties("tenun.listing.sync")
public record SyncSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("300ms") Duration settle, @DefaultValue("90s") Duration lease,
        @DefaultValue("8") int workersPerChannel, @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("5m") Duration backoffMax, @DefaultValue("2s") Duration reviewPoll,
        @DefaultValue("3") int errorAfterAttempts) {
}

package id.tenun.console.sync;

import java.time.Duration;
import java.time.Instant;

import id.tenun.console.services.ListingAnswers.ChannelReport;
import id.tenun.console.services.ListingAnswers.ShopReport;

/**
 * How listing sync stands on one marketplace, as staff read it: working, slow, or stopped since the last push that
 * went through; with the listings waiting to be sent and the last success. Read from listing sync's channel report:
 * an open breaker (the marketplace failed too often, calls are held back) or a backlog with no success for
 * {@link #STOPPED_AFTER} is stopped; a half-open breaker, shops waiting for their quota, or a backlog with no success
 * for {@link #SLOW_AFTER} is slow.
 *
 * @param since when it stopped: the last success (none when nothing went through since listing sync started)
 */
public record SyncStanding(String channel, State state, Reason reason, Instant since, long backlog,
        Instant lastSuccessAt, int shops) {

    /** A backlog waiting this long without one success is slow. */
    public static final Duration SLOW_AFTER = Duration.ofMinutes(2);
    /** A backlog waiting this long without one success is stopped. */
    public static final Duration STOPPED_AFTER = Duration.ofMinutes(15);
    /** A shop using this share of its quota or more is held back by it. */
    static final double QUOTA_NEARLY_USED_PERCENT = 90;

    /** Where sync stands on the marketplace. */
    public enum State {
        WORKING, SLOW, STOPPED, UNKNOWN
    }

    /** Why it is slow or stopped, as the page words it. */
    public enum Reason {
        NONE, BREAKER_OPEN, BREAKER_HALF_OPEN, QUOTA, NO_SUCCESS, NOT_REPORTED
    }

    public static SyncStanding of(ChannelReport report, Instant now) {
        int shops = report.shops() == null ? 0 : report.shops().size();
        Instant last = report.lastSuccessAt();
        boolean waiting = report.backlog() > 0;
        if ("OPEN".equals(report.breakerState())) {
            return standing(report, State.STOPPED, Reason.BREAKER_OPEN, shops);
        }
        if (waiting && last != null && last.isBefore(now.minus(STOPPED_AFTER))) {
            return standing(report, State.STOPPED, Reason.NO_SUCCESS, shops);
        }
        if ("HALF_OPEN".equals(report.breakerState())) {
            return standing(report, State.SLOW, Reason.BREAKER_HALF_OPEN, shops);
        }
        if (report.shops() != null && report.shops().stream().anyMatch(SyncStanding::heldByQuota)) {
            return standing(report, State.SLOW, Reason.QUOTA, shops);
        }
        if (waiting && (last == null || last.isBefore(now.minus(SLOW_AFTER)))) {
            return standing(report, State.SLOW, Reason.NO_SUCCESS, shops);
        }
        return standing(report, State.WORKING, Reason.NONE, shops);
    }

    /** A marketplace the console sells on that listing sync did not report. */
    public static SyncStanding notReported(String channel) {
        return new SyncStanding(channel, State.UNKNOWN, Reason.NOT_REPORTED, null, 0, null, 0);
    }

    private static SyncStanding standing(ChannelReport report, State state, Reason reason, int shops) {
        return new SyncStanding(report.channel(), state, reason,
                state == State.STOPPED ? report.lastSuccessAt() : null, report.backlog(), report.lastSuccessAt(),
                shops);
    }

    private static boolean heldByQuota(ShopReport shop) {
        return shop.limiterWaitingThreads() > 0 || shop.quotaUsedPercentLastMinute() >= QUOTA_NEARLY_USED_PERCENT;
    }
}

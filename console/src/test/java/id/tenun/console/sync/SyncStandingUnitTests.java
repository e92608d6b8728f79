package id.tenun.console.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.console.services.ListingAnswers.ChannelReport;
import id.tenun.console.services.ListingAnswers.ShopReport;
import id.tenun.console.sync.SyncStanding.Reason;
import id.tenun.console.sync.SyncStanding.State;

class SyncStandingUnitTests {

    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void isWorkingWithNothingWaiting() {
        SyncStanding standing = SyncStanding.of(report("CLOSED", 0, null, shop(10, 0)), NOW);
        assertThat(standing.state()).isEqualTo(State.WORKING);
        assertThat(standing.shops()).isEqualTo(1);
    }

    @Test
    void isWorkingWhileABacklogIsGoingThrough() {
        assertThat(SyncStanding.of(report("CLOSED", 40, NOW.minusSeconds(5), shop(50, 0)), NOW).state())
                .isEqualTo(State.WORKING);
    }

    @Test
    void isStoppedSinceTheLastSuccessWhenTheBreakerIsOpen() {
        Instant last = NOW.minus(Duration.ofMinutes(3));
        SyncStanding standing = SyncStanding.of(report("OPEN", 5, last, shop(0, 0)), NOW);
        assertThat(standing.state()).isEqualTo(State.STOPPED);
        assertThat(standing.reason()).isEqualTo(Reason.BREAKER_OPEN);
        assertThat(standing.since()).isEqualTo(last);
    }

    @Test
    void isStoppedWhenABacklogSawNoSuccessForAQuarterOfAnHour() {
        SyncStanding standing = SyncStanding.of(report("CLOSED", 5, NOW.minus(Duration.ofMinutes(20))), NOW);
        assertThat(standing.state()).isEqualTo(State.STOPPED);
        assertThat(standing.reason()).isEqualTo(Reason.NO_SUCCESS);
    }

    @Test
    void isSlowWhenShopsWaitForTheirQuotaOrTheBreakerIsTryingAgain() {
        assertThat(SyncStanding.of(report("CLOSED", 3, NOW, shop(95, 0)), NOW).reason()).isEqualTo(Reason.QUOTA);
        assertThat(SyncStanding.of(report("CLOSED", 3, NOW, shop(20, 2)), NOW).state()).isEqualTo(State.SLOW);
        assertThat(SyncStanding.of(report("HALF_OPEN", 3, NOW, shop(20, 0)), NOW).reason())
                .isEqualTo(Reason.BREAKER_HALF_OPEN);
        assertThat(SyncStanding.of(report("CLOSED", 3, NOW.minus(Duration.ofMinutes(5))), NOW).state())
                .isEqualTo(State.SLOW);
    }

    @Test
    void saysWhenListingSyncDidNotReportAMarketplace() {
        assertThat(SyncStanding.notReported("shopee").state()).isEqualTo(State.UNKNOWN);
    }

    private static ChannelReport report(String breaker, long backlog, Instant lastSuccess, ShopReport... shops) {
        return new ChannelReport("shopee", breaker, backlog, lastSuccess, List.of(shops));
    }

    private static ShopReport shop(double quotaUsed, int waiting) {
        return new ShopReport("shop-1", "CLOSED", quotaUsed, waiting, NOW);
    }
}

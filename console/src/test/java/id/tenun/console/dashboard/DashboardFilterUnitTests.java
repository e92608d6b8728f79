package id.tenun.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.console.web.Formats;

class DashboardFilterUnitTests {

    private static final List<String> CHANNELS = List.of("shopee");

    @Test
    void readsTheFormAndWritesTheSameAddressBack() {
        DashboardFilter filter = DashboardFilter.of("2026-11-01", "2026-11-30", "day", "53.09", "OVOP", "shopee",
                CHANNELS);

        assertThat(filter.query())
                .isEqualTo("from=2026-11-01&to=2026-11-30&period=day&regency=53.09&programme=OVOP&channel=shopee");
        assertThat(filter.withRegency("53.71").salesParameters()).containsEntry("regency", "53.71")
                .containsEntry("period", "day").containsEntry("channel", "shopee");
        assertThat(SalesChart.periods(filter)).hasSize(30).startsWith("2026-11-01").endsWith("2026-11-30");
        assertThat(filter.adjusted()).isFalse();
    }

    @Test
    void fallsBackToTheLastTwelveMonthsForWhatItCannotRead() {
        LocalDate today = LocalDate.now(Formats.WITA);

        DashboardFilter filter = DashboardFilter.of("kemarin", "2999-01-01", "day", "53.9", "XYZ", null, List.of());

        assertThat(filter.to()).isEqualTo(today);
        assertThat(filter.from()).isEqualTo(today.withDayOfMonth(1).minusMonths(11));
        assertThat(filter.period()).as("a year per day is too many bars").isEqualTo("month");
        assertThat(filter.regency()).isNull();
        assertThat(filter.programme()).isNull();
        assertThat(filter.channel()).isNull();
        assertThat(SalesChart.periods(filter)).hasSize(12);
        assertThat(filter.adjusted()).as("the page says so").isTrue();
    }
}

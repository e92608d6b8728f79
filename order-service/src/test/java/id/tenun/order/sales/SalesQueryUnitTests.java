package id.tenun.order.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SalesQueryUnitTests {

    static final List<String> MONTHS = List.of("2025-12", "2026-01", "2026-02", "2026-03");

    @Test
    void aTotalOverDaysReadsWholeMonthsAsMonthsAndOnlyTheEdgesAsDays() {
        SalesQuery query = new SalesQuery("regency", "day", LocalDate.of(2026, 1, 30), LocalDate.of(2026, 3, 2),
                Map.of(), null, false);

        assertThat(query.slices(MONTHS)).containsExactly(new SalesQuery.Slice("D", "2026-01-30", null),
                new SalesQuery.Slice("D", "2026-01-31", null), new SalesQuery.Slice("M", "2026-02", null),
                new SalesQuery.Slice("D", "2026-03-01", null), new SalesQuery.Slice("D", "2026-03-02", null));
    }

    @Test
    void aSeriesReadsOnePeriodPerRowWithinTheMonthsThatHaveSales() {
        SalesQuery days = new SalesQuery("group", "day", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 5, 1),
                Map.of(), null, true);
        SalesQuery months = new SalesQuery("group", "month", null, LocalDate.of(2026, 1, 15), Map.of(), null, true);

        assertThat(days.slices(MONTHS)).extracting(SalesQuery.Slice::label).containsExactly("2026-03-30",
                "2026-03-31");
        assertThat(months.slices(MONTHS)).containsExactly(new SalesQuery.Slice("M", "2025-12", "2025-12"),
                new SalesQuery.Slice("M", "2026-01", "2026-01"));
        assertThat(months.slices(List.of())).isEmpty();
    }

    @Test
    void coversOnlyWhatItsFiltersAndVisibleGroupsAllow() {
        SalesQuery mentor = new SalesQuery("regency", "month", null, null, Map.of("channel", "shopee"),
                List.of("grp-1"), false);
        Map<String, Object> inside = Map.of("channel", "shopee", "groupId", "grp-1");

        assertThat(mentor.covers(inside::get)).isTrue();
        assertThat(mentor.covers(Map.<String, Object>of("channel", "lazada", "groupId", "grp-1")::get)).isFalse();
        assertThat(mentor.covers(Map.<String, Object>of("channel", "shopee", "groupId", "grp-2")::get)).isFalse();
        assertThat(mentor.covers(field -> field.equals("channel") ? "shopee" : SalesQuery.NOT_CARRIED)).isTrue();
        assertThat(mentor.namedFields()).containsExactlyInAnyOrder("regencyCode", "channel", "groupId");
    }
}

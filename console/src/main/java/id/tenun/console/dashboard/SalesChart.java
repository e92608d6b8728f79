package id.tenun.console.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Net sales over time as SVG bars, laid out on the server: one bar per day or month of the filter's period (periods
 * without sales as empty bars), scaled to the largest.
 */
public record SalesChart(int width, int height, long most, List<Bar> bars) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 160;

    /** One period's bar: its start ({@code 2026-12} or {@code 2026-12-04}), net rupiah and place in the chart. */
    public record Bar(String period, long netRupiah, long orders, double x, double y, double width, double height) {
    }

    /** The chart of {@code net} (net rupiah by period start) and {@code orders} over the filter's periods. */
    public static SalesChart of(DashboardFilter filter, Map<String, Long> net, Map<String, Long> orders) {
        List<String> periods = periods(filter);
        long most = net.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double step = (double) WIDTH / periods.size();
        double gap = step > 4 ? step * 0.2 : 0;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            long value = net.getOrDefault(period, 0L);
            double tall = most <= 0 ? 0 : Math.max(value > 0 ? 1 : 0, (double) value * HEIGHT / most);
            bars.add(new Bar(period, value, orders.getOrDefault(period, 0L), round(i * step + gap / 2),
                    round(HEIGHT - tall), round(step - gap), round(tall)));
        }
        return new SalesChart(WIDTH, HEIGHT, most, bars);
    }

    /** Every period start from the filter's first to its last, as the order service writes them. */
    static List<String> periods(DashboardFilter filter) {
        List<String> periods = new ArrayList<>();
        if (filter.period().equals("day")) {
            for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
                periods.add(day.toString());
            }
        } else {
            for (YearMonth month = YearMonth.from(filter.from()); !month
                    .isAfter(YearMonth.from(filter.to())); month = month.plusMonths(1)) {
                periods.add(month.toString());
            }
        }
        return periods;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

package id.tenun.console.mentor;

import java.util.Comparator;
import java.util.List;

import id.tenun.console.group.Notice;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.OrderAnswers.Month;

/**
 * How one of a mentor's groups stands: this month's sales against last month's, and what needs attention. The
 * groups that need a visit most come first: the most urgent notices, then no sale this month, then the
 * steepest fall in sales.
 */
public record GroupStanding(Group group, Month thisMonth, Month lastMonth, List<Notice> notices) {

    /** The kinds of notice that need the group to act now (the rest can wait for the next visit). */
    private static final List<String> URGENT = List.of("rejected", "error", "oversold", "outOfStock",
            "certificateExpired");

    public static final Comparator<GroupStanding> NEEDS_A_VISIT_FIRST = Comparator
            .comparingLong(GroupStanding::urgentNotices).reversed()
            .thenComparing(GroupStanding::soldThisMonth)
            .thenComparingLong(GroupStanding::change)
            .thenComparing(standing -> standing.group().name());

    public long urgentNotices() {
        return notices.stream().filter(notice -> URGENT.contains(notice.kind())).count();
    }

    public boolean soldThisMonth() {
        return thisMonth.orders() > 0;
    }

    /** Net rupiah this month less last month's. */
    public long change() {
        return thisMonth.netRupiah() - (lastMonth == null ? 0 : lastMonth.netRupiah());
    }
}

package id.tenun.console.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import id.tenun.console.dashboard.Dashboard.Named;
import id.tenun.console.group.GroupNames;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.ListingAnswers.ListingPage;
import id.tenun.console.services.SalesAnswers.DormantGroup;
import id.tenun.console.services.SalesAnswers.SalesRow;
import id.tenun.console.services.SalesAnswers.SalesView;
import id.tenun.console.services.ServiceCalls.As;

/**
 * Reads a dashboard view for its export, page by page as the signed-in staff member, with the same filter as the
 * page, and hands each line with its name to a {@link DashboardTable}: regencies and villages named by the catalog's
 * areas, products and groups by the catalog, programmes and marketplaces by the table in the reader's language.
 */
@Component
public class DashboardExports {

    /** The views that can be exported, and the order service's level of each sales view. */
    public static final Map<String, String> VIEWS = Map.of("time", "province", "regency", "regency", "programme",
            "programme", "channel", "channel", "product", "product", "village", "village", "group", "group",
            "dormant", "", "problems", "");
    /** Views read as a ranking by net sales, best first, like the dashboard's top lists. */
    private static final Set<String> RANKED = Set.of("product", "village", "group");
    private static final int PAGE = 500;
    private static final int LISTING_PAGE = 200;
    private static final List<String> PROBLEM_STATES = List.of("REJECTED", "ERROR");

    private final AreaNames areas;
    private final GroupNames groups;

    DashboardExports(AreaNames areas, GroupNames groups) {
        this.areas = areas;
        this.groups = groups;
    }

    /** Writes {@code view} for {@code filter} onto {@code table}. */
    public void write(As calls, String view, DashboardFilter filter, DashboardTable table) {
        switch (view) {
            case "time" -> overTime(calls, filter, table);
            case "dormant" -> dormant(calls, filter, table);
            case "problems" -> problems(calls, filter, table);
            default -> sales(calls, view, filter, table);
        }
    }

    private void sales(As calls, String view, DashboardFilter filter, DashboardTable table) {
        String path = RANKED.contains(view) ? "/api/sales/top" : "/api/sales";
        for (int page = 0; !table.full(); page++) {
            List<SalesRow> rows = DashboardData.sales(calls, path, VIEWS.get(view), false, filter, page, PAGE)
                    .items();
            Map<String, String> names = names(calls, view, rows.stream().map(SalesRow::key).toList());
            rows.forEach(row -> table.sales(view, new Named(row.key(), names.get(row.key()), row)));
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    /** The names of a page's keys; none for programmes and marketplaces, which the table names. */
    private Map<String, String> names(As calls, String view, List<String> keys) {
        return switch (view) {
            case "regency" -> areas.regencies(calls);
            case "village" -> areas.villages(calls, keys);
            case "group" -> groups.of(calls, keys);
            case "product" -> {
                Map<String, String> products = new TreeMap<>();
                keys.forEach(id -> products.put(id, DashboardData.productName(calls, id, id)));
                yield products;
            }
            default -> Map.of();
        };
    }

    /** Sales per period over the filter's range, all provinces' rows of a period added up, earliest first. */
    private static void overTime(As calls, DashboardFilter filter, DashboardTable table) {
        Map<String, SalesRow> periods = new TreeMap<>();
        for (int page = 0;; page++) {
            SalesView view = DashboardData.sales(calls, "/api/sales", "province", true, filter, page, PAGE);
            view.items().forEach(row -> periods.merge(row.period(), row, DashboardExports::sum));
            if (view.items().size() < PAGE || periods.size() >= DashboardTable.MOST_ROWS) {
                break;
            }
        }
        periods.values().forEach(table::period);
    }

    private void dormant(As calls, DashboardFilter filter, DashboardTable table) {
        List<DormantGroup> dormant = DashboardData.dormant(calls, filter);
        Map<String, String> regencies = areas.regencies(calls);
        Map<String, String> villages = areas.villages(calls,
                dormant.stream().map(DormantGroup::villageCode).filter(Objects::nonNull).distinct().toList());
        dormant.forEach(group -> table.dormant(group, villages.get(group.villageCode()),
                regencies.get(group.regencyCode())));
    }

    private void problems(As calls, DashboardFilter filter, DashboardTable table) {
        Map<String, String> products = new TreeMap<>();
        for (String state : PROBLEM_STATES) {
            for (int page = 0; !table.full(); page++) {
                ListingPage found = DashboardData.listings(calls, filter, state, page, LISTING_PAGE);
                Map<String, String> groupNames = groups.of(calls,
                        found.items().stream().map(Listing::groupId).distinct().toList());
                found.items().forEach(listing -> table.problem(listing, products.computeIfAbsent(
                        listing.productId(), id -> DashboardData.productName(calls, id, listing.sku())),
                        groupNames.get(listing.groupId())));
                if (found.items().size() < LISTING_PAGE) {
                    break;
                }
            }
        }
    }

    private static SalesRow sum(SalesRow a, SalesRow b) {
        long net = a.netRupiah() + b.netRupiah();
        long processed = a.processedNetRupiah() + b.processedNetRupiah();
        return new SalesRow(null, a.period(), a.orders() + b.orders(), a.units() + b.units(),
                a.grossRupiah() + b.grossRupiah(), a.netUnits() + b.netUnits(), net, a.cancelled() + b.cancelled(),
                a.returned() + b.returned(), processed, net == 0 ? 0 : processed * 1000 / net);
    }
}

package id.tenun.console.dashboard;

import java.util.List;
import java.util.Map;

import id.tenun.console.services.SalesAnswers.DormantGroup;
import id.tenun.console.services.SalesAnswers.SalesRow;
import id.tenun.console.services.Text;

/**
 * Everything the staff dashboard shows for one filter, with names: the totals, sales over time, the map with its
 * table, the programme and marketplace mix, the top products and villages, the groups without a sale in
 * {@link DashboardData#DORMANT_DAYS} days and the listings the marketplaces refused or keep failing.
 */
public record Dashboard(DashboardFilter filter, SalesRow totals, SalesChart chart, MapDrawing map,
        List<Named> regencies, Map<String, String> regencyNames, List<Named> programmes, List<Named> channels,
        List<Named> topProducts,
        List<Named> topVillages, List<DormantGroup> dormant, long dormantTotal, List<ListingProblem> problems,
        long rejectedTotal, long failingTotal) {

    /** A row of a view with the name of its key ({@code key} stays as small secondary text). */
    public record Named(String key, String name, SalesRow sales) {
    }

    /** A listing a marketplace refused ({@code REJECTED}) or that keeps failing ({@code ERROR}), in words. */
    public record ListingProblem(String product, String sku, String channel, String state, Text reason) {
    }
}

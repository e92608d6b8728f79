package id.tenun.console.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import id.tenun.console.dashboard.Dashboard.ListingProblem;
import id.tenun.console.dashboard.Dashboard.Named;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.ListingAnswers.ListingPage;
import id.tenun.console.services.SalesAnswers.DormantGroup;
import id.tenun.console.services.SalesAnswers.DormantPage;
import id.tenun.console.services.SalesAnswers.SalesRow;
import id.tenun.console.services.SalesAnswers.SalesView;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;

/**
 * What the dashboard reads, as the signed-in staff member: the order service's sales views for the filter, the
 * catalog's names of areas and products, listing sync's refused and failing listings.
 */
@Component
public class DashboardData {

    static final int DORMANT_DAYS = 30;
    static final int TOP = 10;
    static final int DORMANT_SHOWN = 20;
    static final int PROBLEMS_SHOWN = 10;

    /** Groups that never sold first, then the longest without a sale, then by name. */
    private static final Comparator<DormantGroup> NEVER_SOLD_FIRST = Comparator
            .comparing(DormantGroup::lastSaleDay, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(DormantGroup::name, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private final AreaNames areas;
    private final NttMap map;
    private final Executor executor;

    DashboardData(AreaNames areas, NttMap map, @Qualifier("applicationTaskExecutor") Executor executor) {
        this.areas = areas;
        this.map = map;
        this.executor = executor;
    }

    /**
     * Asks the services every question of the page at once (they do not depend on each other), so the page takes
     * as long as its slowest question rather than the sum of them; a refusal of any is thrown as it came.
     */
    public Dashboard read(As calls, DashboardFilter filter) {
        CompletableFuture<SalesView> byProgramme = ask(() -> sales(calls, "/api/sales", "programme", false, filter,
                100));
        CompletableFuture<SalesView> overTime = ask(() -> sales(calls, "/api/sales", "province", true, filter, 500));
        CompletableFuture<SalesView> byRegencyView = ask(() -> sales(calls, "/api/sales", "regency", false, filter,
                100));
        CompletableFuture<Map<String, String>> names = ask(() -> areas.regencies(calls));
        CompletableFuture<List<Named>> villages = ask(() -> villages(calls, filter));
        CompletableFuture<List<DormantGroup>> dormantGroups = ask(() -> dormant(calls, filter));
        CompletableFuture<ListingPage> rejectedPage = ask(() -> listings(calls, filter, "REJECTED", 0,
                PROBLEMS_SHOWN));
        CompletableFuture<ListingPage> failingPage = ask(() -> listings(calls, filter, "ERROR", 0, PROBLEMS_SHOWN));
        CompletableFuture<List<Named>> channels = ask(() -> unnamed(sales(calls, "/api/sales", "channel", false,
                filter, 100).items()));
        CompletableFuture<List<Named>> products = ask(() -> products(calls, sales(calls, "/api/sales/top", "product",
                false, filter, TOP).items()));

        Map<String, Long> net = new HashMap<>();
        Map<String, Long> orders = new HashMap<>();
        answer(overTime).items().forEach(row -> {
            net.merge(row.period(), row.netRupiah(), Long::sum);
            orders.merge(row.period(), row.orders(), Long::sum);
        });
        Map<String, SalesRow> byRegency = new LinkedHashMap<>();
        answer(byRegencyView).items().forEach(row -> byRegency.put(row.key(), row));
        Map<String, Long> netByRegency = new HashMap<>();
        byRegency.forEach((code, row) -> netByRegency.put(code, row.netRupiah()));
        Map<String, String> regencyNames = answer(names);
        List<Named> regencies = new ArrayList<>();
        map.outlines().forEach(outline -> regencies.add(new Named(outline.code(),
                regencyNames.getOrDefault(outline.code(), outline.name()),
                byRegency.getOrDefault(outline.code(), zero(outline.code())))));
        regencies.sort(Comparator.comparingLong((Named n) -> n.sales().netRupiah()).reversed()
                .thenComparing(Named::name));

        List<DormantGroup> dormant = answer(dormantGroups);
        ListingPage rejected = answer(rejectedPage);
        ListingPage failing = answer(failingPage);
        List<Listing> problemListings = new ArrayList<>(rejected.items());
        problemListings.addAll(failing.items());
        SalesView programmes = answer(byProgramme);

        return new Dashboard(filter, programmes.totals() == null ? zero(null) : programmes.totals(),
                SalesChart.of(filter, net, orders),
                map.draw(netByRegency, regencyNames), regencies, regencyNames, unnamed(programmes.items()),
                answer(channels), answer(products), answer(villages),
                dormant.stream().limit(DORMANT_SHOWN).toList(), dormant.size(),
                problems(calls, problemListings.stream().limit(PROBLEMS_SHOWN).toList()),
                rejected.total(), failing.total());
    }

    private <T> CompletableFuture<T> ask(Supplier<T> question) {
        return CompletableFuture.supplyAsync(question, executor);
    }

    /** The answer of a question asked at once, or its refusal or failure as thrown. */
    private static <T> T answer(CompletableFuture<T> asked) {
        try {
            return asked.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** The top villages with their names. */
    private List<Named> villages(As calls, DashboardFilter filter) {
        List<SalesRow> rows = sales(calls, "/api/sales/top", "village", false, filter, TOP).items();
        Map<String, String> names = areas.villages(calls, rows.stream().map(SalesRow::key).toList());
        return rows.stream().map(row -> new Named(row.key(), names.get(row.key()), row)).toList();
    }

    private static SalesView sales(As calls, String path, String by, boolean series, DashboardFilter filter,
            int size) {
        return sales(calls, path, by, series, filter, 0, size);
    }

    /** A page of an order service's sales view ({@code path}: {@code /api/sales} or the ranking) for the filter. */
    static SalesView sales(As calls, String path, String by, boolean series, DashboardFilter filter, int page,
            int size) {
        Map<String, Object> variables = new LinkedHashMap<>(filter.salesParameters());
        variables.put("by", by);
        variables.put("series", series);
        variables.put("page", page);
        variables.put("size", size);
        return calls.get(Service.ORDERS, DashboardFilter.uriTemplate(path, variables.keySet()), variables,
                SalesView.class);
    }

    /** Groups with no order in the last 30 days, of the regency asked for; those that never sold first. */
    static List<DormantGroup> dormant(As calls, DashboardFilter filter) {
        DormantPage page = calls.get(Service.ORDERS, "/api/groups/dormant?days={d}&size=500",
                Map.of("d", DORMANT_DAYS), DormantPage.class);
        return page.items().stream()
                .filter(group -> filter.regency() == null || filter.regency().equals(group.regencyCode()))
                .sorted(NEVER_SOLD_FIRST)
                .toList();
    }

    /** A page of the listings in {@code state} of the filter's marketplace, regency and programme. */
    static ListingPage listings(As calls, DashboardFilter filter, String state, int page, int size) {
        Map<String, Object> variables = new LinkedHashMap<>(filter.listingParameters());
        variables.put("state", state);
        variables.put("page", page);
        variables.put("size", size);
        return calls.get(Service.LISTING, DashboardFilter.uriTemplate("/api/listings", variables.keySet()), variables,
                ListingPage.class);
    }

    private static List<ListingProblem> problems(As calls, List<Listing> listings) {
        Map<String, String> names = new HashMap<>();
        return listings.stream().map(listing -> new ListingProblem(
                names.computeIfAbsent(listing.productId(), id -> productName(calls, id, listing.sku())),
                listing.sku(), listing.channel(), listing.state(),
                listing.lastError() == null ? null : listing.lastError().explanation()))
                .toList();
    }

    private static List<Named> products(As calls, List<SalesRow> rows) {
        return rows.stream().map(row -> new Named(row.key(), productName(calls, row.key(), row.key()), row))
                .toList();
    }

    /** The product's name, or {@code otherwise} for a product the catalog no longer shows. */
    static String productName(As calls, String productId, String otherwise) {
        if (productId == null) {
            return otherwise;
        }
        try {
            return calls.get(Service.CATALOG, "/api/products/{id}", Map.of("id", productId), Product.class).name();
        } catch (ServiceRefused refused) {
            if (!refused.notThere()) {
                throw refused;
            }
            return otherwise;
        }
    }

    private static List<Named> unnamed(List<SalesRow> rows) {
        return rows.stream().map(row -> new Named(row.key(), null, row)).toList();
    }

    private static SalesRow zero(String key) {
        return new SalesRow(key, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}

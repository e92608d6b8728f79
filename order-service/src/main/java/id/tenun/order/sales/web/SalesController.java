package id.tenun.order.sales.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import id.tenun.order.sales.BusinessRecord;
import id.tenun.order.sales.BusinessRecords;
import id.tenun.order.sales.SalesQueries;
import id.tenun.order.sales.SalesQuery;
import id.tenun.order.sales.SalesRollups;
import id.tenun.order.sales.SalesRow;
import id.tenun.order.web.Page;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.report.ReportWriter;
import id.tenun.support.security.ClientScope;
import id.tenun.support.security.CurrentUser;

/**
 * Sales views for staff (all), mentors (their groups) and group members (their group): a view at any level and
 * period with totals, rankings, dormant groups, a group's business record, exports and the rebuild command.
 * Periods are WITA days or months; {@code from}/{@code to} are WITA dates, inclusive. A script client granted
 * {@link CurrentUser#SALES_READ} reads every group's figures, and nothing else.
 */
@RestController
class SalesController {

    private final SalesQueries queries;

    private final SalesRollups rollups;

    private final BusinessRecords businessRecords;

    SalesController(SalesQueries queries, SalesRollups rollups, BusinessRecords businessRecords) {
        this.queries = queries;
        this.rollups = rollups;
        this.businessRecords = businessRecords;
    }

    record SalesView(String by, String period, LocalDate from, LocalDate to, SalesRow totals, List<SalesRow> items,
            int page, int size) {
    }

    @Operation(summary = "Sales totals by period and area, group, product or channel")
    @GetMapping("/api/sales")
    @ClientScope(CurrentUser.SALES_READ)
    SalesView sales(CurrentUser user, @RequestParam(defaultValue = "regency") String by,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "true") boolean series, @RequestParam Map<String, String> parameters,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        SalesQuery query = query(user, by, period, from, to, series, parameters);
        SalesQueries.Answer answer = queries.answer(query, false);
        return new SalesView(query.by(), query.period(), from, to, answer.totals(),
                answer.page(PageRequest.of(page, size, PageRequest.MAX_SIZE)), page, size);
    }

    /** Ranking by net sales: top products, villages, groups, channels (channel mix) ... over the range. */
    @Operation(summary = "Rank products, villages, groups or channels by net sales")
    @GetMapping("/api/sales/top")
    @ClientScope(CurrentUser.SALES_READ)
    SalesView top(CurrentUser user, @RequestParam(defaultValue = "product") String by,
            @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size) {
        SalesQuery query = query(user, by, period, from, to, false, parameters);
        SalesQueries.Answer answer = queries.answer(query, true);
        return new SalesView(query.by(), query.period(), from, to, answer.totals(),
                answer.page(PageRequest.of(page, size, PageRequest.MAX_SIZE)), page, size);
    }

    @Operation(summary = "Export sales as CSV or XLSX")
    @GetMapping("/api/sales/export")
    @ClientScope(CurrentUser.SALES_READ)
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "regency") String by, @RequestParam(defaultValue = "month") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "true") boolean series, @RequestParam Map<String, String> parameters) {
        ReportWriter.of(format, OutputStream.nullOutputStream()).close();
        SalesQuery query = query(user, by, period, from, to, series, parameters);
        StreamingResponseBody body = out -> {
            try (ReportWriter writer = ReportWriter.of(format, out)) {
                writer.row(query.by(), "period", "orders", "units", "gross_rupiah", "net_units", "net_rupiah",
                        "cancelled", "returned", "processed_net_rupiah", "processed_share_per_mille");
                queries.stream(query, row -> writer.row(row.key(), row.period(), row.orders(), row.units(),
                        row.grossRupiah(), row.netUnits(), row.netRupiah(), row.cancelled(), row.returned(),
                        row.processedNetRupiah(), row.processedSharePerMille()));
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ReportWriter.contentType(format))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"sales-by-" + query.by() + "." + format.toLowerCase() + "\"")
                .body(body);
    }

    /** Staff: recompute every bucket from the orders. */
    @Operation(summary = "Rebuild the sales rollups from the orders")
    @PostMapping("/api/sales/rebuild")
    SalesRollups.RebuildResult rebuild(CurrentUser user) {
        user.requireStaff("rebuild the sales figures");
        return rollups.rebuild();
    }

    /**
     * A group's business record: JSON by default, or the same figures as a spreadsheet ({@code format=xlsx}, or
     * {@code csv}) in sections: months with their total, marketplaces, best-selling products.
     */
    @Operation(summary = "A group's business record (sales per month)")
    @GetMapping("/api/groups/{groupId}/business-record")
    @ClientScope(CurrentUser.SALES_READ)
    ResponseEntity<?> businessRecord(CurrentUser user, @PathVariable String groupId,
            @RequestParam(required = false) Integer months, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "json") String format) {
        requireGroup(user, groupId);
        RecordPeriod period = RecordPeriod.of(months, from, to, businessRecords.thisMonth());
        BusinessRecord record = businessRecords.of(groupId, period.first(), period.last());
        if ("json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(record);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (ReportWriter writer = ReportWriter.of(format, body)) {
            BusinessRecordSheet.write(record, writer);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ReportWriter.contentType(format))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"business-record-" + groupId + "-"
                        + record.lastMonth() + "." + format.toLowerCase(Locale.ROOT) + "\"")
                .body(body.toByteArray());
    }

    @Operation(summary = "Groups without sales lately")
    @GetMapping("/api/groups/dormant")
    @ClientScope(CurrentUser.SALES_READ)
    Page<SalesQueries.DormantGroup> dormant(CurrentUser user, @RequestParam(defaultValue = "30") int days,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (days < 1 || days > 3660) {
            throw InvalidInput.of("days", "Harus antara 1 dan 3660 (sekarang " + days + ").",
                    "Must be between 1 and 3660 (was " + days + ").");
        }
        Collection<String> visible = user.visibleGroups(CurrentUser.SALES_READ);
        List<SalesQueries.DormantGroup> all = queries.dormant(days, visible);
        return new Page<>(PageRequest.of(page, size, PageRequest.MAX_SIZE).of(all), page, size, (long) all.size());
    }

    private static SalesQuery query(CurrentUser user, String by, String period, LocalDate from, LocalDate to,
            boolean series, Map<String, String> parameters) {
        Collection<String> visible = user.visibleGroups(CurrentUser.SALES_READ);
        Map<String, String> filters = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (SalesQuery.FILTERS.containsKey(name) && value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        });
        if (filters.containsKey("groupId")) {
            requireGroup(user, filters.get("groupId"));
        }
        return new SalesQuery(by, period, from, to, filters, visible, series);
    }

    /** A group's figures: its own people and staff, or a script client reading every group's sales. */
    private static void requireGroup(CurrentUser user, String groupId) {
        if (user.visibleGroups(CurrentUser.SALES_READ) != null) {
            user.requireGroup(groupId, "Group", groupId);
        }
    }
}

package id.tenun.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.tenun.console.dashboard.Dashboard.Named;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.SalesAnswers.DormantGroup;
import id.tenun.console.services.SalesAnswers.SalesRow;
import id.tenun.support.report.ReportWriter;

/**
 * One dashboard view as a table for a spreadsheet, in the reader's language: a heading row, then a row per line with
 * the name beside its code (a regency, village, product, group, programme or marketplace), the figures as whole
 * numbers. At most {@link #MOST_ROWS} lines: a table cut there ends with a line that says so.
 */
public final class DashboardTable implements AutoCloseable {

    public static final int MOST_ROWS = 5_000;
    static final List<String> MEASURES = List.of("orders", "units", "gross", "netUnits", "net", "cancelled",
            "returned", "processedNet", "processedShare");

    private final ReportWriter writer;
    private final MessageSource messages;
    private final Locale locale;
    private int rows;
    private boolean cut;

    private DashboardTable(ReportWriter writer, MessageSource messages, Locale locale) {
        this.writer = writer;
        this.messages = messages;
        this.locale = locale;
    }

    /** A table of {@code view} ({@code DashboardExports.VIEWS}) on {@code writer}, its heading row written. */
    public static DashboardTable of(String view, ReportWriter writer, MessageSource messages, Locale locale) {
        DashboardTable table = new DashboardTable(writer, messages, locale);
        List<String> heading = new ArrayList<>();
        switch (view) {
            case "time" -> heading.add(table.label("period"));
            case "dormant" -> List.of("groupCode", "group", "villageCode", "village", "regencyCode", "regency",
                    "lastSale").forEach(column -> heading.add(table.label(column)));
            case "problems" -> List.of("productCode", "product", "sku", "groupCode", "group", "channelCode",
                    "channel", "state", "reason").forEach(column -> heading.add(table.label(column)));
            default -> {
                heading.add(table.label(view + "Code"));
                heading.add(table.label(view));
            }
        }
        if (!view.equals("dormant") && !view.equals("problems")) {
            MEASURES.forEach(measure -> heading.add(table.label(measure)));
        }
        writer.row(heading.toArray());
        return table;
    }

    /** Whether the table took its most lines: anything more is left out. */
    public boolean full() {
        return rows >= MOST_ROWS;
    }

    /** A line of a sales view: the key's code and name, its figures; a programme or marketplace named here. */
    public void sales(String view, Named line) {
        String name = switch (view) {
            case "programme" -> message("dashboard.programme." + line.key(), line.key());
            case "channel" -> message("channel." + line.key(), line.key());
            default -> line.name();
        };
        add(figures(line.key(), name, line.sales()));
    }

    /** A line of sales over time: the period and its figures. */
    public void period(SalesRow row) {
        List<Object> line = figures(row.period(), null, row);
        line.remove(1);
        add(line);
    }

    /** A group without a sale in the days asked, with the names of its village and regency. */
    public void dormant(DormantGroup group, String villageName, String regencyName) {
        add(new ArrayList<>(List.of(text(group.groupId()), text(group.name()), text(group.villageCode()),
                text(villageName), text(group.regencyCode()), text(regencyName), group.lastSaleDay() == null
                        ? label("never")
                        : group.lastSaleDay().toString())));
    }

    /** A listing a marketplace refused or that keeps failing, with the names of its product and group. */
    public void problem(Listing listing, String productName, String groupName) {
        add(new ArrayList<>(List.of(text(listing.productId()), text(productName), text(listing.sku()),
                text(listing.groupId()), text(groupName), text(listing.channel()),
                message("channel." + listing.channel(), listing.channel()),
                message("dashboard.problems." + listing.state(), listing.state()),
                listing.lastError() == null || listing.lastError().explanation() == null
                        ? ""
                        : listing.lastError().explanation().in(locale))));
    }

    /** Writes the line saying the table was cut, if it was. */
    @Override
    public void close() {
        if (cut) {
            writer.row(messages.getMessage("dashboard.export.cut", new Object[]{MOST_ROWS}, locale));
        }
    }

    private void add(List<Object> line) {
        if (full()) {
            cut = true;
            return;
        }
        rows++;
        writer.row(line.toArray());
    }

    private static List<Object> figures(String code, String name, SalesRow row) {
        return new ArrayList<>(List.of(text(code), text(name), row.orders(), row.units(), row.grossRupiah(),
                row.netUnits(), row.netRupiah(), row.cancelled(), row.returned(), row.processedNetRupiah(),
                row.processedSharePerMille()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String label(String column) {
        return messages.getMessage("dashboard.export.column." + column, null, locale);
    }

    private String message(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}

package id.tenun.order.sales.web;

import id.tenun.order.sales.BusinessRecord;
import id.tenun.support.report.ReportWriter;

/**
 * A business record as rows of a spreadsheet: the group, then its months with their total, its marketplaces and
 * its best-selling products, each section under its own header row, a blank row between. An unknown amount (fees
 * no marketplace reported) is an empty cell, never 0.
 */
final class BusinessRecordSheet {

    private static final String[] MEASURES = {"orders", "units", "gross_rupiah", "seller_discount_rupiah",
            "net_rupiah", "fees_rupiah", "fees_known_orders", "cancelled", "returned"};

    private BusinessRecordSheet() {
    }

    static void write(BusinessRecord record, ReportWriter writer) {
        writer.row("group_id", record.groupId(), "group_name", record.groupName(), "currency", record.currency(),
                "time_zone", record.timeZone(), "from_month", record.firstMonth(), "to_month", record.lastMonth());
        writer.row();
        writer.row(header("month"));
        record.months().forEach(month -> writer.row(row(month.month(), month.figures())));
        writer.row(row("total", record.totals()));
        writer.row();
        writer.row(header("channel"));
        record.channels().forEach(channel -> writer.row(row(channel.channel(), channel.figures())));
        writer.row();
        writer.row("product_id", "product_name", "net_units", "net_rupiah");
        record.topProducts().forEach(product -> writer.row(product.productId(), product.productName(),
                product.units(), product.netRupiah()));
    }

    private static Object[] header(String key) {
        Object[] row = new Object[MEASURES.length + 1];
        row[0] = key;
        System.arraycopy(MEASURES, 0, row, 1, MEASURES.length);
        return row;
    }

    private static Object[] row(String key, BusinessRecord.Figures f) {
        return new Object[]{key, f.orders(), f.units(), f.grossRupiah(), f.discountRupiah(), f.netRupiah(),
                f.feesRupiah(), f.feesKnownOrders(), f.cancelled(), f.returned()};
    }
}

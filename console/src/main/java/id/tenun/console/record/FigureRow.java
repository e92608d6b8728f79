package id.tenun.console.record;

import java.util.Arrays;
import java.util.List;

import id.tenun.console.services.OrderAnswers.Totals;

/**
 * One row of a business record's figures, as both its PDF and its spreadsheet print them: a month, the total or a
 * marketplace, then the same measures in the same order ({@link #HEADINGS}). {@code fees} null: not known.
 */
record FigureRow(String label, long orders, long units, long gross, long discount, long net, Long fees,
        long cancelled, long returned) {

    /** The message keys ({@code record.col.*}) of the measures' headings, in their order. */
    static final List<String> HEADINGS = List.of("orders", "units", "gross", "discount", "net", "fees", "cancelled",
            "returned");

    static List<FigureRow> months(GroupRecord record, RecordText text) {
        return record.figures().months().stream().map(m -> new FigureRow(text.month(m.month()), m.orders(),
                m.units(), m.grossRupiah(), m.discountRupiah(), m.netRupiah(), m.feesRupiah(), m.cancelled(),
                m.returned())).toList();
    }

    static FigureRow total(GroupRecord record, RecordText text) {
        Totals t = record.figures().totals();
        return new FigureRow(text.label("total"), t.orders(), t.units(), t.grossRupiah(), t.discountRupiah(),
                t.netRupiah(), t.feesRupiah(), t.cancelled(), t.returned());
    }

    static List<FigureRow> channels(GroupRecord record, RecordText text) {
        return record.figures().channels().stream().map(c -> new FigureRow(text.channel(c.channel()), c.orders(),
                c.units(), c.grossRupiah(), c.discountRupiah(), c.netRupiah(), c.feesRupiah(), c.cancelled(),
                c.returned())).toList();
    }

    /** The measures in {@link #HEADINGS}' order; an unknown fee is null. */
    List<Long> measures() {
        return Arrays.asList(orders, units, gross, discount, net, fees, cancelled, returned);
    }
}

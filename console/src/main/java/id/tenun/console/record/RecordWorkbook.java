package id.tenun.console.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.tenun.console.services.OrderAnswers.ProductSales;

/**
 * A business record as a spreadsheet (POI): the same identity lines and figures as its PDF on one sheet, amounts as
 * numbers (whole rupiah) a bank can add up again; an unknown fee is an empty cell, never 0.
 */
@Component
public class RecordWorkbook {

    private final MessageSource messages;

    RecordWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** The record's XLSX, with labels in {@code locale}'s language. */
    public byte[] render(GroupRecord record, Locale locale) {
        RecordText text = new RecordText(messages, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, workbook.createSheet(text.label("title")), text).write(record);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the business record of " + record.group().id(), e);
        }
    }

    /** Writes the sheet row by row. */
    private static final class Writer {

        private final Sheet sheet;
        private final RecordText text;
        private final CellStyle bold;
        private final CellStyle amount;
        private final CellStyle boldAmount;
        private int next;

        Writer(XSSFWorkbook workbook, Sheet sheet, RecordText text) {
            this.sheet = sheet;
            this.text = text;
            Font heavy = workbook.createFont();
            heavy.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(heavy);
            short thousands = workbook.createDataFormat().getFormat("#,##0");
            amount = workbook.createCellStyle();
            amount.setDataFormat(thousands);
            boldAmount = workbook.createCellStyle();
            boldAmount.setDataFormat(thousands);
            boldAmount.setFont(heavy);
        }

        void write(GroupRecord record) {
            row(bold, text.label("heading"));
            row(bold, record.group().name());
            row(null, text.period(record));
            next++;
            row(bold, text.label("programme"), record.group().programme());
            row(bold, text.label("address"), text.address(record.group()));
            row(bold, text.label("nib"), text.nib(record));
            row(bold, text.label("certificates"), text.permits(record));
            row(bold, text.label("members", record.members().size()), text.people(record.members()));
            row(bold, text.label("mentors"), text.people(record.mentors()));
            row(bold, text.label("shops"), text.shops(record));
            row(bold, text.label("contact"), text.contact(record.group()));
            next++;
            table(text.label("sales"), "month", FigureRow.months(record, text), FigureRow.total(record, text));
            table(text.label("channels"), "channel", FigureRow.channels(record, text), null);
            row(bold, text.label("products"));
            row(bold, text.label("col.product"), text.label("col.netUnits"), text.label("col.net"));
            for (ProductSales product : record.figures().topProducts()) {
                Row row = row(null, product.productName() == null ? product.productId() : product.productName());
                number(row, 1, product.units(), amount);
                number(row, 2, product.netRupiah(), amount);
            }
            next++;
            row(null, text.label("note.amounts"));
            row(null, text.label("note.fees", record.figures().totals().feesKnownOrders(),
                    record.figures().totals().orders()));
            row(null, text.label("note.source"));
            row(null, text.generated(record));
            sheet.setColumnWidth(0, 22 * 256);
            for (int column = 1; column <= FigureRow.HEADINGS.size(); column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
        }

        private void table(String title, String first, List<FigureRow> rows, FigureRow total) {
            row(bold, title);
            Row header = row(bold, text.label("col." + first));
            for (int i = 0; i < FigureRow.HEADINGS.size(); i++) {
                cell(header, i + 1, text.label("col." + FigureRow.HEADINGS.get(i)), bold);
            }
            rows.forEach(row -> figures(row, amount, null));
            if (total != null) {
                figures(total, boldAmount, bold);
            }
            next++;
        }

        private void figures(FigureRow figures, CellStyle numbers, CellStyle label) {
            Row row = row(label, figures.label());
            List<Long> measures = figures.measures();
            for (int i = 0; i < measures.size(); i++) {
                if (measures.get(i) != null) {
                    number(row, i + 1, measures.get(i), numbers);
                }
            }
        }

        private Row row(CellStyle firstStyle, String... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                cell(row, i, values[i], i == 0 ? firstStyle : null);
            }
            return row;
        }

        private static void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        private static void number(Row row, int column, long value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}

package id.tenun.support.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.tenun.support.problems.InvalidInput;

/**
 * Writes a table row by row, in constant memory: CSV (UTF-8, RFC 4180 quoting) or XLSX through POI's streaming
 * SXSSF (a window of 100 rows in memory; the rest is flushed to a compressed temporary file and disposed of). Shared
 * by the order service's exports and the console's dashboard exports; whoever uses it declares POI.
 */
public abstract class ReportWriter implements AutoCloseable {

    public static final int XLSX_MAX_ROWS = 1_048_575;

    public static ReportWriter of(String format, OutputStream out) {
        return switch (format == null ? "csv" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> new Csv(out);
            case "xlsx" -> new Xlsx(out);
            default -> throw InvalidInput.of("format", "Harus csv atau xlsx (sekarang '" + format + "').",
                    "Must be csv or xlsx (was '" + format + "').");
        };
    }

    public static String contentType(String format) {
        return "xlsx".equalsIgnoreCase(format)
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8";
    }

    public abstract void row(Object... values);

    @Override
    public abstract void close();

    static final class Csv extends ReportWriter {

        private final BufferedWriter out;

        Csv(OutputStream out) {
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        }

        @Override
        public void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quote(values[i]));
                }
                out.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String quote(Object value) {
            if (value == null) {
                return "";
            }
            String text = value.toString();
            // a leading = + - @ would be a formula in a spreadsheet: keep it text
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
                text = "'" + text;
            }
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
            return text;
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final class Xlsx extends ReportWriter {

        private final OutputStream out;

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

        private SXSSFSheet sheet;

        private int rows;

        private int sheets;

        Xlsx(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            nextSheet();
        }

        private void nextSheet() {
            sheets++;
            sheet = workbook.createSheet("Tenun " + sheets);
            rows = 0;
        }

        @Override
        public void row(Object... values) {
            if (rows > XLSX_MAX_ROWS) {
                nextSheet();
            }
            Row row = sheet.createRow(rows++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose();
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // temporary files are gone already
                }
            }
        }
    }
}

package id.tenun.console.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.tenun.console.ConsoleMessages;
import id.tenun.console.group.Certificate;
import id.tenun.console.record.GroupRecord.Person;
import id.tenun.console.record.GroupRecord.Shop;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.OrderAnswers.BusinessRecord;
import id.tenun.console.services.OrderAnswers.Channel;
import id.tenun.console.services.OrderAnswers.Month;
import id.tenun.console.services.OrderAnswers.ProductSales;
import id.tenun.console.services.OrderAnswers.Totals;
import id.tenun.console.web.Formats;

/**
 * A 12-month business record as its PDF (one A4 page, DejaVu embedded, Indonesian text as typed: read back with
 * PDFBox's text stripper) and as its spreadsheet (read back with POI: the same figures and totals).
 */
class BusinessRecordDocumentsUnitTests {

    static final String NAME = "Kelompok Tenun Ikat Sa’o Ngada — Bèna";
    static final String NIB = "9120301234567";
    static final YearMonth LAST = YearMonth.of(2026, 12);

    final ResourceBundleMessageSource messages = ConsoleMessages.messages();
    final Formats formats = new Formats();
    final GroupRecord record = record();

    @Test
    void printsTheGroupItsNibAndEveryMonthsNetOnOneA4Page() throws IOException {
        byte[] pdf = new RecordPdf(messages).render(record, Locale.forLanguageTag("id"));
        Path written = Path.of("target", "business-record.pdf");
        Files.createDirectories(written.getParent());
        Files.write(written, pdf);
        System.out.printf("business record PDF: %,d bytes (%s)%n", pdf.length, written);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans").contains("+"); // a subset
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(NAME, NIB, "Desa Tiworiwu, Kec. Jerebu’u, Kabupaten Ngada",
                    "Penjualan bersih", "Produk terlaris", "Periode Januari 2026 – Desember 2026",
                    "Mengetahui, pendamping kelompok", "Maria Goreti Dhiu", "Dibuat 31 Des 2026",
                    "PIRT 2065309010123-27, berlaku s.d. 1 Mar 2027", "HALAL ID33110000123450125",
                    "Kopi Arabika Bajawa");
            for (Month month : record.figures().months()) {
                assertThat(text).contains(Formats.month(month.month(), Locale.forLanguageTag("id")))
                        .contains(formats.number(month.netRupiah()));
            }
            assertThat(text).contains(formats.number(record.figures().totals().netRupiah()));
            assertThat(text).contains("Yoh?nes"); // a character the font lacks (a CJK one) prints as ?, not an error
        }
        assertThat(pdf.length).isLessThan(120_000);
    }

    @Test
    void fitsTwentyFourMonthsAndFiveLinesOfCertificatesOnTheOnePage() throws IOException {
        GroupRecord longer = record(24, 6);
        byte[] pdf = new RecordPdf(messages).render(longer, Locale.forLanguageTag("id"));
        Files.write(Path.of("target", "business-record-24.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            assertThat(text).contains("Januari 2025", "Desember 2026", "Tanggal:", "Dibuat 31 Des 2026",
                    "Agustina Wea");
        }
    }

    @Test
    void speaksTheReadersLanguage() throws IOException {
        byte[] pdf = new RecordPdf(messages).render(record, Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Net sales", "Period January 2026",
                    "Acknowledged by the group's mentor").doesNotContain("Penjualan bersih");
        }
    }

    @Test
    void itsSpreadsheetHasTheSameFiguresAndTotals() throws IOException {
        byte[] xlsx = new RecordWorkbook(messages).render(record, Locale.forLanguageTag("id"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Catatan usaha");
            List<Row> months = new ArrayList<>();
            Row total = null;
            for (Row row : sheet) {
                String first = text(row.getCell(0));
                if (first.matches("[A-Z][a-z]+ 2026")) {
                    months.add(row);
                } else if (first.equals("Jumlah")) {
                    total = row;
                }
            }
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo(NAME);
            assertThat(months).hasSize(12);
            assertThat(total).isNotNull();
            for (int column = 1; column <= 8; column++) {
                if (column == 6) {
                    continue; // fees: some months unknown
                }
                final int c = column;
                long sum = months.stream().mapToLong(row -> (long) row.getCell(c).getNumericCellValue()).sum();
                assertThat((long) total.getCell(c).getNumericCellValue()).as("column " + c).isEqualTo(sum);
            }
            assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(record.figures().totals().netRupiah());
            assertThat(months.get(0).getCell(6)).as("fees not known in January: empty, not 0").isNull();
            assertThat((long) months.get(11).getCell(6).getNumericCellValue()).isEqualTo(31_000);
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(record.figures().totals().feesRupiah());
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.toString();
    }

    static GroupRecord record() {
        return record(12, 2);
    }

    /**
     * The last {@code count} months to December 2026 of a coffee and weaving group, fees known (Shopee) in the last
     * six, with {@code permits} PIRT certificates besides its NIB and Halal certificate.
     */
    static GroupRecord record(int count, int permits) {
        List<Month> months = new ArrayList<>();
        long orders = 0;
        long units = 0;
        long gross = 0;
        long discount = 0;
        long net = 0;
        long fees = 0;
        long feesKnown = 0;
        for (int i = 0; i < count; i++) {
            long o = 10 + i;
            long n = 1_250_000 + i * 137_500L;
            long d = 25_000 + i * 1_000L;
            Long f = i >= count - 6 ? 20_000 + (i - count + 12) * 1_000L : null;
            long k = f == null ? 0 : 4;
            months.add(new Month(LAST.minusMonths(count - 1 - i).toString(), o, o * 2, n + d + 150_000, d, n, f, k,
                    i % 5 == 0 ? 1 : 0, i == 7 ? 1 : 0));
            orders += o;
            units += o * 2;
            gross += n + d + 150_000;
            discount += d;
            net += n;
            fees += f == null ? 0 : f;
            feesKnown += k;
        }
        Totals totals = new Totals(orders, units, gross, discount, net, fees, feesKnown, 3, 1);
        List<Channel> channels = List.of(
                new Channel("shopee", 120, 240, gross - 4_000_000, discount, net - 4_000_000, fees, feesKnown, 2, 1),
                new Channel("tokopedia", orders - 120, units - 240, 4_000_000, 0, 4_000_000, null, 0, 1, 0));
        BusinessRecord figures = new BusinessRecord("grp-bena", months.get(0).month(), LAST.toString(), months,
                channels, totals, List.of(new ProductSales("prd-kopi", "Kopi Arabika Bajawa", 180, 14_000_000),
                        new ProductSales("prd-sarung", "Sarung tenun ikat motif Ngada, pewarna alami", 12, 8_800_000)));
        Group group = new Group("grp-bena", 3, NAME, "OVOP", "COMMUNITY", "53.09.05.2003", "Tiworiwu", "53.09.05",
                "Jerebu’u", "53.09", "Kabupaten Ngada", "53", "Maria Goreti Dhiu", "+6281234567890", null,
                List.of("pangan.kopi"), "ACTIVE");
        List<Certificate> certificates = new ArrayList<>();
        certificates.add(new Certificate("NIB", NIB, "OSS", null, Long.MAX_VALUE, "noExpiry", List.of("Kopi")));
        for (int p = 0; p < permits - 1; p++) {
            certificates.add(new Certificate("PIRT", "2065309010123-2" + (7 + p), "Dinkes Ngada",
                    LocalDate.of(2027, 3, 1 + p), 60, "valid", List.of("Kopi")));
        }
        certificates.add(new Certificate("HALAL", "ID33110000123450125", "BPJPH", null, Long.MAX_VALUE, "noExpiry",
                List.of("Kopi")));
        return new GroupRecord(group, certificates,
                List.of(new Person("Maria Goreti Dhiu", null), new Person("Yoh\u6F22nes Bei", null)),
                List.of(new Person("Agustina Wea", "+6281337000111")),
                List.of(new Shop("shopee", "shopee-bena-01", "connected")), figures,
                Instant.parse("2026-12-31T02:15:00Z"));
    }
}

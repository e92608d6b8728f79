package id.tenun.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.tenun.console.ConsoleMessages;
import id.tenun.console.dashboard.Dashboard.Named;
import id.tenun.console.services.ListingAnswers.Listing;
import id.tenun.console.services.ListingAnswers.ListingError;
import id.tenun.console.services.SalesAnswers.DormantGroup;
import id.tenun.console.services.SalesAnswers.SalesRow;
import id.tenun.console.services.Text;
import id.tenun.support.report.ReportWriter;

class DashboardTableUnitTests {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final ResourceBundleMessageSource messages = ConsoleMessages.messages();

    @Test
    void writesANameBesideEachCodeWithTheFiguresAsNumbers() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ReportWriter writer = ReportWriter.of("xlsx", xlsx);
                DashboardTable table = DashboardTable.of("regency", writer, messages, INDONESIAN)) {
            table.sales("regency", new Named("53.09", "Kabupaten Ngada", row(null, 3, 255_000)));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row heading = sheet.getRow(0);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Kode kabupaten/kota");
            assertThat(heading.getCell(1).getStringCellValue()).isEqualTo("Kabupaten/kota");
            assertThat(heading.getCell(6).getStringCellValue()).isEqualTo("Penjualan bersih (Rp)");
            Row ngada = sheet.getRow(1);
            assertThat(ngada.getCell(0).getStringCellValue()).isEqualTo("53.09");
            assertThat(ngada.getCell(1).getStringCellValue()).isEqualTo("Kabupaten Ngada");
            assertThat(ngada.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(ngada.getCell(6).getNumericCellValue()).isEqualTo(255_000);
        }
    }

    @Test
    void namesProgrammesAndMarketplacesInTheReadersLanguage() {
        String programmes = csv("programme", Locale.ENGLISH,
                table -> table.sales("programme", new Named("OVOP", null, row(null, 1, 10_000))));
        String channels = csv("channel", INDONESIAN,
                table -> table.sales("channel", new Named("shopee", null, row(null, 2, 20_000))));

        assertThat(programmes.lines().toList()).startsWith("Programme code,Programme,Orders,Units sold,"
                + "Gross sales (Rp),Net units sold,Net sales (Rp),Cancelled orders,Returned orders,"
                + "Net sales of processed goods (Rp),Processed goods' share (per thousand)")
                .contains("OVOP,OVOP (One Village One Product),1,1,10000,1,10000,0,0,0,0");
        assertThat(channels).contains("shopee,Shopee,2,");
    }

    @Test
    void writesPeriodsGroupsWithoutASaleAndListingProblemsInWords() {
        String time = csv("time", INDONESIAN, table -> table.period(row("2026-11", 4, 40_000)));
        String dormant = csv("dormant", INDONESIAN, table -> {
            table.dormant(new DormantGroup("grp-1", "Tenun Ikat Lepo Lorun", "53.07.03.2005", "53.07", null),
                    "Nita, Kec. Nita", "Kabupaten Sikka");
            table.dormant(new DormantGroup("grp-2", "Kopi Bajawa", "53.09.01.2001", "53.09",
                    LocalDate.of(2026, 10, 2)), "Ratogesa, Kec. Golewa", "Kabupaten Ngada");
        });
        String problems = csv("problems", Locale.ENGLISH, table -> table.problem(new Listing("l-1", "prd-1",
                "KOPI-250", "grp-2", "lazada", "REJECTED", null, new ListingError("C1", "bad category",
                        new Text("Kategori salah.", "Wrong category.")),
                null), "Kopi Arabika Bajawa",
                "Kopi Bajawa"));

        assertThat(time.lines().toList()).containsExactly("Periode,Pesanan,Barang terjual,Penjualan kotor (Rp),"
                + "Barang terjual bersih,Penjualan bersih (Rp),Pesanan batal,Pesanan retur,"
                + "Penjualan bersih produk olahan (Rp),Bagian produk olahan (per seribu)",
                "2026-11,4,4,40000,4,40000,0,0,0,0");
        assertThat(dormant.lines().toList()).containsExactly("Kode kelompok,Kelompok,Kode desa,Desa,"
                + "Kode kabupaten/kota,Kabupaten/kota,Terakhir terjual",
                "grp-1,Tenun Ikat Lepo Lorun,53.07.03.2005,\"Nita, Kec. Nita\",53.07,Kabupaten Sikka,belum pernah",
                "grp-2,Kopi Bajawa,53.09.01.2001,\"Ratogesa, Kec. Golewa\",53.09,Kabupaten Ngada,2026-10-02");
        assertThat(problems.lines().toList()).containsExactly("Product code,Product,SKU,Group code,Group,"
                + "Marketplace code,Marketplace,State,Reason",
                "prd-1,Kopi Arabika Bajawa,KOPI-250,grp-2,Kopi Bajawa,lazada,Lazada,refused,Wrong category.");
    }

    @Test
    void stopsAtTheMostRowsAndSaysSoOnItsLastLine() {
        String cut = csv("village", INDONESIAN, table -> {
            for (int i = 0; i <= DashboardTable.MOST_ROWS; i++) {
                table.sales("village", new Named("53.09.01.2001", "Ratogesa", row(null, 1, 1)));
            }
            assertThat(table.full()).isTrue();
        });

        List<String> lines = cut.lines().toList();
        assertThat(lines).hasSize(DashboardTable.MOST_ROWS + 2);
        assertThat(lines.get(lines.size() - 1)).startsWith("Dipotong pada 5.000 baris");
    }

    @Test
    void asksListingSyncForTheDashboardsMarketplaceRegencyAndProgramme() {
        DashboardFilter filter = DashboardFilter.of("2026-11-01", "2026-11-30", "day", "53.09", "OVOP", "shopee",
                List.of("shopee"));
        DashboardFilter everything = DashboardFilter.of(null, null, null, null, null, null, List.of("shopee"));

        assertThat(filter.listingParameters()).containsExactly(Map.entry("regency", "53.09"),
                Map.entry("programme", "OVOP"), Map.entry("channel", "shopee"));
        assertThat(everything.listingParameters()).isEmpty();
    }

    private String csv(String view, Locale locale, Consumer<DashboardTable> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter writer = ReportWriter.of("csv", out);
                DashboardTable table = DashboardTable.of(view, writer, messages, locale)) {
            lines.accept(table);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static SalesRow row(String period, long orders, long net) {
        return new SalesRow("k", period, orders, orders, net, orders, net, 0, 0, 0, 0);
    }
}

package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Programme staff at a desk, in headless Chromium against the whole stack: land on the dashboard, see a sandbox
 * buyer's order in its totals, click their regency on the NTT map and see the dashboard filtered to it, download the
 * view as XLSX with the same figures as the page; a mentor finds no dashboard. Screenshots at 360 px and 1280 px go to
 * {@code console/target/screenshots/}; the first load's weight is printed.
 */
@ExtendWith(SharedStack.class)
class StaffDashboardIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);

    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static StackClient client;
    private static ConsoleBrowser browser;
    private static JsonNode group;

    @BeforeAll
    static void start(LocalStack shared) throws Exception {
        stack = shared;
        client = new StackClient(stack);
        group = client.get("catalog", "/api/groups/" + stack.showcaseGroup().orElseThrow());
        browser = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("staff"));
        browser.signInAs(stack, "STAFF");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsASandboxOrderInTheTotalsAndFiltersToTheRegencyClickedOnTheMap() throws Exception {
        browser.open("/");
        assertThat(browser.text("h1")).isEqualTo("Dasbor penjualan");
        long ordersBefore = number(browser.text("#total-orders"));
        JsonNode product = client.showcaseProducts().get(0);
        client.awaitActiveOnEveryMarketplace(StackClient.skus(StackClient.JSON.createArrayNode().add(product)), FLOW);

        assertThat(client.placeOrder("lazada", product.path("variants").get(0).path("sku").asString()).statusCode())
                .isEqualTo(201);

        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/dasbor");
            assertThat(number(browser.text("#total-orders"))).isGreaterThan(ordersBefore);
        });
        assertThat(browser.text("#top-products")).contains(product.path("name").asString());
        assertThat(browser.text("#by-channel")).contains("Lazada");
        assertThat(browser.all("svg.map a[data-regency]")).hasSize(22);
        assertThat(browser.text("#attribution")).contains("CC BY 3.0 IGO");
        browser.screenshots("dasbor");

        String regency = group.path("regencyCode").asString();
        browser.click("svg.map a[data-regency='" + regency + "']");

        assertThat(browser.path()).startsWith("/dasbor?").contains("regency=" + regency);
        assertThat(browser.text("#regency-shown")).isEqualTo(group.path("regencyName").asString());
        assertThat(browser.find("#regency").getAttribute("value")).isEqualTo(regency);
        assertThat(browser.find("svg.map a[data-regency='" + regency + "'] path").getAttribute("class"))
                .contains("chosen").doesNotContain("s0");
        long orders = number(browser.text("#total-orders"));
        long net = number(browser.text("#total-net"));
        assertThat(orders).isPositive();
        assertThat(browser.text("#regency-table tr[data-regency='" + regency + "']"))
                .contains(browser.text("#total-net"));
        browser.screenshots("dasbor-kabupaten");

        String query = browser.path().substring("/dasbor?".length());
        byte[] xlsx = browser.download("/dasbor/ekspor?view=regency&format=xlsx&" + query).body();
        Map<String, Double> exported = xlsxRow(xlsx, regency);
        assertThat(exported.get("Pesanan").longValue()).isEqualTo(orders);
        assertThat(exported.get("Penjualan bersih (Rp)").longValue()).isEqualTo(net);
        assertThat(xlsxName(xlsx, regency)).isEqualTo(group.path("regencyName").asString());
        String csv = new String(browser.download("/dasbor/ekspor?view=time&format=csv&" + query).body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Periode,Pesanan,Barang terjual,Penjualan kotor (Rp)");
        String products = new String(browser.download("/dasbor/ekspor?view=product&format=csv&" + query)
                .body(), StandardCharsets.UTF_8);
        assertThat(products).startsWith("Kode produk,Produk,Pesanan").contains(product.path("name").asString());
        String problems = new String(browser.download("/dasbor/ekspor?view=problems&format=csv&" + query).body(),
                StandardCharsets.UTF_8);
        assertThat(problems).startsWith("Kode produk,Produk,SKU,Kode kelompok,Kelompok,Kode marketplace");
    }

    @Test
    void loadsTheDashboardUnder150KilobytesOnAFirstVisit() {
        browser.open("/dasbor");
        assertThat(browser.text("h1")).isEqualTo("Dasbor penjualan");
        long bytes = browser.transferredBytes();
        System.out.printf("page weight %-10s %,7d bytes%n", "dasbor", bytes);
        assertThat(bytes).isPositive().isLessThan(ConsoleBrowser.PAGE_BUDGET_BYTES);
    }

    @Test
    void showsTheDashboardInEnglish() {
        browser.open("/dasbor?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Sales dashboard");
        assertThat(browser.text("#attribution")).startsWith("Boundaries:");
        browser.screenshots("dasbor-en");
        browser.open("/dasbor?lang=id");
        assertThat(browser.text("h1")).isEqualTo("Dasbor penjualan");
    }

    @Test
    void saysWhenAFilterCouldNotBeReadAndShowsTheDefault() {
        browser.open("/dasbor?from=kemarin&regency=Ngada&channel=ebay");
        assertThat(browser.text("#adjusted")).startsWith("Sebagian filter tidak bisa dipakai");
        assertThat(browser.find("#regency").getAttribute("value")).isEmpty();
        assertThat(browser.find("#channel").getAttribute("value")).isEmpty();
    }

    @Test
    void findsNoDashboardForAMentor() {
        try (ConsoleBrowser mentor = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("mentor"))) {
            mentor.signInAs(stack, "MENTOR");
            mentor.open("/dasbor");
            assertThat(mentor.text("h1")).isEqualTo("Tidak ditemukan");
        }
    }

    /** A figure as the page writes it ({@code 1.234}, {@code Rp 85.000}). */
    private static long number(String shown) {
        return Long.parseLong(shown.replaceAll("[^0-9]", ""));
    }

    /** The name beside {@code key} in the export's second column. */
    private static String xlsxName(byte[] xlsx, String key) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (key.equals(row.getCell(0).getStringCellValue())) {
                    return row.getCell(1).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no row " + key + " in the export");
    }

    /** The numbers of the row whose first cell is {@code key}, by the header's column names. */
    private static Map<String, Double> xlsxRow(byte[] xlsx, String key) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && key.equals(row.getCell(0).getStringCellValue())) {
                    Map<String, Double> values = new HashMap<>();
                    for (int i = 2; i < header.getLastCellNum(); i++) {
                        values.put(header.getCell(i).getStringCellValue(),
                                row.getCell(i) == null ? 0 : row.getCell(i).getNumericCellValue());
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no row " + key + " in the export");
    }
}

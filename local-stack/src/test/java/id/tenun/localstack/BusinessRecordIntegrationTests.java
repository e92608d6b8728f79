package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The business record a group takes to a bank, in headless Chromium against the whole stack: after a sandbox buyer's
 * order, the showcase group's mentor opens it from Kelompok saya (and from the group's profile), sees this month's
 * sale in it, and downloads its PDF (one page; its text, extracted with PDFBox, names the group and its NIB line and
 * shows every month's net as the page does) and its XLSX (read back with POI: the page's total net).
 */
@ExtendWith(SharedStack.class)
class BusinessRecordIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @TempDir
    static Path profile;

    private static StackClient client;
    private static ConsoleBrowser browser;
    private static String group;

    @BeforeAll
    static void start(LocalStack stack) {
        client = new StackClient(stack);
        group = stack.showcaseGroup().orElseThrow();
        browser = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("mentor"));
        browser.signInAs(stack, "MENTOR");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aMentorOpensTheRecordAfterASaleAndDownloadsItsOnePagePdfAndItsSpreadsheet() throws Exception {
        String thisMonth = YearMonth.now(WITA).toString();
        long before = ordersThisMonth();
        JsonNode product = client.showcaseProducts().get(0);
        String sku = product.path("variants").get(0).path("sku").asString();
        assertThat(client.placeOrder("shopee", sku).statusCode()).isEqualTo(201);
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(ordersThisMonth())
                .isGreaterThan(before));

        browser.open("/");
        browser.click("div[data-group='" + group + "'] a[href*='/catatan-usaha']");
        assertThat(browser.path()).isEqualTo("/kelompok/" + group + "/catatan-usaha");
        assertThat(browser.transferredBytes()).isLessThan(ConsoleBrowser.PAGE_BUDGET_BYTES);
        assertThat(browser.text("h1")).isEqualTo("Catatan usaha");
        assertThat(browser.text("#identity")).contains(DemoShowcase.GROUP_NAME).contains("Pendamping Maria Goreti");
        List<WebElement> months = browser.all("#months tr[data-month]");
        assertThat(months).hasSize(12);
        assertThat(months.get(11).getAttribute("data-month")).isEqualTo(thisMonth);
        assertThat(number(browser.text("#months tr[data-month='" + thisMonth + "'] td:nth-child(2)")))
                .isGreaterThan(before);
        assertThat(browser.text("#products")).contains(product.path("name").asString());
        List<String> nets = new ArrayList<>();
        months.forEach(month -> nets.add(month.findElement(By.cssSelector("td:nth-child(6)"))
                .getText()));
        String totalNet = browser.text("#total td:nth-child(6)");
        String nib = browser.text("#nib");
        browser.screenshots("catatan-usaha");

        HttpResponse<byte[]> pdf = browser.download(browser.find("#pdf").getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path written = Path.of("..", "console", "target", "screenshots", "catatan-usaha.pdf");
        Files.write(written, pdf.body());
        System.out.printf("business record PDF of %s: %,d bytes (%s)%n", group, pdf.body().length, written);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(DemoShowcase.GROUP_NAME, "NIB " + nib, "Penjualan bersih",
                    "Pendamping Maria Goreti",
                    "Mengetahui, pendamping kelompok", totalNet);
            nets.forEach(net -> assertThat(text).contains(net));
        }

        HttpResponse<byte[]> xlsx = browser.download(browser.find("#xlsx").getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row total = null;
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getCell(0) != null && "Jumlah".equals(row.getCell(0).toString())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat((long) total.getCell(5).getNumericCellValue()).isEqualTo(number(totalNet));
        }

        String base = "/kelompok/" + group + "/catatan-usaha";
        browser.open(base + "?dari=" + YearMonth.now(WITA).minusMonths(2) + "&sampai=" + thisMonth);
        assertThat(browser.all("#months tr[data-month]")).hasSize(3);
        assertThat(browser.find("#xlsx").getAttribute("href")).contains("dari=" + YearMonth.now(WITA).minusMonths(2));
        browser.open(base + "?dari=2020-01&sampai=" + thisMonth);
        assertThat(browser.text("#problem-from")).contains("36");
        assertThat(browser.find("#dari").getAttribute("value")).isEqualTo("2020-01");
        assertThat(browser.all("#months tr[data-month]")).hasSize(12);
        browser.screenshots("catatan-usaha-bulan");

        browser.open("/kelompok/" + group + "/profil");
        browser.click("#business-record");
        assertThat(browser.text("h1")).isEqualTo("Catatan usaha");
    }

    /** This month's orders of the showcase group, as the order service counts them. */
    private static long ordersThisMonth() throws Exception {
        return client.get("orders", "/api/groups/" + group + "/business-record?months=1").path("months").get(0)
                .path("orders").asLong();
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(".", ""));
    }
}

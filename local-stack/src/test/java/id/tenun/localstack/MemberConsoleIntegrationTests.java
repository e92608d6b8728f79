package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A group member on a 360 px phone, in headless Chromium against the whole stack: signs in by phone number, lands on
 * Beranda, sees their products' badges on the three sandbox shops, gets an order from a sandbox buyer, adjusts stock,
 * cannot open another group's pages, and switches language on every page. Screenshots of every page at 360 px and
 * 1280 px go to {@code console/target/screenshots/}.
 */
class MemberConsoleIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final long PAGE_BUDGET_BYTES = 150 * 1024;

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static StackClient client;
    private static ConsoleBrowser browser;
    private static String group;

    @BeforeAll
    static void startTheStackAndSignIn() {
        Assumptions.assumeTrue(ConsoleBrowser.installed(),
                "no Debian chromium and chromedriver here: .ci/run installs them (apt-get install chromium "
                        + "chromium-driver)");
        stack = StackUnderTest.start(dataDir, StackUnderTest.WITHOUT_SANDBOX_BUYERS);
        client = new StackClient(stack);
        group = stack.showcaseGroup().orElseThrow();
        browser = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("member"));
        browser.open("/login");
        browser.screenshots("masuk");
        signIn(browser, "GROUP_MEMBER");
        assertThat(browser.text("h1")).isEqualTo("Beranda");
    }

    private static void signIn(ConsoleBrowser browser, String role) {
        DemoUsers.SignIn user = stack.consoleUsers().stream().filter(u -> u.role().equals(role)).findFirst()
                .orElseThrow();
        browser.open("/login");
        browser.type("#identifier", user.identifier());
        browser.type("#password", user.password());
        browser.click("button[type=submit]");
    }

    @AfterAll
    static void stopTheStack() {
        if (browser != null) {
            browser.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void showsEachProductWithItsBadgeOnEveryMarketplace() throws Exception {
        awaitLive();
        browser.open("/kelompok/" + group + "/produk");
        JsonNode products = client.showcaseProducts();
        assertThat(browser.all("#products > li")).hasSize(products.size());
        for (String channel : DemoShowcase.CHANNELS) {
            assertThat(browser.all("details.badge[data-channel=" + channel + "][data-state=live]"))
                    .as(channel).hasSize(products.size());
        }
        browser.click("details.badge[data-channel=shopee] summary");
        assertThat(browser.pageText()).contains("Pembeli bisa melihat dan membeli produk ini.");
        browser.screenshots("produk");
    }

    @Test
    void showsASandboxBuyersOrderOnBerandaAndPesananWithTheStockTaken() throws Exception {
        awaitLive();
        JsonNode product = client.showcaseProducts().get(0);
        String sku = product.path("variants").get(0).path("sku").asString();
        String productId = product.path("id").asString();
        long stockBefore = catalogStock(productId, sku);

        assertThat(client.placeOrder("tokopedia", sku).statusCode()).isEqualTo(201);

        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            browser.open("/");
            assertThat(browser.text("#last-orders")).contains(product.path("name").asString());
        });
        assertThat(Long.parseLong(browser.text("#orders-this-month").replace(".", ""))).isPositive();
        assertThat(browser.text("#sales-this-month")).startsWith("Rp ").isNotEqualTo("Rp 0");
        browser.screenshots("beranda");

        browser.open("/kelompok/" + group + "/pesanan");
        assertThat(browser.text("#orders")).contains(product.path("name").asString()).contains("Tokopedia");
        browser.screenshots("pesanan");

        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(catalogStock(productId, sku)).isEqualTo(stockBefore - 1));
        browser.open("/kelompok/" + group + "/produk/" + productId + "/stok");
        assertThat(browser.text("form[data-sku='" + sku + "'] .figure")).isEqualTo(Long.toString(stockBefore - 1));
        assertThat(browser.text("#ledger")).contains("Pesanan");
    }

    @Test
    void addsStockWithAReasonAndRefusesToTakeMoreThanThereIs() throws Exception {
        JsonNode product = client.showcaseProducts().get(1);
        String sku = product.path("variants").get(0).path("sku").asString();
        String productId = product.path("id").asString();
        String page = "/kelompok/" + group + "/produk/" + productId + "/stok";
        String form = "form[data-sku='" + sku + "'] ";
        long before = catalogStock(productId, sku);

        browser.open(page);
        browser.type(form + "input[name=jumlah]", "5");
        browser.click(form + "button[value=tambah]");

        assertThat(browser.text("#saved")).startsWith("Stok bertambah 5");
        assertThat(catalogStock(productId, sku)).isEqualTo(before + 5);
        assertThat(browser.text("#ledger")).contains("Hasil produksi").contains("+5");
        browser.screenshots("stok");

        browser.type(form + "input[name=jumlah]", "99999");
        browser.click(form + "button[value=kurangi]");
        assertThat(browser.text("#error")).isEqualTo("Stok tidak cukup untuk dikurangi sebanyak itu.");
        assertThat(catalogStock(productId, sku)).isEqualTo(before + 5);
    }

    @Test
    void answersAnotherGroupsPagesAndProductsAsNotFound() throws Exception {
        String other = stack.authorizedGroup().orElseThrow();
        String othersProduct = client.get("catalog", "/api/products?groupId=" + other + "&size=1").path("items")
                .get(0).path("id").asString();

        browser.open("/kelompok/" + other + "/produk");
        assertThat(browser.text("h1")).isEqualTo("Tidak ditemukan");
        browser.open("/kelompok/" + group + "/produk/" + othersProduct + "/stok");
        assertThat(browser.text("h1")).isEqualTo("Tidak ditemukan");
        browser.screenshots("tidak-ditemukan");
    }

    @Test
    void showsTheGroupsShopOnEachMarketplaceAsConnected() throws Exception {
        browser.open("/kelompok/" + group + "/toko");
        for (String channel : DemoShowcase.CHANNELS) {
            assertThat(browser.find(".card[data-channel=" + channel + "] [data-state]").getAttribute("data-state"))
                    .as(channel).isEqualTo("connected");
        }
        browser.screenshots("toko");
    }

    @Test
    void showsTheGroupsProfileWithItsMentorMembersAndCertificates() throws Exception {
        browser.open("/kelompok/" + group + "/profil");
        assertThat(browser.text("#details")).contains(client.get("catalog", "/api/groups/" + group).path("name")
                .asString());
        assertThat(browser.text("#mentors")).contains("Pendamping Maria Goreti", "+6281200000003");
        assertThat(browser.text("#members")).contains("Anggota BUMDes Kopi Bajawa");
        assertThat(browser.all("#certificates > li")).isNotEmpty();
        browser.screenshots("profil");
    }

    /**
     * A mentor of the Mollo honey group disconnects its Tokopedia shop and connects it again the marketplace's way:
     * from Toko to the sandbox's seller sign-in and grant, and back to Toko through the console's callback page.
     */
    @Test
    void letsAMentorDisconnectAShopAndConnectItAgainTheMarketplacesWay() throws Exception {
        String mollo = stack.authorizedGroup().orElseThrow();
        String card = ".card[data-channel=tokopedia] ";
        try (ConsoleBrowser mentor = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("mentor"))) {
            signIn(mentor, "MENTOR");
            mentor.open("/kelompok/" + mollo + "/toko");
            assertThat(mentor.find(card + "[data-state]").getAttribute("data-state")).isEqualTo("connected");

            mentor.click(card + "details summary");
            mentor.click(card + "details button");
            assertThat(mentor.text("#disconnected")).startsWith("Toko Tokopedia sudah diputus.");
            assertThat(mentor.find(card + "[data-state]").getAttribute("data-state")).isEqualTo("none");

            mentor.click(card + "form button");
            assertThat(mentor.url()).startsWith(stack.urls().get("sandbox"));
            mentor.type("input[name=seller]", "Mama Yuliana");
            mentor.click("button[type=submit]");
            mentor.type("input[name=new_shop]", "Madu Hutan Mollo Baru");
            mentor.click("button[value=grant]");

            assertThat(mentor.path()).isEqualTo("/kelompok/" + mollo + "/toko");
            assertThat(mentor.text("#connected")).startsWith("Toko Tokopedia sudah terhubung.");
            assertThat(mentor.find(card + "[data-state]").getAttribute("data-state")).isEqualTo("connected");
            mentor.screenshots("toko-terhubung");
        }
    }

    @Test
    void switchesEveryPageToEnglishAndBack() throws Exception {
        for (Map.Entry<String, String> page : pages().entrySet()) {
            browser.open(page.getValue() + "?lang=en");
            assertThat(browser.text("nav.bottom")).as(page.getKey()).contains("Home", "Products", "Orders", "Shops");
            browser.screenshots(page.getKey() + "-en");
            browser.open(page.getValue() + "?lang=id");
            assertThat(browser.text("nav.bottom")).as(page.getKey()).contains("Beranda", "Produk", "Pesanan", "Toko");
        }
    }

    @Test
    void loadsEveryPageUnder150KilobytesOnAFirstVisit() throws Exception {
        for (Map.Entry<String, String> page : pages().entrySet()) {
            browser.open(page.getValue());
            long bytes = browser.transferredBytes();
            System.out.printf("page weight %-10s %,7d bytes%n", page.getKey(), bytes);
            assertThat(bytes).as(page.getKey()).isPositive().isLessThan(PAGE_BUDGET_BYTES);
        }
    }

    /** Every page of the member's console, by the name of its screenshot. */
    private static Map<String, String> pages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("beranda", "/");
        pages.put("produk", "/kelompok/" + group + "/produk");
        pages.put("pesanan", "/kelompok/" + group + "/pesanan");
        pages.put("toko", "/kelompok/" + group + "/toko");
        pages.put("profil", "/kelompok/" + group + "/profil");
        pages.put("stok", "/kelompok/" + group + "/produk/" + client.showcaseProducts().get(0).path("id").asString()
                + "/stok");
        return pages;
    }

    private static void awaitLive() throws Exception {
        List<String> skus = StackClient.skus(client.showcaseProducts());
        client.awaitActiveOnEveryMarketplace(skus, FLOW);
    }

    private static long catalogStock(String productId, String sku) throws Exception {
        for (JsonNode variant : client.get("catalog", "/api/products/" + productId).path("variants")) {
            if (variant.path("sku").asString().equals(sku)) {
                return variant.path("stock").asLong();
            }
        }
        throw new AssertionError("no " + sku + " in " + productId);
    }
}

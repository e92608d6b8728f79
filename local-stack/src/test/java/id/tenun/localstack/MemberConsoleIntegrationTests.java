package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A group member on a 360 px phone, in headless Chromium against the whole stack: signs in by phone number, lands on
 * Beranda, sees their products' badges on the three sandbox shops, gets an order from a sandbox buyer, adjusts stock,
 * cannot open another group's pages, and switches language on every page. Screenshots of every page at 360 px and
 * 1280 px go to {@code console/target/screenshots/}.
 */
@ExtendWith(SharedStack.class)
class MemberConsoleIntegrationTests {

    private static final Duration FLOW = Duration.ofSeconds(90);

    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static StackClient client;
    private static ConsoleBrowser browser;
    private static String group;
    /** The demo's products, as seeded: the tests add more. */
    private static JsonNode seeded;

    @BeforeAll
    static void startAndSignIn(LocalStack shared) throws Exception {
        stack = shared;
        client = new StackClient(stack);
        group = stack.showcaseGroup().orElseThrow();
        seeded = client.showcaseProducts();
        browser = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("member"));
        browser.open("/login");
        browser.screenshots("masuk");
        browser.signInAs(stack, "GROUP_MEMBER");
        assertThat(browser.text("h1")).isEqualTo("Beranda");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsEachProductWithItsBadgeOnEveryMarketplace() throws Exception {
        awaitLive();
        browser.open("/kelompok/" + group + "/produk");
        for (JsonNode product : seeded) {
            String row = "li[data-product='" + product.path("id").asString() + "'] ";
            for (String channel : DemoShowcase.CHANNELS) {
                assertThat(browser.find(row + "details.badge[data-channel=" + channel + "]")
                        .getAttribute("data-state")).as(channel).isEqualTo("live");
            }
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

    /** A member adds a product with a photo from the phone; it goes live on the sandbox's three shops. */
    @Test
    void addsAProductWithAPhotoAndTwoSizesThatGoLiveOnEveryMarketplace() throws Exception {
        JsonNode model = client.showcaseProducts().get(0);
        browser.open("/kelompok/" + group + "/produk");
        browser.forgetDrafts();
        browser.click("#add-product");
        fillProductForm(browser, model, "Kopi Bajawa Uji Foto");
        browser.type("#variantName0", "100 g");
        browser.click("#more-variants summary");
        browser.type("#variantName1", "250 g");
        browser.type("#price1", "95.000");
        browser.type("#stock1", "4");
        browser.screenshots("produk-baru");
        browser.click("#save");

        assertThat(browser.textOnceShown("#saved-product")).contains("Kopi Bajawa Uji Foto");
        JsonNode created = productNamed("Kopi Bajawa Uji Foto");
        assertThat(created.path("variants")).hasSize(2);
        assertThat(created.path("variants").get(1).path("attributes").path("varian").asString()).isEqualTo("250 g");
        assertThat(created.path("variants").get(1).path("priceRupiah").asLong()).isEqualTo(95_000);
        assertThat(created.path("variants").get(1).path("stock").asLong()).isEqualTo(4);
        assertThat(created.path("imageUrls").get(0).asString())
                .startsWith(stack.urls().get("catalog") + "/photos/").endsWith("/large.jpg");
        try {
            client.awaitActiveOnEveryMarketplace(StackClient.skus(StackClient.JSON.createArrayNode().add(created)),
                    FLOW);
        } catch (RuntimeException | AssertionError notLive) {
            String id = created.path("id").asString();
            throw new AssertionError("not live everywhere: " + client.get("catalog", "/api/products/" + id)
                    + "\nlistings: " + client.get("listing-sync", "/api/listings?productId=" + id), notLive);
        }
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/kelompok/" + group + "/produk");
            assertThat(browser.all("li[data-product='" + created.path("id").asString()
                    + "'] details.badge[data-state=live]")).hasSize(DemoShowcase.CHANNELS.size());
        });
    }

    @Test
    void showsEachMistakeNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        browser.open("/kelompok/" + group + "/produk/baru");
        browser.forgetDrafts();
        browser.open("/kelompok/" + group + "/produk/baru");
        browser.type("#name", "Madu Uji Salah Isi");
        browser.type("#price", "12,5");
        browser.click("#save");

        assertThat(browser.textOnceShown("#problem-price")).isEqualTo("Isi harga dengan angka, misalnya 85000.");
        assertThat(browser.text("#problem-photo")).isEqualTo("Pilih foto produk.");
        assertThat(browser.text("#problem-categoryCode")).isEqualTo("Pilih kategori produk.");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Madu Uji Salah Isi");
        assertThat(browser.find("#price").getAttribute("value")).isEqualTo("12,5");
        browser.screenshots("produk-salah-isi");
    }

    /** The phone loses its signal before the save: the draft waits in the browser and goes when it is back. */
    /** A name the catalog takes (70 at most) and Shopee refuses (longer than the stack's limit for it). */
    private static final String OFFLINE_NAME = "Kopi Bajawa Uji Tanpa Sinyal, Arabika Gunung Inerie, Sangrai Medium";

    @Test
    void keepsADraftWhileOfflineAndSendsItWhenTheSignalIsBack() throws Exception {
        JsonNode model = client.showcaseProducts().get(0);
        browser.open("/kelompok/" + group + "/produk");
        browser.forgetDrafts();
        browser.open("/kelompok/" + group + "/produk/baru");
        browser.offline(true);
        try {
            fillProductForm(browser, model, OFFLINE_NAME);
            browser.click("#save");
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(
                    browser.text("#draft-note")).startsWith("Tidak ada sinyal."));
            assertThat(client.get("catalog", "/api/products?groupId=" + group + "&size=200").toString())
                    .doesNotContain(OFFLINE_NAME);
            browser.screenshots("produk-tanpa-sinyal");
        } finally {
            browser.offline(false);
        }
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> assertThat(
                browser.text("#saved-product")).contains(OFFLINE_NAME));
        JsonNode sent = productNamed(OFFLINE_NAME);
        assertThat(sent.path("imageUrls")).hasSize(1);

        // a name longer than Shopee takes: Shopee refuses it and says so, in words
        String row = "li[data-product='" + sent.path("id").asString() + "'] ";
        await().atMost(FLOW).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            browser.open("/kelompok/" + group + "/produk");
            assertThat(browser.find(row + "details.badge[data-channel=shopee]").getAttribute("data-state"))
                    .isEqualTo("rejected");
        });
        browser.click(row + "details.badge[data-channel=shopee] summary");
        assertThat(browser.text(row + "details.badge[data-channel=shopee]"))
                .contains("Nama produk terlalu panjang atau tidak sesuai aturan Shopee.");
        browser.screenshots("produk-ditolak");
        browser.open("/");
        assertThat(browser.text("#notices")).contains(OFFLINE_NAME + " ditolak oleh Shopee");
    }

    /** Two people edit the same product: the second sees both versions and keeps theirs on purpose. */
    @Test
    void showsBothVersionsWhenSomeoneElseSavedFirstAndLetsTheMemberChoose() throws Exception {
        JsonNode product = client.showcaseProducts().get(2);
        String edit = "/kelompok/" + group + "/produk/" + product.path("id").asString() + "/ubah";
        browser.open(edit);
        browser.type("#price", "91000");
        try (ConsoleBrowser mentor = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("mentor2"))) {
            mentor.signInAs(stack, "MENTOR");
            mentor.open(edit);
            mentor.type("#price", "88000");
            mentor.click("#save");
            assertThat(mentor.textOnceShown("#saved-product")).isNotBlank();
        }
        browser.click("#save");

        assertThat(browser.textOnceShown("#conflict")).contains("Pendamping Maria Goreti", "88000", "91000");
        browser.screenshots("produk-bentrok");
        browser.click("#save");
        assertThat(browser.textOnceShown("#saved-product")).isNotBlank();
        assertThat(client.get("catalog", "/api/products/" + product.path("id").asString()).path("variants").get(0)
                .path("priceRupiah").asLong()).isEqualTo(91_000);
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
        browser.open("/kelompok/" + group + "/produk/" + othersProduct + "/ubah");
        assertThat(browser.text("h1")).isEqualTo("Tidak ditemukan");
        browser.open("/kelompok/" + other + "/produk/" + othersProduct + "/ubah");
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
            mentor.signInAs(stack, "MENTOR");
            assertThat(mentor.text("h1")).isEqualTo("Kelompok saya");
            assertThat(mentor.all(".card[data-group]")).extracting(shown -> shown.getAttribute("data-group"))
                    .containsExactlyInAnyOrder(group, mollo);
            assertThat(mentor.text(".card[data-group=" + mollo + "]")).contains("Belum ada penjualan bulan ini.");
            mentor.screenshots("kelompok-saya");
            mentor.open("/kelompok/" + mollo + "/toko");
            assertThat(mentor.find(card + "[data-state]").getAttribute("data-state")).isEqualTo("connected");

            mentor.click(card + "details summary");
            mentor.click(card + "details button");
            assertThat(mentor.textOnceShown("#disconnected")).startsWith("Toko Tokopedia sudah diputus.");
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
            assertThat(bytes).as(page.getKey()).isPositive().isLessThan(ConsoleBrowser.PAGE_BUDGET_BYTES);
        }
    }

    /** Fills the product form like the model product (its category and certificate), with a new photo. */
    private static void fillProductForm(ConsoleBrowser browser, JsonNode model, String name) throws Exception {
        browser.find("#photo").sendKeys(TestPhotos.jpeg(profile.resolve(name.hashCode() + ".jpg")).toString());
        browser.type("#name", name);
        browser.select("#categoryCode", model.path("categoryCode").asString());
        browser.type("#rawMaterial", model.path("rawMaterial").asString());
        browser.type("#price", "45.000");
        browser.type("#stock", "10");
        browser.type("#weight", "150");
        browser.type("input[name=length]", "10");
        browser.type("input[name=width]", "8");
        browser.type("input[name=height]", "5");
        for (int row = 0; row < model.path("certifications").size(); row++) {
            JsonNode certificate = model.path("certifications").get(row);
            browser.select("#certificateKind" + row, certificate.path("kind").asString());
            browser.type("#certificateNumber" + row, certificate.path("number").asString());
            browser.type("#certificateIssuer" + row, certificate.path("issuer").asString());
            if (certificate.path("expiresOn").isString()) {
                browser.typeDate("#certificateExpires" + row, certificate.path("expiresOn").asString());
            }
        }
    }

    private static JsonNode productNamed(String name) throws Exception {
        for (JsonNode product : client.get("catalog", "/api/products?groupId=" + group + "&size=200")
                .path("items")) {
            if (product.path("name").asString().equals(name)) {
                return product;
            }
        }
        throw new AssertionError("no product " + name + " in " + group);
    }

    /** Every page of the member's console, by the name of its screenshot. */
    private static Map<String, String> pages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("beranda", "/");
        pages.put("produk", "/kelompok/" + group + "/produk");
        pages.put("pesanan", "/kelompok/" + group + "/pesanan");
        pages.put("toko", "/kelompok/" + group + "/toko");
        pages.put("profil", "/kelompok/" + group + "/profil");
        pages.put("produk-baru", "/kelompok/" + group + "/produk/baru");
        pages.put("stok", "/kelompok/" + group + "/produk/" + client.showcaseProducts().get(0).path("id").asString()
                + "/stok");
        return pages;
    }

    private static void awaitLive() throws Exception {
        client.awaitActiveOnEveryMarketplace(StackClient.skus(seeded), FLOW);
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

package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Programme staff and admins at a desk, in headless Chromium against the whole stack: an admin registers a script
 * client on Klien skrip, gets a token with its secret and reads sales with it, finds both in the account record and
 * revokes the client; staff invite a person, disable their account and enable it again; staff see how sync stands on
 * the three marketplaces in words. Screenshots of each page at 360 px and 1280 px, each page under 150 KB.
 */
@ExtendWith(SharedStack.class)
class AdminConsoleIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static ConsoleBrowser browser;
    private static String console;
    private static String signedInAs;

    @BeforeAll
    static void start(LocalStack shared) {
        stack = shared;
        console = stack.urls().get("console");
        browser = new ConsoleBrowser(console, profile.resolve("desk"));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminRegistersAScriptClientWhoseSecretGetsATokenSeesItInTheRecordAndRevokesIt() throws Exception {
        as("ADMIN");
        openWithinBudget("/pengguna/klien");
        String name = "Dinas Koperasi Kab. Ngada — uji " + UUID.randomUUID().toString().substring(0, 8);
        browser.type("#nama", name);
        browser.click("#register button[type=submit]");
        String clientId = browser.text("#client-id");
        String secret = browser.text("#client-secret");
        assertThat(browser.text("#curl")).contains(clientId + ":" + secret, "grant_type=client_credentials");
        browser.screenshots("pengguna-klien");

        HttpResponse<String> issued = token(clientId, secret);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String token = JSON.readTree(issued.body()).path("access_token").asString();
        assertThat(get(stack.urls().get("orders") + "/api/sales?by=channel&series=false", token).statusCode())
                .as("a script reads sales").isEqualTo(200);

        openWithinBudget("/pengguna/catatan");
        assertThat(browser.text("#records")).contains("Klien skrip didaftarkan", name + " (klien " + clientId + ")");
        browser.screenshots("pengguna-catatan");

        browser.open("/pengguna/klien");
        assertThat(browser.pageText()).doesNotContain(secret);
        String row = "li[data-client='" + clientId + "'] ";
        browser.click(row + "summary");
        browser.click(row + "button[type=submit]");
        assertThat(browser.text("#revoked")).contains(clientId);
        assertThat(browser.text(row)).contains("dicabut");
        assertThat(token(clientId, secret).statusCode()).as("a revoked client").isEqualTo(401);
        browser.open("/pengguna/catatan");
        assertThat(browser.text("#records")).contains("Klien skrip dicabut");
    }

    @Test
    void staffInviteAPersonDisableTheirAccountAndEnableItAgain() throws Exception {
        as("STAFF");
        openWithinBudget("/pengguna/undangan");
        String name = "Maria Goreti Uji " + UUID.randomUUID().toString().substring(0, 6);
        String phone = "0813" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits()
                % 100_000_000L));
        browser.type("#nama", name);
        browser.type("#hp", phone);
        browser.select("#peran", "GROUP_MEMBER");
        String group = stack.showcaseGroup().orElseThrow();
        browser.type("#cariKelompok", new StackClient(stack).get("catalog", "/api/groups/" + group).path("name")
                .asString());
        browser.click("#group-find");
        assertThat(browser.find("#nama").getAttribute("value")).as("kept while groups are searched").isEqualTo(name);
        browser.click("[id='kelompok-" + group + "']");
        browser.click("#invite-send");
        String link = browser.find("#link-value").getAttribute("value");
        assertThat(browser.text("#link")).contains("WhatsApp atau SMS", "sekali");
        browser.screenshots("pengguna-undangan");
        String password = "tenun-uji-" + UUID.randomUUID().toString().substring(0, 8);
        setPassword(link, password);
        assertThat(signIn(phone, password)).as("the new person signs in").endsWith("/");

        openWithinBudget("/pengguna?cari=" + phone);
        assertThat(browser.text("#users")).contains(name);
        browser.screenshots("pengguna");
        browser.click("#users a");
        openWithinBudget(browser.path());
        browser.screenshots("pengguna-detail");

        browser.click("#disable summary");
        assertThat(browser.text("#disable")).contains("Nonaktifkan akun " + name + "?");
        browser.click("#disable button[type=submit]");
        assertThat(browser.text("#done")).isEqualTo("Akun dinonaktifkan.");
        assertThat(browser.text("#state")).isEqualTo("nonaktif");
        assertThat(signIn(phone, password)).as("a disabled account").endsWith("/login?disabled");

        browser.click("#enable button[type=submit]");
        assertThat(browser.text("#done")).isEqualTo("Akun aktif lagi.");
        assertThat(browser.text("#state")).isEqualTo("aktif");
        assertThat(signIn(phone, password)).as("enabled again").endsWith("/");
    }

    @Test
    void staffSeeHowSyncStandsOnTheThreeMarketplacesInWords() throws Exception {
        String refused = addedWithANameTooLongForShopee();
        as("STAFF");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            browser.open("/sinkron");
            assertThat(browser.text("#rejected")).as("a listing the marketplaces refuse, named, with the reason")
                    .contains(refused, DemoShowcase.GROUP_NAME, "Nama produk terlalu panjang");
        });
        openWithinBudget("/sinkron");
        for (Map.Entry<String, String> channel : Map.of("tokopedia", "Tokopedia", "shopee", "Shopee", "lazada",
                "Lazada").entrySet()) {
            String card = browser.text("#channels [data-channel=" + channel.getKey() + "]");
            assertThat(card).startsWith(channel.getValue()).containsAnyOf("Berjalan baik", "Lambat", "Terhenti");
            assertThat(card).containsAnyOf("menunggu dikirim", "Tidak ada yang menunggu dikirim");
        }
        assertThat(browser.pageText()).contains("Pesanan dari toko tanpa kelompok", "Ditolak marketplace");
        browser.screenshots("sinkron");
        browser.open("/sinkron?lang=en");
        assertThat(browser.text("#channels")).containsAnyOf("Working", "Slow", "Stopped");
        browser.open("/sinkron?lang=id");
    }

    /** A copy of a demo coffee with a name longer than Shopee takes in this stack: Shopee refuses it. */
    private static String addedWithANameTooLongForShopee() throws Exception {
        StackClient client = new StackClient(stack);
        JsonNode model = client.showcaseProducts().get(0);
        String name = "Kopi Uji Sinkron " + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode product = JSON.createObjectNode();
        for (String field : new String[]{"groupId", "description", "categoryCode", "rawMaterial", "weightGrams",
                "dimensions", "imageUrls", "certifications"}) {
            product.set(field, model.path(field));
        }
        product.put("name", name + ", Arabika Gunung Inerie, Sangrai Medium");
        ObjectNode variant = product.putArray("variants").addObject();
        variant.put("priceRupiah", 45_000);
        variant.put("stock", 10);
        HttpResponse<String> created = client.send("catalog", "/api/products", "POST", product.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    /** Signs in as the stack's demo user of the role, signing out whoever was signed in. */
    private static void as(String role) {
        if (role.equals(signedInAs)) {
            return;
        }
        if (signedInAs != null) {
            browser.open("/akun");
            browser.click("form[action$='/logout'] button");
        }
        browser.signInAs(stack, role);
        signedInAs = role;
    }

    private static void openWithinBudget(String path) {
        browser.open(path);
        long bytes = browser.transferredBytes();
        System.out.printf("page weight %-22s %,7d bytes%n", path.replaceFirst("\\?.*", ""), bytes);
        assertThat(bytes).as(path + " on first load").isPositive().isLessThan(ConsoleBrowser.PAGE_BUDGET_BYTES);
    }

    private static HttpResponse<String> token(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(console + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=sales.read")));
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET());
    }

    /** The invited person, on their own phone: opens the link and sets their password. */
    private static void setPassword(String link, String password) throws Exception {
        HttpClient phone = person();
        String form = send(phone, HttpRequest.newBuilder(URI.create(link)).GET()).body();
        HttpResponse<String> saved = send(phone, post(link, Map.of("password", password, "repeated", password,
                "_csrf", csrf(form))));
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/login?welcome"));
    }

    /** Where the sign-in form sends a person with this phone number and password. */
    private static String signIn(String identifier, String password) throws Exception {
        HttpClient phone = person();
        String form = send(phone, HttpRequest.newBuilder(URI.create(console + "/login")).GET()).body();
        return send(phone, post(console + "/login", Map.of("identifier", identifier, "password", password,
                "_csrf", csrf(form)))).headers().firstValue("Location").orElse("");
    }

    private static HttpClient person() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpRequest.Builder post(String url, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a form with its CSRF token").isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException,
            InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

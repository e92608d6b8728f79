package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's phone or desk browser on the console: Debian's headless Chromium driven by its chromedriver, with
 * screenshots of a page at 360 px and 1280 px wide (whole page), and the bytes a page's first load transferred.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where the screenshots go, for people to open (the console's, whichever module's tests take them). */
    static final Path SCREENSHOTS = Path.of("..", "console", "target", "screenshots");
    static final int PHONE = 360;
    static final int DESK = 1280;
    /** How long a page that is still arriving gets before an element it should have is missed. */
    static final Duration ARRIVAL = Duration.ofSeconds(10);
    /** What a page may weigh on its first load, compressed: the document and everything it fetches. */
    static final long PAGE_BUDGET_BYTES = 150 * 1024;
    /**
     * {@code -Dtenun.browser.network=3g} runs every browser of the tests on a 3G line as Chrome's DevTools define it
     * ("Regular 3G": 100 ms latency, 750 kbit/s down, 250 kbit/s up), to measure how long a person waits; unset, the
     * line is the machine's own.
     */
    static final String NETWORK = System.getProperty("tenun.browser.network", "");

    private final ChromeDriver driver;
    private final String base;

    ConsoleBrowser(String base, Path profile) {
        this(base, profile, true);
    }

    /** A browser whose pages run no script of their own, as with JavaScript turned off. */
    static ConsoleBrowser withoutJavaScript(String base, Path profile) {
        return new ConsoleBrowser(base, profile, false);
    }

    private ConsoleBrowser(String base, Path profile, boolean javaScript) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM.toFile());
        // headless as root, and nothing that reaches for the internet this machine does not have
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=id-ID", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        asPhone();
    }

    static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    void asPhone() {
        driver.manage().window().setSize(new Dimension(PHONE, 800));
    }

    /** Signs in on the login page as the stack's demo user of {@code role} (ADMIN, STAFF, MENTOR, GROUP_MEMBER). */
    void signInAs(LocalStack stack, String role) {
        DemoUsers.SignIn user = stack.consoleUsers().stream().filter(u -> u.role().equals(role)).findFirst()
                .orElseThrow();
        signIn(user.identifier(), user.password());
    }

    /** Signs in on the login page with a phone number or email and a password. */
    void signIn(String identifier, String password) {
        open("/login");
        type("#identifier", identifier);
        type("#password", password);
        click("button[type=submit]");
    }

    void open(String path) {
        driver.get(base + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The path (and query) of the page shown, on the console. */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * The element once the page has it (a page still arriving gets {@link #ARRIVAL} to), or a failure that says where
     * the browser is and what it shows instead.
     */
    WebElement find(String css) {
        try {
            return new WebDriverWait(driver, ARRIVAL)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException missing) {
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + ", which shows:\n" + pageText(),
                    missing);
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void select(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    /** Sets a date field ({@code yyyy-MM-dd}) the way a date picker would. */
    void typeDate(String css, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                find(css), isoDate);
    }

    /** Forgets the product drafts this browser keeps for the console: the fields and the photos. */
    void forgetDrafts() {
        ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                localStorage.clear();
                const deleting = indexedDB.deleteDatabase('tenun-drafts');
                deleting.onsuccess = deleting.onerror = deleting.onblocked = () => done();""");
    }

    /** Cuts the browser off the network (or gives it back), as a phone losing its signal. */
    void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
            line();
        }
    }

    /** The line the tests run on: {@link #NETWORK}'s 3G, or the machine's own. */
    private void line() {
        if (NETWORK.equals("3g")) {
            ChromiumNetworkConditions regular3g = new ChromiumNetworkConditions();
            regular3g.setLatency(Duration.ofMillis(100));
            regular3g.setDownloadThroughput(750 * 1024 / 8);
            regular3g.setUploadThroughput(250 * 1024 / 8);
            driver.setNetworkConditions(regular3g);
        }
    }

    /** Clicks it as a thumb would: scrolled to the middle of the screen, clear of the bottom bar. */
    void click(String css) {
        WebElement element = find(css);
        WebElement leaving = leavesThePage(element) ? driver.findElement(By.tagName("html")) : null;
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        if (leaving != null) {
            try {
                new WebDriverWait(driver, ARRIVAL).until(page -> gone(leaving));
            } catch (TimeoutException stayed) {
                // the click changed the page in place (htmx, a script that waits for the signal): nothing to wait for
            }
        }
    }

    /**
     * Whether the page {@code element} was on has been replaced: it is stale, or (Chromium, while the next page
     * arrives) its node "does not belong to the document" any more.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    /** A link to another address, or a form's submit button: what follows is read from the next page. */
    private static boolean leavesThePage(WebElement element) {
        String tag = element.getTagName();
        String type = element.getAttribute("type");
        String href = element.getAttribute("href");
        return tag.equals("a") && href != null && !href.contains("#")
                || tag.equals("button") && (type == null || type.equals("submit"))
                || tag.equals("input") && "submit".equals(type);
    }

    /** The text of an element once it is shown: after a form the page's script sends, it comes in a moment. */
    String textOnceShown(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
        } catch (TimeoutException notShown) {
            throw new AssertionError("no " + css + " on " + driver.getCurrentUrl() + ", which shows:\n" + pageText(),
                    notShown);
        }
    }

    /**
     * A download from the console (a link's {@code href}, or a path such as an export's), fetched with this browser's
     * cookies: as the signed-in person.
     */
    HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI address = URI.create(url.startsWith("/") ? base + url : url);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The bytes this page's first load moved over the wire: the document and everything it fetched. */
    long transferredBytes() {
        Object bytes = ((JavascriptExecutor) driver).executeScript("""
                const all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                return all.reduce((sum, entry) => sum + (entry.transferSize || entry.encodedBodySize || 0), 0);""");
        return ((Number) bytes).longValue();
    }

    /** Prints the bytes of this page's first load as a {@code page weight} line and checks them against the budget. */
    void weigh(String page) {
        long bytes = transferredBytes();
        System.out.printf("page weight %-16s %,7d bytes%n", page, bytes);
        assertThat(bytes).as(page).isPositive().isLessThan(PAGE_BUDGET_BYTES);
    }

    /** The whole page at 360 px and at 1280 px, as {@code <name>-360.png} and {@code <name>-1280.png}. */
    void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[]{PHONE, DESK}) {
                driver.manage().window().setSize(new Dimension(width, 800));
                long height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight")).longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 4000)));
                Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, SCREENSHOTS.resolve(name + "-" + width + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            asPhone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

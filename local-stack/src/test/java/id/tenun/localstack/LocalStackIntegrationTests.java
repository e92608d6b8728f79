package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole stack, as {@code spring-boot:run} starts it, on free ports with its data in a temporary directory. */
class LocalStackIntegrationTests {

    /** Where {@code tenun-cli} receives its code: the console's default loopback address. */
    private static final String CLI_REDIRECT = "http://127.0.0.1/callback";
    private static final List<String> SERVICES = List.of("console", "catalog", "listing-sync", "orders");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    @BeforeAll
    static void startTheStack() {
        stack = StackUnderTest.start(dataDir, List.of());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void startsEveryApplicationAndEachReportsUp() throws Exception {
        assertThat(stack.urls()).containsOnlyKeys("console", "catalog", "listing-sync", "orders", "sandbox");
        for (String url : stack.urls().values()) {
            assertThat(get(url + "/actuator/health", null).path("status").asString()).as(url).isEqualTo("UP");
        }
    }

    @Test
    void everyServiceIsReadyWithKafkaAndMongoUp() throws Exception {
        for (String service : SERVICES) {
            JsonNode readiness = get(stack.urls().get(service) + "/actuator/health/readiness", null);
            assertThat(readiness.path("status").asString()).as(service).isEqualTo("UP");
            assertThat(readiness.path("components").path("kafka").path("status").asString()).as(service)
                    .isEqualTo("UP");
            assertThat(readiness.path("components").path("mongo").path("status").asString()).as(service)
                    .isEqualTo("UP");
        }
    }

    @Test
    void givesEachApplicationItsOwnConfigurationFromTheSharedClassPath() {
        List<String> names = stack.urls().keySet().stream()
                .map(app -> stack.environment(app).getProperty("spring.application.name"))
                .toList();

        assertThat(names).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(stack.environment("catalog").getProperty("spring.application.name")).isEqualTo("catalog-service");
        assertThat(stack.environment("catalog").getProperty("spring.mongodb.database")).isEqualTo("tenun_catalog");
    }

    @Test
    void pointsTheServicesAtTheSandboxAndTheSandboxAtTheOrderService() {
        assertThat(stack.environment("listing-sync").getProperty("MARKETPLACE_SANDBOX_URL"))
                .isEqualTo(stack.urls().get("sandbox"));
        assertThat(stack.environment("sandbox").getProperty("sandbox.shopee.webhook-url"))
                .isEqualTo(stack.urls().get("orders") + "/webhooks/shopee");
    }

    @Test
    void refusesTheCatalogApiWithoutATokenAndAcceptsTheLocalStaffToken() throws Exception {
        String url = stack.urls().get("catalog") + "/actuator/metrics";
        assertThat(status(url, null)).isEqualTo(401);
        assertThat(status(url, stack.keys().staffToken())).isNotEqualTo(401).isLessThan(500);
    }

    @Test
    void keepsTheTokenKeyInTheDataDirectory() {
        assertThat(dataDir.resolve("keys").resolve("jwt-public.pem")).exists();
        assertThat(LocalKeys.loadOrCreate(dataDir.resolve("keys")).publicKey())
                .isEqualTo(stack.keys().publicKey());
    }

    /** One user per role, registered through the console on the first start; each signs in with what was printed. */
    @Test
    void letsEachSeededUserSignInToTheConsoleWithThePrintedPassword() throws Exception {
        assertThat(stack.consoleUsers()).extracting(DemoUsers.SignIn::role)
                .containsExactly("ADMIN", "STAFF", "MENTOR", "GROUP_MEMBER");
        for (DemoUsers.SignIn user : stack.consoleUsers()) {
            HttpClient browser = signedIn(user);
            HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(console() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).as(user.role()).contains("Keluar");
        }
        assertThat(dataDir.resolve("keys").resolve("console-users.properties")).exists();
    }

    /** The services trust the console: a member's console token opens its own group, and no other. */
    @Test
    void letsAMemberUseItsConsoleTokenOnTheCatalogForItsOwnGroupOnly() throws Exception {
        DemoUsers.SignIn member = stack.consoleUsers().stream().filter(user -> user.role().equals("GROUP_MEMBER"))
                .findFirst().orElseThrow();
        String ownGroup = stack.showcaseGroup().orElseThrow();
        String otherGroup = stack.authorizedGroup().orElseThrow();
        String token = cliAccessToken(signedIn(member));
        String catalog = stack.urls().get("catalog");

        assertThat(status(catalog + "/api/groups/" + ownGroup, token)).isEqualTo(200);
        assertThat(status(catalog + "/api/groups/" + otherGroup, token)).isEqualTo(404);
    }

    /** The sign-in page a member opens on a phone: Bahasa Indonesia first, one small page, nothing fetched from afar. */
    @Test
    void servesTheSignInPageInBahasaIndonesiaAndSmall() throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(console() + "/login"))
                .header("Accept-Language", "en-US,en;q=0.9").build(), HttpResponse.BodyHandlers.ofByteArray());
        String html = new String(page.body(), StandardCharsets.UTF_8);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().length).as("bytes of the sign-in page").isLessThan(150_000);
        assertThat(html).contains("lang=\"id\"").contains("Masuk").doesNotContain("<script src=\"http");
    }

    @Test
    void refusesATokenThatNamesTheConsoleButIsSignedByAnotherKey() throws Exception {
        String forged = signedByStranger(console());

        assertThat(status(stack.urls().get("catalog") + "/api/groups", forged)).isEqualTo(401);
        assertThat(status(stack.urls().get("catalog") + "/api/groups", stack.keys().staffToken())).isEqualTo(200);
    }

    private String console() {
        return stack.urls().get("console");
    }

    /** A browser signed in to the console through its sign-in form. */
    private HttpClient signedIn(DemoUsers.SignIn user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(console() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(console() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("identifier=" + user.identifier() + "&password="
                        + user.password() + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(user.role()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as(user.role()).doesNotContain("error");
        return browser;
    }

    /** The signed-in person's access token for {@code tenun-cli}: authorize with PKCE, then exchange the code. */
    private String cliAccessToken(HttpClient browser) throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        HttpResponse<String> authorized = browser.send(HttpRequest.newBuilder(URI.create(console()
                + "/oauth2/authorize?response_type=code&client_id=tenun-cli&scope=openid&state=s1&redirect_uri="
                + URLEncoder.encode(CLI_REDIRECT, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256")).build(), HttpResponse.BodyHandlers.ofString());
        String location = authorized.headers().firstValue("Location").orElseThrow();
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).as("a code in " + location).isTrue();
        String form = "grant_type=authorization_code&client_id=tenun-cli&code=" + code.group(1) + "&redirect_uri="
                + URLEncoder.encode(CLI_REDIRECT, StandardCharsets.UTF_8) + "&code_verifier=" + verifier;
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(console() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return json.readTree(token.body()).path("access_token").asString();
    }

    /** A well-formed staff token with the given issuer, signed by a key nobody trusts. */
    private static String signedByStranger(String issuer) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("stranger").issuer(issuer)
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", List.of("STAFF")).claim("groups", List.of()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }

    private JsonNode get(String url, String token) throws Exception {
        return json.readTree(send(url, token).body());
    }

    private int status(String url, String token) throws Exception {
        return send(url, token).statusCode();
    }

    private HttpResponse<String> send(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

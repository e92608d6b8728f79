package id.tenun.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.console.user.User;

/**
 * A person's browser against the console over plain HTTP: keeps cookies, follows no redirect, fills the forms with
 * their CSRF token, and plays the command-line client's authorization code flow with PKCE.
 */
public final class Browser {

    public static final String CLI_REDIRECT = "http://127.0.0.1/callback";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** GET asking for a kind of answer: {@code text/html} as a browser, {@code application/json} as a script. */
    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** Posts a form as it is, without adding a CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** Opens the page and submits its form with the page's CSRF token. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfToken(get(page).body()));
        return post(action, form);
    }

    public HttpResponse<String> signIn(String identifier, String password) {
        return submit("/login", "/login", Map.of("identifier", identifier, "password", password));
    }

    /** Signs in as the user (with {@link ConsoleUsers#PASSWORD}) and gets their access token for {@code tenun-cli}. */
    public String accessTokenOf(User user) {
        return accessTokenOf(user.email(), ConsoleUsers.PASSWORD);
    }

    public String accessTokenOf(String identifier, String password) {
        signIn(identifier, password);
        return cliAccessToken();
    }

    /** A signed-in person's access token for {@code tenun-cli}: authorize with PKCE, then exchange the code. */
    public String cliAccessToken() {
        return cliAccessToken(CLI_REDIRECT);
    }

    /** The same, with the code sent to the given address (a loopback address may take any port). */
    public String cliAccessToken(String redirect) {
        return json(cliTokenResponse(redirect)).path("access_token").asString();
    }

    /** The token endpoint's answer to {@code tenun-cli}'s code exchange, whatever it is. */
    public HttpResponse<String> cliTokenResponse(String redirect) {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        HttpResponse<String> authorized = get("/oauth2/authorize?response_type=code&client_id=tenun-cli&scope=openid"
                + "&state=s1&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        String location = authorized.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("No redirect from authorize: " + authorized.statusCode()));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!location.startsWith(redirect) || !code.find()) {
            throw new AssertionError("Not redirected with a code: " + location);
        }
        return post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                "redirect_uri", redirect, "client_id", "tenun-cli", "code_verifier", verifier));
    }

    public HttpResponse<String> bearer(String method, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> postJson(String path, String token, String json) {
        return sendJson("POST", path, token, json);
    }

    public HttpResponse<String> sendJson(String method, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> clientCredentials(String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        encode(Map.of("grant_type", "client_credentials", "scope", scope)))));
    }

    /** Verifies a token as a service would: against the keys the console publishes at {@code /oauth2/jwks}. */
    public Jwt verified(String token) {
        try {
            JWKSet published = JWKSet.parse(get("/oauth2/jwks").body());
            return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(published)).build().decode(token);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.tenun.console.scriptclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

/** Admins register and revoke script clients; a script's token reads sales and nothing else; its secret shows once. */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
@ExtendWith(OutputCaptureExtension.class)
class ScriptClientsIntegrationTests {

    private static final String PATH = "/api/admin/script-clients";
    private static final String NGADA = "{\"name\": \"Dinas Koperasi Kab. Ngada — penjualan bulanan\","
            + " \"scopes\": [\"sales.read\"]}";

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Autowired
    MongoTemplate mongo;

    User admin;
    String adminToken;
    Browser script;

    @BeforeEach
    void setUp() {
        admin = new ConsoleUsers(registration).with(Role.ADMIN, null, Set.of());
        adminToken = new Browser(port).accessTokenOf(admin);
        script = new Browser(port);
    }

    @Test
    void givesARegisteredScriptATokenForReadingSalesAndNothingElse() {
        JsonNode registered = register();
        String clientId = registered.path("clientId").asString();
        String secret = registered.path("clientSecret").asString();

        HttpResponse<String> issued = script.clientCredentials(clientId, secret, "sales.read");
        assertThat(issued.statusCode()).isEqualTo(200);
        Jwt token = script.verified(Browser.json(issued).path("access_token").asString());
        assertThat(token.getClaimAsStringList("scope")).containsExactly("sales.read");
        assertThat(token.getSubject()).isEqualTo(clientId);
        assertThat(token.getClaims()).doesNotContainKeys(CurrentUser.ROLES_CLAIM, CurrentUser.GROUPS_CLAIM);

        assertThat(script.clientCredentials(clientId, secret, "openid").statusCode())
                .as("a scope it was not given").isEqualTo(400);
        assertThat(script.clientCredentials(clientId, secret, "sales.read orders.write").statusCode())
                .as("one more scope than it was given").isEqualTo(400);
        assertThat(script.clientCredentials(clientId, "tebakan", "sales.read").statusCode()).isEqualTo(401);
        assertThat(script.bearer("GET", PATH, token.getTokenValue()).statusCode())
                .as("a script's token in the admin API").isEqualTo(403);
    }

    @Test
    void givesAMetricsScraperATokenThatScrapesTheConsoleAndNothingElse() {
        JsonNode registered = Browser.json(script.postJson(PATH, adminToken,
                "{\"name\": \"Prometheus\", \"scopes\": [\"metrics.read\"]}"));
        HttpResponse<String> issued = script.clientCredentials(registered.path("clientId").asString(),
                registered.path("clientSecret").asString(), "metrics.read");
        assertThat(issued.statusCode()).isEqualTo(200);
        Jwt token = script.verified(Browser.json(issued).path("access_token").asString());
        assertThat(CurrentUser.from(token).readsMetrics()).isTrue();
        assertThat(CurrentUser.from(token).hasScope(CurrentUser.SALES_READ)).isFalse();

        assertThat(script.bearer("GET", "/actuator/prometheus", token.getTokenValue()).statusCode()).isEqualTo(200);
        assertThat(script.bearer("GET", "/actuator/prometheus", adminToken).statusCode()).isEqualTo(200);
        assertThat(script.get("/actuator/prometheus").statusCode()).as("no token").isEqualTo(401);
        JsonNode sales = register();
        String salesToken = Browser.json(script.clientCredentials(sales.path("clientId").asString(),
                sales.path("clientSecret").asString(), "sales.read")).path("access_token").asString();
        assertThat(script.bearer("GET", "/actuator/prometheus", salesToken).statusCode()).as("a sales script")
                .isEqualTo(403);
    }

    @Test
    void refusesATokenToARevokedClientAtOnce() {
        JsonNode registered = register();
        String clientId = registered.path("clientId").asString();
        String secret = registered.path("clientSecret").asString();
        assertThat(script.clientCredentials(clientId, secret, "sales.read").statusCode()).isEqualTo(200);

        assertThat(script.bearer("DELETE", PATH + "/" + clientId, adminToken).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = script.clientCredentials(clientId, secret, "sales.read");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(Browser.json(refused).path("error").asString()).isEqualTo("invalid_client");
        JsonNode listed = listed(clientId);
        assertThat(listed.path("active").asBoolean()).isFalse();
        assertThat(listed.path("revokedBy").asString()).isEqualTo(admin.id());
        assertThat(listed.path("revokedAt").isNull()).isFalse();
        assertThat(script.bearer("DELETE", PATH + "/" + clientId, adminToken).statusCode())
                .as("revoked twice").isEqualTo(204);
        assertThat(script.bearer("DELETE", PATH + "/script-unknown", adminToken).statusCode()).isEqualTo(404);
    }

    @Test
    void showsTheSecretOnceAndKeepsOnlyItsHash(CapturedOutput output) {
        JsonNode registered = register();
        String clientId = registered.path("clientId").asString();
        String secret = registered.path("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        String list = script.bearer("GET", PATH, adminToken).body();
        assertThat(list).contains(clientId, "Dinas Koperasi Kab. Ngada — penjualan bulanan")
                .doesNotContain(secret, "secret", "{bcrypt}");
        JsonNode listed = listed(clientId);
        assertThat(listed.path("createdBy").asString()).isEqualTo(admin.id());
        assertThat(listed.path("active").asBoolean()).isTrue();
        ScriptClient stored = mongo.findById(clientId, ScriptClient.class);
        assertThat(stored.secretHash()).startsWith("{bcrypt}").doesNotContain(secret);
        assertThat(stored.toString()).doesNotContain(stored.secretHash());
        assertThat(output.getAll()).doesNotContain(secret);
    }

    @Test
    void recordsRegisteringAndRevokingInTheAccountRecord() {
        String clientId = register().path("clientId").asString();
        assertThat(script.bearer("DELETE", PATH + "/" + clientId, adminToken).statusCode()).isEqualTo(204);
        assertThat(script.bearer("DELETE", PATH + "/" + clientId, adminToken).statusCode()).isEqualTo(204);

        List<String> actions = new ArrayList<>();
        for (JsonNode record : Browser.json(script.bearer("GET", "/api/admin/account-records?limit=500",
                adminToken))) {
            if (record.path("detail").asString("").startsWith(clientId)) {
                assertThat(record.path("actorId").asString()).isEqualTo(admin.id());
                assertThat(record.path("address").asString()).isNotBlank();
                assertThat(record.path("detail").asString()).endsWith("Dinas Koperasi Kab. Ngada — penjualan bulanan");
                actions.add(record.path("action").asString());
            }
        }
        assertThat(actions).as("revoked twice is recorded once")
                .containsExactly("SCRIPT_CLIENT_REVOKED", "SCRIPT_CLIENT_REGISTERED");
    }

    @Test
    void letsOnlyAdminsManageScriptClients() {
        String staffToken = new Browser(port).accessTokenOf(new ConsoleUsers(registration).with(Role.STAFF, null,
                Set.of()));
        assertThat(script.postJson(PATH, staffToken, NGADA).statusCode()).isEqualTo(403);
        assertThat(script.bearer("GET", PATH, staffToken).statusCode()).isEqualTo(403);
        String clientId = register().path("clientId").asString();
        assertThat(script.bearer("DELETE", PATH + "/" + clientId, staffToken).statusCode()).isEqualTo(403);
        assertThat(listed(clientId).path("active").asBoolean()).isTrue();
        assertThat(script.get(PATH).statusCode()).as("no token").isEqualTo(401);
    }

    @Test
    void refusesAnUnknownScopeAndANameless() {
        HttpResponse<String> unknownScope = script.postJson(PATH, adminToken,
                "{\"name\": \"Skrip\", \"scopes\": [\"sales.read\", \"orders.write\"]}");
        assertThat(unknownScope.statusCode()).isEqualTo(400);
        assertThat(unknownScope.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Browser.json(unknownScope).path("errors").get(0).path("field").asString()).isEqualTo("scopes");

        HttpResponse<String> noScope = script.postJson(PATH, adminToken, "{\"name\": \"Skrip\", \"scopes\": []}");
        assertThat(Browser.json(noScope).path("errors").get(0).path("field").asString()).isEqualTo("scopes");

        HttpResponse<String> nameless = script.postJson(PATH, adminToken, "{\"scopes\": [\"sales.read\"]}");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(Browser.json(nameless).path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    private JsonNode register() {
        HttpResponse<String> registered = script.postJson(PATH, adminToken, NGADA);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode body = Browser.json(registered);
        assertThat(body.path("clientId").asString()).startsWith("script-");
        assertThat(body.path("scopes").get(0).asString()).isEqualTo("sales.read");
        return body;
    }

    private JsonNode listed(String clientId) {
        for (JsonNode client : Browser.json(script.bearer("GET", PATH, adminToken))) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("Not listed: " + clientId);
    }
}

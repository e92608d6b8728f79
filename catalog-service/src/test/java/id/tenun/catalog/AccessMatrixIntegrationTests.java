package id.tenun.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.importing.ProductImports;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;
import id.tenun.testsupport.access.AccessMatrix;
import id.tenun.testsupport.access.AccessMatrix.Rule;
import id.tenun.testsupport.access.AccessRequest;
import id.tenun.testsupport.access.AccessWalker;
import id.tenun.testsupport.access.Caller;

/** The catalog answers every caller on every endpoint as its access matrix says, and has no endpoint without a rule. */
@TenunIntegrationTest
class AccessMatrixIntegrationTests {

    private static final AccessMatrix MATRIX = AccessMatrix.read("/access-matrix.csv");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProductImports imports;

    Api api;
    AccessWalker walker;
    String group;
    String other;
    String product;
    String sku;
    String job;

    @BeforeEach
    void groupWithAProductAndAnImport() {
        api = new Api(port);
        walker = new AccessWalker(MATRIX, context, port);
        group = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Matriks")).id();
        other = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Lain")).id();
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(group));
        product = created.id();
        sku = created.json().path("variants").get(0).path("sku").asString();
        CurrentUser member = new CurrentUser("member@" + group, Set.of(Role.GROUP_MEMBER), Set.of(group));
        job = imports.start("produk.csv", "name,categoryCode\n".getBytes(StandardCharsets.UTF_8), member).id();
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        walker.assertEveryEndpointHasARule();
    }

    @Test
    void answersEveryCallerAsTheMatrixSays() {
        walker.walk(group, other, this::request);
    }

    private AccessRequest request(Rule rule, Caller caller) {
        String path = rule.path().replace("{groupId}", group).replace("{id}", rule.path().startsWith("/api/groups/")
                ? group
                : rule.path().startsWith("/api/imports/") ? job : product);
        return switch (rule.key()) {
            case "POST /api/groups" -> json(path, Fixtures.group("Kelompok Baru"));
            case "PUT /api/groups/{id}" -> json(path, Fixtures.group("Kelompok Matriks"));
            case "POST /api/products" -> json(path, Fixtures.sarung(group));
            case "PUT /api/products/{id}" -> json(path, Fixtures.sarung(group)).with("If-Match", productVersion());
            case "DELETE /api/products/{id}", "POST /api/products/{id}/restore" ->
                AccessRequest.to(path).with("If-Match", productVersion());
            case "POST /api/products/{id}/stock-adjustments" ->
                json(path, Map.of("sku", sku, "delta", 1, "reason", "dihitung ulang"));
            case "POST /api/imports/products" -> AccessRequest.file(path, "file", "produk.csv", "name,categoryCode\n");
            // let through, a text file is refused for what it is (415); not let through, it is 404 before that
            case "POST /api/groups/{groupId}/photos" -> AccessRequest.file(path, "file", "foto.jpg", "bukan foto");
            default -> AccessRequest.to(path);
        };
    }

    private String productVersion() {
        return api.get(TestTokens.staff(), "/api/products/" + product).etag();
    }

    private static AccessRequest json(String path, Object body) {
        return AccessRequest.json(path, Api.JSON.writeValueAsString(body));
    }
}

package id.tenun.catalog;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import id.tenun.catalog.importing.ProductImports;
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
        GroupWithAProduct fixture = GroupWithAProduct.create(api, imports, "Kelompok Matriks");
        group = fixture.group();
        other = fixture.other();
        product = fixture.product();
        sku = fixture.sku();
        job = fixture.job();
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

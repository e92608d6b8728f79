package id.tenun.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.importing.ProductImports;
import id.tenun.events.Topics;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;
import id.tenun.testsupport.fuzz.CollectionCounts;
import id.tenun.testsupport.fuzz.FuzzReport;
import id.tenun.testsupport.fuzz.OpenApiFuzzer;
import id.tenun.testsupport.fuzz.TopicEndOffsets;

/**
 * Every operation of the catalog's OpenAPI document, fuzzed as every caller: never a server error, and a refused
 * request stores (no collection grows, the product keeps its version) and publishes nothing.
 */
@TenunIntegrationTest
class FuzzIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProductImports imports;

    Api api;
    String group;
    String other;
    String product;
    String sku;
    String job;

    @BeforeEach
    void groupWithAProductAndAnImport() {
        api = new Api(port);
        group = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Fuzz")).id();
        other = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Lain")).id();
        Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(group));
        product = created.id();
        sku = created.json().path("variants").get(0).path("sku").asString();
        CurrentUser member = new CurrentUser("member@" + group, Set.of(Role.GROUP_MEMBER), Set.of(group));
        job = imports.start("produk.csv", "name,categoryCode\n".getBytes(StandardCharsets.UTF_8), member).id();
    }

    @Test
    void neverAnswersAServerErrorAndARefusalChangesNothing() {
        TopicEndOffsets published = new TopicEndOffsets(Topics.PRODUCTS, Topics.GROUPS);
        FuzzReport report = OpenApiFuzzer.of("catalog", port)
                .seed(14)
                .requestsPerOperation(20)
                .callers(group, other)
                .pathValues(this::pathValues)
                .examples(Map.of(
                        "POST /api/groups", json(Fixtures.group("Kelompok Baru")),
                        "PUT /api/groups/{id}", json(Fixtures.group("Kelompok Fuzz")),
                        "POST /api/products", json(Fixtures.sarung(group)),
                        "PUT /api/products/{id}", json(Fixtures.sarung(group)),
                        "POST /api/products/{id}/stock-adjustments",
                        json(Map.of("sku", sku, "delta", 1, "reason", "dihitung ulang"))))
                .state(() -> List.of(CollectionCounts.of(mongo.getDb()), published.now(), productVersion()))
                .run();
        System.out.println(report.summary());
        report.assertNoFailures();
    }

    private List<String> pathValues(String path, String name) {
        if (name.equals("groupId") || path.startsWith("/api/groups/")) {
            return List.of(group, other);
        }
        if (path.startsWith("/api/imports/")) {
            return List.of(job);
        }
        return path.startsWith("/api/products/") ? List.of(product) : List.of();
    }

    private String productVersion() {
        return api.get(TestTokens.staff(), "/api/products/" + product).etag();
    }

    private static String json(Object body) {
        return Api.JSON.writeValueAsString(body);
    }
}

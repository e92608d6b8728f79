package id.tenun.catalog;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.tenun.catalog.importing.ProductImports;
import id.tenun.events.Topics;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.fuzz.CollectionDigests;
import id.tenun.testsupport.fuzz.FuzzReport;
import id.tenun.testsupport.fuzz.OpenApiFuzzer;
import id.tenun.testsupport.fuzz.TopicEndOffsets;

/**
 * Every operation of the catalog's OpenAPI document, fuzzed as every caller: never a server error, and a refused
 * request stores (no document added, removed or edited) and publishes nothing.
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
    GroupWithAProduct g;

    @BeforeEach
    void groupWithAProductAndAnImport() {
        api = new Api(port);
        g = GroupWithAProduct.create(api, imports, "Kelompok Fuzz");
    }

    @Test
    void neverAnswersAServerErrorAndARefusalChangesNothing() {
        TopicEndOffsets published = new TopicEndOffsets(Topics.PRODUCTS, Topics.GROUPS);
        FuzzReport report = OpenApiFuzzer.of("catalog", port)
                .seed(14)
                .requestsPerOperation(20)
                .callers(g.group(), g.other())
                .pathValues(this::pathValues)
                .examples(Map.of(
                        "POST /api/groups", json(Fixtures.group("Kelompok Baru")),
                        "PUT /api/groups/{id}", json(Fixtures.group("Kelompok Fuzz")),
                        "POST /api/products", json(Fixtures.sarung(g.group())),
                        "PUT /api/products/{id}", json(Fixtures.sarung(g.group())),
                        "POST /api/products/{id}/stock-adjustments",
                        json(Map.of("sku", g.sku(), "delta", 1, "reason", "dihitung ulang"))))
                .state(() -> List.of(CollectionDigests.of(mongo.getDb()), published.now()))
                .run();
        report.assertNoFailures();
    }

    private List<String> pathValues(String path, String name) {
        if (name.equals("groupId") || path.startsWith("/api/groups/")) {
            return List.of(g.group(), g.other());
        }
        if (path.startsWith("/api/imports/")) {
            return List.of(g.job());
        }
        return path.startsWith("/api/products/") ? List.of(g.product()) : List.of();
    }

    private static String json(Object body) {
        return Api.JSON.writeValueAsString(body);
    }
}

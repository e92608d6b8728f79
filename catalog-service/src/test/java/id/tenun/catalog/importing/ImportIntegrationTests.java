package id.tenun.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Eventually;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.product.Product;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

@TenunIntegrationTest
class ImportIntegrationTests {

    static final String HEADER = String.join(",", ImportRows.COLUMNS);

    @LocalServerPort
    int port;

    @Autowired
    ProductImports imports;

    @Autowired
    MongoTemplate mongo;

    Api api;
    String groupId;

    @BeforeEach
    void group() {
        api = new Api(port);
        groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Impor Tenun")).id();
    }

    @Test
    void importsGoodRowsAndReportsEachMalformedRowWithWhy() {
        String csv = HEADER + "\n"
                + row(groupId, "Sarung Ikat Baik", "250000", "3") + "\n"
                + row(groupId, "S".repeat(71), "250000", "3") + "\n"
                + row(groupId, "Harga Negatif", "-5", "3") + "\n"
                + row(groupId, "Harga Huruf", "mahal", "3") + "\n"
                + row("grp-tidak-ada", "Kelompok Salah", "250000", "3") + "\n"
                + "\"kutip,tidak,tertutup\n"
                + row(groupId, "Sarung Ikat Baik Dua", "300000", "1") + "\n";

        JsonNode job = finished(upload("produk.csv", csv));

        assertThat(job.path("total").asInt()).isEqualTo(7);
        assertThat(job.path("created").asInt()).isEqualTo(2);
        assertThat(job.path("refused").asInt()).isEqualTo(5);
        String report = new String(get("/api/imports/" + job.path("id").asString() + "/report"),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("row,field,alasan,reason").contains("3,\"name\"")
                .contains("4,\"variants[0].priceRupiah\"")
                .contains("5,\"priceRupiah\"").contains("6,\"groupId\"").contains("7,");
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isEqualTo(2);
    }

    @Test
    void importsAFoodProductWithEachOfItsCertificatesAndRefusesOneWithoutItsHalalCertificate() {
        String csv = HEADER + "\n"
                + kopi(groupId, "Kopi Arabika Colol 250 g", "PIRT;HALAL", "2065319010123-27;ID53190004123",
                        "Dinkes Manggarai Timur;BPJPH", "2029-12-31;")
                + "\n"
                + kopi(groupId, "Kopi Tanpa Halal 250 g", "PIRT", "2065319010123-28", "Dinkes Manggarai Timur",
                        "2029-12-31")
                + "\n"
                + kopi(groupId, "Kopi Nomor Berlebih 250 g", "PIRT", "2065319010123-29;ID53190004124", "", "") + "\n";

        JsonNode job = finished(upload("kopi.csv", csv));

        assertThat(job.path("created").asInt()).as(job.toString()).isEqualTo(1);
        String report = new String(get("/api/imports/" + job.path("id").asString() + "/report"),
                StandardCharsets.UTF_8);
        assertThat(report).contains("3,\"certifications\"").contains("Halal").contains("4,\"certificationNumber\"");
        JsonNode product = api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("items").get(0);
        assertThat(product.path("name").asString()).isEqualTo("Kopi Arabika Colol 250 g");
        assertThat(product.path("publishable").asBoolean()).isTrue();
        assertThat(product.path("certifications")).hasSize(2);
        assertThat(product.path("certifications").get(0).path("kind").asString()).isEqualTo("PIRT");
        assertThat(product.path("certifications").get(0).path("expiresOn").asString()).isEqualTo("2029-12-31");
        assertThat(product.path("certifications").get(1).path("kind").asString()).isEqualTo("HALAL");
        assertThat(product.path("certifications").get(1).path("number").asString()).isEqualTo("ID53190004123");
        assertThat(product.path("certifications").get(1).path("issuer").asString()).isEqualTo("BPJPH");
        assertThat(product.path("certifications").get(1).path("expiresOn").isNull()).isTrue();
    }

    /**
     * A 10,000-row import, with the relay publishing alongside; prints how long the import and the publishing took
     * (about 30 s for the import on the shared 2-core machine). Waits until every product is on Kafka, so that no
     * backlog of snapshots delays the tests that share this context.
     */
    @Test
    void importsTenThousandRowsWithProgressAndACorrectReport() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 10_000; i++) {
            boolean bad = i % 1000 == 0;
            csv.append(row(groupId, "Selendang Tenun Ikat no " + i, bad ? "-1" : String.valueOf(150_000 + i), "2"))
                    .append('\n');
        }
        long started = System.nanoTime();
        String id = upload("sepuluh-ribu.csv", csv.toString()).path("id").asString();
        boolean sawProgress = false;
        JsonNode job;
        do {
            job = api.get(TestTokens.staff(), "/api/imports/" + id).json();
            int done = job.path("done").asInt();
            sawProgress |= done > 0 && done < 10_000;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (job.path("status").asString().equals("RUNNING")
                && System.nanoTime() - started < Duration.ofMinutes(8).toNanos());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("IMPORT 10,000 rows: " + millis + " ms (status " + job.path("status").asString() + ")");

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(sawProgress).isTrue();
        assertThat(job.path("done").asInt()).isEqualTo(10_000);
        assertThat(job.path("created").asInt()).isEqualTo(9_990);
        assertThat(job.path("refused").asInt()).isEqualTo(10);
        assertThat(job.path("errors").get(0).path("row").asInt()).isEqualTo(1001);
        Eventually.holds(() -> mongo.count(query(where("groupId").is(groupId).and("pending").is(true)),
                Product.class) == 0, "every imported product published", Duration.ofMinutes(3));
        System.out.println("IMPORT 10,000 rows published: " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Test
    void resumesAnImportACrashedInstanceLeftRunningWithEveryRowInOnce() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 600; i++) {
            boolean bad = i % 200 == 0;
            csv.append(row(groupId, "Selendang Ikat Lanjut no " + i, bad ? "-1" : "175000", "2")).append('\n');
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<String[]> rows = ImportRows.read("lanjut.csv", content);
        CurrentUser staff = new CurrentUser("staf-dpmd", Set.of(Role.STAFF), Set.of());
        String id = imports.accept("lanjut.csv", content, rows, staff).id();
        // The instance got through two batches (rows 1 to 500 are in) but crashed before the second progress
        // write: the job says 250 rows done (one refused), its heartbeat stopped ten minutes ago.
        assertThat(imports.runUntil(id, rows, 500)).isTrue();
        ImportJob ran = mongo.findById(id, ImportJob.class);
        assertThat(ran.done()).isEqualTo(500);
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("done", 250).set("created", 249)
                .set("refused", 1).set("errors", ran.errors().stream().filter(e -> e.row() <= 251).toList())
                .set("owner", "inst-crashed").set("heartbeatAt", Instant.now().minus(Duration.ofMinutes(10))),
                ImportJob.class);

        imports.resumeAbandoned();
        JsonNode job = finished(api.get(TestTokens.staff(), "/api/imports/" + id).json());

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("done").asInt()).isEqualTo(600);
        assertThat(job.path("created").asInt()).isEqualTo(597);
        assertThat(job.path("refused").asInt()).isEqualTo(3);
        List<Integer> refusedRows = new ArrayList<>();
        job.path("errors").forEach(e -> refusedRows.add(e.path("row").asInt()));
        assertThat(refusedRows).containsExactly(201, 401, 601);
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isEqualTo(597);
        assertThat(mongo.count(query(where("kind").is("OPENING").and("groupId").is(groupId)), "stock_movements"))
                .isEqualTo(597);
        assertThat(mongo.count(query(where("job").is(id)), "importFiles")).isZero();
    }

    @Test
    void failsAnAbandonedImportWhoseFileIsGoneWithAClearReason() {
        byte[] content = (HEADER + "\n" + row(groupId, "Sarung Hilang", "250000", "1") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        CurrentUser staff = new CurrentUser("staf-dpmd", Set.of(Role.STAFF), Set.of());
        String id = imports.accept("hilang.csv", content, ImportRows.read("hilang.csv", content), staff).id();
        mongo.remove(query(where("job").is(id)), "importFiles");
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("owner", "inst-crashed")
                .set("heartbeatAt", Instant.now().minus(Duration.ofMinutes(10))), ImportJob.class);

        imports.resumeAbandoned();

        JsonNode job = api.get(TestTokens.staff(), "/api/imports/" + id).json();
        assertThat(job.path("status").asString()).isEqualTo("FAILED");
        assertThat(job.path("errors").get(0).path("en").asString()).contains("upload the rows after row 1 again");
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isZero();
    }

    @Test
    void servesATemplateWithExampleRows() {
        String template = new String(get("/api/imports/products/template"), StandardCharsets.UTF_8);
        assertThat(template).startsWith(HEADER).contains("tekstil.tenun-ikat").contains("pangan.kopi");
    }

    @Test
    void refusesAFileWithoutHeadingsOrOfAnotherKind() {
        assertThat(uploadStatus("x.csv", "a,b,c\n1,2,3\n")).isEqualTo(400);
        assertThat(uploadStatus("x.pdf", "%PDF")).isEqualTo(400);
    }

    private static String row(String groupId, String name, String price, String stock) {
        return groupId + ",,," + name + ",Tenun ikat dari Sikka,tekstil.tenun-ikat,shopee;tokopedia,true,benang kapas,"
                + "500,30,20,3," + Fixtures.IMAGE + ",1,warna=merah," + price + "," + stock + ",,,,";
    }

    private static String kopi(String groupId, String name, String kinds, String numbers, String issuers,
            String expiries) {
        return groupId + ",,," + name + ",Kopi arabika Manggarai Timur,pangan.kopi,shopee;tokopedia,true,kopi arabika,"
                + "270,15,10,5," + Fixtures.IMAGE + ",1,giling=biji,85000,20," + kinds + "," + numbers + ","
                + issuers + "," + expiries;
    }

    private RestTestClient http() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private JsonNode upload(String name, String content) {
        String body = http().post().uri("/api/imports/products").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(multipart(name, content)).exchange()
                .expectStatus().isAccepted().returnResult(String.class).getResponseBody();
        return Api.JSON.readTree(body);
    }

    private int uploadStatus(String name, String content) {
        return http().post().uri("/api/imports/products").header("Authorization", "Bearer " + TestTokens.staff())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(multipart(name, content)).exchange()
                .returnResult(String.class).getStatus().value();
    }

    private byte[] get(String path) {
        return http().get().uri(path).header("Authorization", "Bearer " + TestTokens.staff()).exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseBody();
    }

    private static Object multipart(String name, String content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return parts;
    }

    private JsonNode finished(JsonNode started) {
        String id = started.path("id").asString();
        return Eventually.get(() -> {
            JsonNode job = api.get(TestTokens.staff(), "/api/imports/" + id).json();
            return job.path("status").asString().equals("RUNNING") ? null : job;
        }, "import " + id + " finished", Duration.ofMinutes(2));
    }
}

package id.tenun.catalog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.catalog.Api;
import id.tenun.catalog.Eventually;
import id.tenun.catalog.Fixtures;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

@TenunIntegrationTest
class ImportIntegrationTests {

    static final String HEADER = String.join(",", ImportRows.COLUMNS);

    @LocalServerPort
    int port;

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
        String report = new String(get("/api/imports/" + job.path("id").asString() + "/report"), StandardCharsets.UTF_8);
        assertThat(report).startsWith("row,field,alasan,reason").contains("3,\"name\"").contains("4,\"variants[0].priceRupiah\"")
                .contains("5,\"priceRupiah\"").contains("6,\"groupId\"").contains("7,");
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isEqualTo(2);
    }

    /**
     * Measures a 10,000-row import (about 3 to 5 minutes on a shared 2-core machine, relay publishing alongside).
     * Opt-in, run it alone so that its backlog of snapshots does not delay other tests sharing the context:
     * {@code ./mvnw -pl catalog-service verify -Dtest=ImportIntegrationTests -Dtenun.catalog.largeImport=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "tenun.catalog.largeImport", matches = "true")
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
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
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

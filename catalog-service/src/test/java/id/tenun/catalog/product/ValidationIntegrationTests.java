package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Fixtures;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/** Bad input gets a 400 problem naming the field, in Bahasa Indonesia and English, and stores nothing. */
@TenunIntegrationTest
class ValidationIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    String groupId;

    @BeforeEach
    void group() {
        api = new Api(port);
        groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Validasi")).id();
    }

    @Test
    void refusesANameOfSeventyOneCharacters() {
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("name", "S".repeat(71));
        refused(body, "name");
        body.put("name", "S".repeat(70));
        assertThat(api.post(TestTokens.staff(), "/api/products", body).status()).isEqualTo(201);
    }

    @Test
    void refusesANegativePrice() {
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("variants", List.of(Fixtures.variant(Map.of("warna", "merah"), -1, 1)));
        refused(body, "variants[0].priceRupiah");
    }

    @Test
    void refusesPhotoAddressesThatAreNotHttpOrPointInside() {
        for (String url : List.of("ftp://203.0.113.10/a.jpg", "javascript:alert(1)", "file:///etc/passwd",
                "http://127.0.0.1/a.jpg", "http://10.0.0.8/a.jpg", "http://192.168.1.1/a.jpg",
                "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/a.jpg", "http://[::1]/a.jpg",
                "http://[fd00::1]/a.jpg", "http://0.0.0.0/a.jpg", "http://[::ffff:127.0.0.1]/a.jpg",
                "http://user@203.0.113.10/a.jpg", "https://gambar.tidak-ada.invalid/a.jpg")) {
            Map<String, Object> body = Fixtures.sarung(groupId);
            body.put("imageUrls", List.of(url));
            refused(body, "imageUrls[0]");
        }
    }

    @Test
    void refusesUnknownCategoriesChannelsAndMalformedJson() {
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("categoryCode", "pangan");
        refused(body, "categoryCode");
        body = Fixtures.sarung(groupId);
        body.put("channels", List.of("bukalapak"));
        refused(body, "channels[0]");
        assertThat(api.post(TestTokens.staff(), "/api/products", "{\"name\": ").status()).isEqualTo(400);
        assertThat(api.post(TestTokens.staff(), "/api/products", "{\"weightGrams\": \"berat\"}").status())
                .isEqualTo(400);
        body = Fixtures.sarung(groupId);
        body.put("condition", "RUSAK");
        assertThat(api.post(TestTokens.staff(), "/api/products", body).status()).isEqualTo(400);
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isZero();
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        Map<String, Object> body = Fixtures.sarung(groupId);
        body.put("name", "");
        body.put("weightGrams", 0);
        body.put("variants", List.of());
        Reply reply = api.post(TestTokens.staff(), "/api/products", body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").toString()).contains("\"name\"").contains("\"weightGrams\"")
                .contains("\"variants\"");
    }

    private void refused(Map<String, Object> body, String field) {
        Reply reply = api.post(TestTokens.staff(), "/api/products", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.headers().getContentType().toString()).contains("problem+json");
        assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(reply.json().path("errors").get(0).path("id").asString()).isNotBlank();
        assertThat(reply.json().path("errors").get(0).path("en").asString()).isNotBlank();
        assertThat(api.get(TestTokens.staff(), "/api/products?groupId=" + groupId).json().path("total").asInt())
                .isZero();
    }
}

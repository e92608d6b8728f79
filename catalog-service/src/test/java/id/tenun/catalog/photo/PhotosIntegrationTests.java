package id.tenun.catalog.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import id.tenun.catalog.Api;
import id.tenun.catalog.Fixtures;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * Photos uploaded from a phone: stored in GridFS on the wire-protocol server, served in three sizes to anyone with
 * cache headers, and usable as a product's photo URL.
 */
@TenunIntegrationTest
class PhotosIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    RestTestClient http;
    String group;

    @BeforeEach
    void aGroup() {
        api = new Api(port);
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        group = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Foto")).id();
    }

    @Test
    void storesAJpegAndServesEachSizeToAnyoneWithLongCacheHeaders() {
        JsonNode photo = uploaded(TestTokens.groupMember(group), TestPhotos.jpeg(2400, 1600));
        assertThat(photo.path("groupId").asString()).isEqualTo(group);
        assertThat(photo.path("width").asInt()).isEqualTo(1200);
        Map<String, String> expected = Map.of("large", "1200x800", "medium", "480x320", "thumb", "160x107");
        expected.forEach((size, dimensions) -> {
            String url = photo.path("urls").path(size).asString();
            assertThat(url).isEqualTo("http://localhost:8081/photos/" + photo.path("id").asString() + "/" + size
                    + ".jpg");
            EntityExchangeResult<byte[]> served = served(url, null);
            assertThat(served.getStatus().value()).isEqualTo(200);
            assertThat(served.getResponseHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
            assertThat(served.getResponseHeaders().getCacheControl())
                    .isEqualTo("max-age=31536000, public, immutable");
            int[] read = TestPhotos.dimensions(served.getResponseBody());
            assertThat(read[0] + "x" + read[1]).isEqualTo(dimensions);
            String etag = served.getResponseHeaders().getETag();
            assertThat(etag).isNotBlank();
            assertThat(served(url, etag).getStatus().value()).isEqualTo(304);
        });
    }

    @Test
    void acceptsPngAndWebpByTheirContentWhateverTheClientCallsThem() {
        assertThat(uploaded(TestTokens.groupMember(group), TestPhotos.png(600, 300)).path("height").asInt())
                .isEqualTo(300);
        JsonNode webp = uploaded(TestTokens.mentor(group), TestPhotos.webp(2000, 1000));
        int[] read = TestPhotos.dimensions(served(webp.path("urls").path("medium").asString(), null)
                .getResponseBody());
        assertThat(read).containsExactly(480, 240);
    }

    @Test
    void refusesARenamedTextFileAnOversizedFileAndADamagedPhotoWithProblems() {
        String member = TestTokens.groupMember(group);
        Api.Reply text = upload(member, "bukan foto, hanya teks".getBytes());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().path("id").asString()).contains("bukan foto");
        byte[] huge = Arrays.copyOf(TestPhotos.jpeg(100, 100), 8 * 1024 * 1024 + 1);
        Api.Reply oversized = upload(member, huge);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(upload(member, Arrays.copyOf(TestPhotos.png(600, 300), 60)).status()).isEqualTo(400);
    }

    @Test
    void refusesAMemberOfAnotherGroupAndACallerWithoutAToken() {
        String other = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Lain")).id();
        assertThat(upload(TestTokens.groupMember(other), TestPhotos.jpeg(300, 200)).status()).isEqualTo(404);
        assertThat(upload(TestTokens.mentor(other), TestPhotos.jpeg(300, 200)).status()).isEqualTo(404);
        assertThat(upload(null, TestPhotos.jpeg(300, 200)).status()).isEqualTo(401);
        assertThat(upload(TestTokens.staff(), TestPhotos.jpeg(300, 200)).status()).isEqualTo(201);
    }

    @Test
    void answersAnUnknownPhotoOrSizeWithNotFound() {
        String id = uploaded(TestTokens.staff(), TestPhotos.jpeg(300, 200)).path("id").asString();
        assertThat(served("/photos/pht-00000000000000000000000000000000/large.jpg", null).getStatus().value())
                .isEqualTo(404);
        assertThat(served("/photos/" + id + "/huge.jpg", null).getStatus().value()).isEqualTo(404);
    }

    @Test
    void letsAProductNameAnUploadedPhotoWithoutAnAddressCheck() {
        String url = uploaded(TestTokens.groupMember(group), TestPhotos.jpeg(1000, 1000)).path("urls").path("large")
                .asString();
        Map<String, Object> product = Fixtures.sarung(group);
        product.put("imageUrls", List.of(url));
        Api.Reply created = api.post(TestTokens.groupMember(group), "/api/products", product);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("imageUrls").get(0).asString()).isEqualTo(url);
        product.put("imageUrls", List.of(url.replace("pht-", "pht-0").substring(0, url.length())));
        assertThat(api.post(TestTokens.groupMember(group), "/api/products", product).status()).isEqualTo(400);
    }

    private JsonNode uploaded(String token, byte[] content) {
        Api.Reply reply = upload(token, content);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.headers().getLocation()).hasToString(reply.json().path("urls").path("large").asString());
        return reply.json();
    }

    private Api.Reply upload(String token, byte[] content) {
        return api.postFile(token, "/api/groups/" + group + "/photos", "foto.jpg", content);
    }

    /** A photo as a marketplace fetches it: no token, the path of its public URL on this test's port. */
    private EntityExchangeResult<byte[]> served(String url, String ifNoneMatch) {
        String path = url.replace("http://localhost:8081", "");
        RestTestClient.RequestHeadersSpec<?> spec = http.get().uri(path);
        if (ifNoneMatch != null) {
            spec.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return spec.exchange().returnResult(byte[].class);
    }
}

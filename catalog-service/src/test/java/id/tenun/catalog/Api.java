package id.tenun.catalog;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the catalog under test: a call gives back status, headers and the JSON body. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient http;

    public Api(int port) {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    public Reply get(String token, String path) {
        return call(HttpMethod.GET, token, path, null, Map.of());
    }

    public Reply post(String token, String path, Object body) {
        return call(HttpMethod.POST, token, path, body, Map.of());
    }

    public Reply put(String token, String path, Object body, String ifMatch) {
        return call(HttpMethod.PUT, token, path, body, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    public Reply delete(String token, String path) {
        return call(HttpMethod.DELETE, token, path, null, Map.of());
    }

    /** Posts a file as the multipart field {@code file}, named {@code fileName}. */
    public Reply postFile(String token, String path, String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        RestTestClient.RequestBodySpec spec = http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return reply(spec.body(parts).exchange().returnResult(String.class));
    }

    public Reply call(HttpMethod method, String token, String path, Object body, Map<String, String> headers) {
        RestTestClient.RequestBodySpec spec = http.method(method).uri(path);
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return reply(spec.exchange().returnResult(String.class));
    }

    private static Reply reply(EntityExchangeResult<String> result) {
        String text = result.getResponseBody();
        JsonNode json = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        return new Reply(result.getStatus().value(), result.getResponseHeaders(), json, text);
    }

    public record Reply(int status, HttpHeaders headers, JsonNode json, String text) {

        public String etag() {
            return headers.getETag();
        }

        public String id() {
            return json.path("id").asString();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}

package id.tenun.sandbox.core;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON in and out, byte-exact, without Spring's converters in between. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The body as a tree, or a missing node if it is empty or not JSON. */
    public static JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException ex) {
            return MissingNode.getInstance();
        }
    }

    public static JsonNode read(String body) {
        return body == null ? MissingNode.getInstance() : read(body.getBytes(StandardCharsets.UTF_8));
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    public static ResponseEntity<String> ok(JsonNode node) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/json").body(write(node));
    }

    public static String requestId() {
        return "sbx" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }
}

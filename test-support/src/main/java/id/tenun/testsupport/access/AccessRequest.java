package id.tenun.testsupport.access;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The concrete request that a test sends for a rule: the path with real ids of its fixtures, and a body where the
 * endpoint needs one (Spring reads the body before the access check, so it must be one the endpoint takes).
 */
public record AccessRequest(String path, String contentType, byte[] body, Map<String, String> headers) {

    public AccessRequest {
        headers = Map.copyOf(headers);
    }

    public static AccessRequest to(String path) {
        return new AccessRequest(path, null, null, Map.of());
    }

    public static AccessRequest json(String path, String json) {
        return new AccessRequest(path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A multipart form with one file field. */
    public static AccessRequest file(String path, String field, String fileName, String content) {
        String boundary = "tenun-access-walk";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return new AccessRequest(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
    }

    /** Whether the caller named this text themselves, in the path or the body. */
    public boolean names(String text) {
        return path.contains(text) || body != null && new String(body, StandardCharsets.UTF_8).contains(text);
    }

    /** The same request with one more header (e.g. {@code If-Match}). */
    public AccessRequest with(String header, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(header, value);
        return new AccessRequest(path, contentType, body, more);
    }
}

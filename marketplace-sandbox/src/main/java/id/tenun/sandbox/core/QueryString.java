package id.tenun.sandbox.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/** The query string's own parameters (not form or multipart fields), decoded. */
public final class QueryString {

    private QueryString() {
    }

    public static Map<String, String> of(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** The path after the channel's prefix, e.g. {@code /product/202309/products} for {@code /tokopedia/product/...}. */
    public static String apiPath(HttpServletRequest request, String prefix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}

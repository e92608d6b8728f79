package id.tenun.sandbox.tokopedia;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import id.tenun.sandbox.buyers.SandboxOrder;
import id.tenun.sandbox.core.Json;
import id.tenun.sandbox.core.Paging;
import id.tenun.sandbox.core.QueryString;

/**
 * What TikTok Shop's search endpoints share: {@code page_size}, {@code page_token}, {@code sort_field}
 * ({@code create_time}, {@code update_time}) and {@code sort_order} ({@code ASC}, {@code DESC}) in the query, the
 * {@code update_time_ge}/{@code update_time_lt} filter (unix seconds) in a JSON body; each endpoint has its own page
 * size range and error code. A bad value is refused in TikTok Shop's envelope.
 *
 * @param from changed at or after
 * @param until changed before, or null
 * @param offset where the page starts (the page token)
 * @param pageSize how many on a page
 * @param descending newest first
 */
record TokopediaSearch(Instant from, Instant until, int offset, int pageSize, boolean descending) {

    /** The page size range and the code of a refusal, per endpoint. */
    record Rules(int minPageSize, int maxPageSize, Integer defaultPageSize, long errorCode) {
    }

    private static final Set<String> SORT_FIELDS = Set.of("create_time", "update_time");

    private static final Set<String> SORT_ORDERS = Set.of("ASC", "DESC");

    static TokopediaSearch of(HttpServletRequest request, byte[] body, Rules rules) {
        Map<String, String> query = QueryString.of(request);
        String size = query.get("page_size");
        Integer pageSize = size == null && rules.defaultPageSize() != null
                ? rules.defaultPageSize()
                : Paging.number(size, rules.minPageSize(), rules.maxPageSize()).orElse(null);
        String token = query.getOrDefault("page_token", "");
        Integer offset = token.isEmpty() ? Integer.valueOf(0) : Paging.number(token, 0, Integer.MAX_VALUE).orElse(null);
        if (pageSize == null || offset == null) {
            throw TokopediaGate.error(200, rules.errorCode(), "page_size must be between " + rules.minPageSize()
                    + " and " + rules.maxPageSize() + ", page_token must come from a previous page");
        }
        if (!SORT_FIELDS.contains(query.getOrDefault("sort_field", "create_time"))
                || !SORT_ORDERS.contains(query.getOrDefault("sort_order", "ASC"))) {
            throw TokopediaGate.error(200, rules.errorCode(),
                    "sort_field must be create_time or update_time, sort_order ASC or DESC");
        }
        JsonNode filter = body == null || body.length == 0 ? Json.object() : Json.read(body);
        if (!filter.isObject() || !wholeOrAbsent(filter.path("update_time_ge"))
                || !wholeOrAbsent(filter.path("update_time_lt"))) {
            throw TokopediaGate.error(200, rules.errorCode(), "An invalid request parameter was passed. Please check "
                    + "that you have the correct parameter type(s) and format.");
        }
        Instant from = Instant.ofEpochSecond(filter.path("update_time_ge").asLong(0));
        Instant until = filter.has("update_time_lt")
                ? Instant.ofEpochSecond(filter.path("update_time_lt").asLong())
                : null;
        return new TokopediaSearch(from, until, offset, pageSize, "DESC".equals(query.get("sort_order")));
    }

    /** The page of {@code found} (oldest change first) under {@code field}, with the next page's token. */
    ResponseEntity<String> answer(String field, List<SandboxOrder> found, Function<SandboxOrder, ObjectNode> renderer) {
        List<SandboxOrder> ordered = new ArrayList<>(found);
        if (descending) {
            Collections.reverse(ordered);
        }
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray(field);
        Paging.page(ordered, offset, pageSize).forEach(order -> list.add(renderer.apply(order)));
        data.put("next_page_token", offset + pageSize < ordered.size() ? Integer.toString(offset + pageSize) : "");
        data.put("total_count", ordered.size());
        return Json.ok(TokopediaGate.envelope(0, "Success", data));
    }

    private static boolean wholeOrAbsent(JsonNode node) {
        return node.isMissingNode() || node.isIntegralNumber();
    }
}

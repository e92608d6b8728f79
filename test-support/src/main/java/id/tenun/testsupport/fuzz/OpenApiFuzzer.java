package id.tenun.testsupport.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.testsupport.access.Caller;
import id.tenun.testsupport.fuzz.OpenApiDocument.Operation;
import id.tenun.testsupport.fuzz.OpenApiDocument.Parameter;

/**
 * Fuzzes every operation of a running service's OpenAPI document ({@code /v3/api-docs}): for each, a seeded number
 * of requests, each a plausible request with one to three parts made hostile (a query, path or header parameter, a
 * field or the whole of the body: out-of-range and wrong-typed numbers, huge strings and lists, odd dates, malformed
 * JSON, a wrong content type), as a random {@link Caller}. A new endpoint is fuzzed without a line of test code.
 * Every answer must be below 500, and a refused one (4xx) must leave {@link #state the state} as it was.
 */
public final class OpenApiFuzzer {

    private static final List<String> MALFORMED = List.of("{", "not json", "", "null", "[]", "{\"a\":}", "\"text\"",
            "[".repeat(5_000), "{\"a\":1,\"a\":2}", "\u0000\u0001");

    private final String service;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private long seed = 14;
    private int requestsPerOperation = 30;
    private PathValues pathValues = (path, name) -> List.of();
    private Map<String, String> examples = Map.of();
    private String group = "group-fuzz";
    private String other = "group-other";
    private Supplier<?> state = () -> null;

    /** The real ids a test has for a path parameter of a path template ({@code /api/products/{id}}, {@code id}). */
    @FunctionalInterface
    public interface PathValues {
        List<String> of(String path, String name);
    }

    private OpenApiFuzzer(String service, URI base) {
        this.service = service;
        this.base = base;
    }

    /** A fuzzer of the service (named in the summary) listening on localhost at {@code port}. */
    public static OpenApiFuzzer of(String service, int port) {
        return new OpenApiFuzzer(service, URI.create("http://localhost:" + port));
    }

    /** The seed of every random choice: the same seed sends the same requests. */
    public OpenApiFuzzer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many requests each operation gets. */
    public OpenApiFuzzer requestsPerOperation(int count) {
        this.requestsPerOperation = count;
        return this;
    }

    /** Real ids for path parameters; most requests take one of them, the others a hostile value. */
    public OpenApiFuzzer pathValues(PathValues values) {
        this.pathValues = values;
        return this;
    }

    /** Valid bodies by operation ({@code POST /api/products}) to mutate, rather than ones made from the schema. */
    public OpenApiFuzzer examples(Map<String, String> bodies) {
        this.examples = bodies;
        return this;
    }

    /** The callers' groups: {@link Caller#token} of {@code group}, the "other" callers' being {@code other}. */
    public OpenApiFuzzer callers(String group, String other) {
        this.group = group;
        this.other = other;
        return this;
    }

    /**
     * What a refused request must not change, e.g. the count of every collection and the end offsets of the
     * service's topics, compared with {@link Object#equals}. After a request that changed something was let
     * through, the fuzzer waits for it to settle (its publishing may lag); a refusal that seems to change it is
     * sent again once after settling, and fails only if it changes it again.
     */
    public OpenApiFuzzer state(Supplier<?> state) {
        this.state = state;
        return this;
    }

    /** Sends every request and reports what came back. */
    public FuzzReport run() {
        long started = System.nanoTime();
        OpenApiDocument document = new OpenApiDocument(json.readTree(get("/v3/api-docs")));
        Random random = new Random(seed);
        Values values = new Values(document, random);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<Operation> operations = document.operations();
        Object before = settle();
        int sent = 0;
        for (Operation operation : operations) {
            for (int i = 0; i < requestsPerOperation; i++) {
                FuzzRequest request = request(operation, values, random);
                int status = send(request);
                sent++;
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500 || status < 0) {
                    failures.add(status + " for " + request);
                    before = settle();
                    continue;
                }
                Object after = state.get();
                if (status >= 400 && !Objects.equals(before, after)) {
                    before = settle();
                    send(request);
                    after = state.get();
                    if (!Objects.equals(before, after)) {
                        failures.add(status + " but the state changed from " + before + " to " + after + " for "
                                + request);
                    }
                }
                before = status < 400 && !operation.method().equals("GET") ? settle() : after;
            }
        }
        return new FuzzReport(service, seed, operations.size(), sent, statuses, failures,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private FuzzRequest request(Operation operation, Values values, Random random) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            switch (parameter.in()) {
                case "path" -> {
                    List<String> real = pathValues.of(operation.path(), parameter.name());
                    path.put(parameter.name(), real.isEmpty()
                            ? values.plausibleText(parameter.schema())
                            : real.get(random.nextInt(real.size())));
                }
                case "query" -> {
                    if (parameter.required() || random.nextBoolean()) {
                        query.put(parameter.name(), values.plausibleText(parameter.schema()));
                    }
                }
                case "header" -> headers.put(parameter.name(), values.plausibleText(parameter.schema()));
                default -> {
                    // cookies: none of the services reads one
                }
            }
        }
        List<Map<String, String>> targets = new ArrayList<>(List.of(path, query, headers));
        for (int mutations = 1 + random.nextInt(3); mutations > 0; mutations--) {
            Map<String, String> target = targets.get(random.nextInt(targets.size()));
            List<Parameter> declared = operation.parameters().stream()
                    .filter(parameter -> target == in(parameter.in(), path, query, headers)).toList();
            if (!declared.isEmpty()) {
                String hostile = values.hostileText();
                target.put(declared.get(random.nextInt(declared.size())).name(),
                        target == headers ? hostile.replaceAll("[^\\x20-\\x7e]", "?") : hostile);
            }
        }
        String uri = operation.path();
        for (Map.Entry<String, String> each : path.entrySet()) {
            uri = uri.replace("{" + each.getKey() + "}", encode(each.getValue()));
        }
        StringBuilder queryString = new StringBuilder();
        query.forEach((name, value) -> queryString.append(queryString.isEmpty() ? "?" : "&").append(encode(name))
                .append('=').append(encode(value)));
        Caller caller = Caller.values()[random.nextInt(Caller.values().length)];
        String mediaType = operation.mediaType();
        String body = null;
        if (mediaType != null && mediaType.contains("json")) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                body = MALFORMED.get(random.nextInt(MALFORMED.size()));
            } else if (kind == 1) {
                mediaType = "text/plain";
                body = "sarung";
            } else {
                String example = examples.get(operation.key());
                JsonNode value = example != null ? json.readTree(example) : values.plausible(operation.body());
                body = json.writeValueAsString(kind == 2 ? value : values.mutate(value));
            }
        } else if (mediaType != null && mediaType.startsWith("multipart/")) {
            mediaType = "multipart/form-data; boundary=fuzz";
            body = multipart(operation.body(), random);
        }
        return new FuzzRequest(operation.method(), uri + queryString, caller, headers, mediaType, body);
    }

    private static Map<String, String> in(String where, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers) {
        return switch (where) {
            case "path" -> path;
            case "query" -> query;
            case "header" -> headers;
            default -> new HashMap<>();
        };
    }

    /** A multipart body with a part for every property of the schema: random bytes, a text, or nothing usable. */
    private static String multipart(JsonNode schema, Random random) {
        if (random.nextInt(5) == 0) {
            return "--fuzz\r\nbroken";
        }
        StringBuilder body = new StringBuilder();
        for (String name : schema.path("properties").propertyNames()) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2_000)];
            random.nextBytes(bytes);
            String filename = List.of("foto.jpg", "produk.csv", "x.xlsx", "../../etc/passwd", "")
                    .get(random.nextInt(5));
            body.append("--fuzz\r\nContent-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                    .append(filename).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .append(new String(bytes, StandardCharsets.ISO_8859_1)).append("\r\n");
        }
        return body.append("--fuzz--\r\n").toString();
    }

    /** One request the fuzzer sends, described in a failure. */
    private record FuzzRequest(String method, String uri, Caller caller, Map<String, String> headers,
            String contentType, String body) {

        @Override
        public String toString() {
            String text = method + " " + uri + " as " + caller + (headers.isEmpty() ? "" : " headers " + headers)
                    + (body == null ? "" : " (" + contentType + ") " + body);
            return text.length() > 500 ? text.substring(0, 500) + "… (" + text.length() + " chars)" : text;
        }
    }

    private int send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.uri()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.ISO_8859_1));
        String token = request.caller().token(group, other);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted fuzzing " + request, e);
        }
    }

    private String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted reading " + path, e);
        }
    }

    /** The state once two reads 100 ms apart agree (at most 5 s), so that lagging work of an accepted request ends. */
    private Object settle() {
        Object last = state.get();
        for (int i = 0; i < 50; i++) {
            sleep();
            Object now = state.get();
            if (Objects.equals(last, now)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted settling", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

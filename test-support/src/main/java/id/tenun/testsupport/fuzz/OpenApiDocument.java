package id.tenun.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The operations of an OpenAPI document (as springdoc serves it), with their parameters and body schemas resolved. */
final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /**
     * One operation: its method, path template, parameters, (if any) body schema and media type, its summary, and
     * whether it requires a security scheme (its own {@code security}, else the document's).
     */
    record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode body,
            String summary, boolean secured) {

        String key() {
            return method + " " + path;
        }
    }

    /** A parameter of an operation: where it goes ({@code path}, {@code query}, {@code header}), name and schema. */
    record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    private final JsonNode root;

    OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Every operation of the document, in the document's order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    parameters.add(new Parameter(resolved.path("in").asString(), resolved.path("name").asString(),
                            resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
                }
                String mediaType = null;
                JsonNode body = null;
                for (Map.Entry<String, JsonNode> content : resolve(operation.path("requestBody")).path("content")
                        .properties()) {
                    mediaType = content.getKey();
                    body = resolve(content.getValue().path("schema"));
                    break;
                }
                JsonNode security = operation.has("security") ? operation.path("security") : root.path("security");
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, mediaType, body,
                        operation.path("summary").asString(""), security.isArray() && !security.isEmpty()));
            }
        }
        return operations;
    }

    /** The schema or object {@code node} refers to ({@code $ref} to {@code #/components/...}), else itself. */
    JsonNode resolve(JsonNode node) {
        for (int hops = 0; hops < 20 && node.has("$ref"); hops++) {
            JsonNode target = root;
            for (String part : node.path("$ref").asString().replaceFirst("^#/", "").split("/")) {
                target = target.path(part);
            }
            node = target;
        }
        return node.isMissingNode() || node.isNull() ? emptySchema() : node;
    }

    private static ObjectNode emptySchema() {
        return JsonNodeFactory.instance.objectNode();
    }
}

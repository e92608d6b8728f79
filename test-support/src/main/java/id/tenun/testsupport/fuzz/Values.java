package id.tenun.testsupport.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for a schema, drawn from a seeded {@link Random}: a plausible one ({@link #plausible}) and a hostile one
 * ({@link #hostile}): out-of-range and wrong-typed numbers, huge strings and lists, odd dates, wrong types.
 */
final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Hostile scalars in their text form, for parameters (query, path, header). */
    static final List<String> HOSTILE_TEXT = List.of("-1", "0", "2147483647", "2147483648", "-2147483649",
            String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE), "9223372036854775808", "1.5", "-0.0",
            "1e309", "NaN", "Infinity", "99999-12-31", "+999999999-01-01", "-999999999-01-01", "2026-02-30",
            "0000-00-00", "2026-13-01T25:61:00Z", "garbage", "", " ", "null", "true", "[]", "{}", "%00", "../..",
            "'; DROP TABLE x; --", "x".repeat(10_000), "\u202e\ud83d\ude00");

    private final OpenApiDocument document;
    private final Random random;

    Values(OpenApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** A value of the schema's type, within its enum, usually minimal in size. */
    JsonNode plausible(JsonNode schema) {
        return plausible(schema, 0);
    }

    private JsonNode plausible(JsonNode schema, int depth) {
        schema = document.resolve(schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.path(combined).isArray() && !schema.path(combined).isEmpty()) {
                return plausible(schema.path(combined).get(0), depth + 1);
            }
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    object.set(property.getKey(), plausible(property.getValue(), depth + 1));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(plausible(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1 + random.nextInt(5));
            case "number" -> NODES.numberNode(1 + random.nextInt(5));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "string" -> NODES.stringNode(plausibleText(schema));
            default -> NODES.stringNode("fuzz");
        };
    }

    /** A plausible value in text form, for a parameter. */
    String plausibleText(JsonNode schema) {
        schema = document.resolve(schema);
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size())).asString();
        }
        return switch (type(schema) + "/" + schema.path("format").asString("")) {
            case "string/date" -> "2026-0" + (1 + random.nextInt(9)) + "-01";
            case "string/date-time" -> "2026-01-01T00:00:00Z";
            case "integer/int32", "integer/int64", "integer/" -> String.valueOf(random.nextInt(3));
            case "number/double", "number/float", "number/" -> String.valueOf(random.nextInt(3));
            case "boolean/" -> String.valueOf(random.nextBoolean());
            default -> "fuzz" + random.nextInt(1000);
        };
    }

    /** A hostile value in text form, for a parameter. */
    String hostileText() {
        return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
    }

    /** A hostile JSON value in place of one of {@code like}'s type (or any other). */
    JsonNode hostile(JsonNode like) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.numberNode(Long.MIN_VALUE);
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("9223372036854775808"));
            case 3 -> NODES.numberNode(random.nextBoolean() ? 1.5 : -0.5);
            case 4 -> NODES.numberNode(random.nextBoolean() ? -1 : 1e300);
            case 5 -> NODES.stringNode("x".repeat(random.nextBoolean() ? 10_000 : 300_000));
            case 6 -> hugeList(like);
            case 7 -> NODES.stringNode(List.of("99999-12-31", "+999999999-01-01", "2026-02-30", "garbage",
                    "9999-12-31T23:59:59Z", "-000001-01-01").get(random.nextInt(6)));
            case 8 -> NODES.nullNode();
            case 9 -> NODES.booleanNode(true);
            case 10 -> NODES.objectNode().put("unexpected", 1);
            case 11 -> NODES.arrayNode();
            case 12 -> NODES.stringNode("123");
            case 13 -> NODES.numberNode(123);
            case 14 -> NODES.stringNode("");
            default -> NODES.stringNode(hostileText());
        };
    }

    private ArrayNode hugeList(JsonNode like) {
        JsonNode item = like != null && like.isArray() && !like.isEmpty() ? like.get(0) : NODES.stringNode("x");
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < (random.nextBoolean() ? 1_001 : 20_000); i++) {
            list.add(item);
        }
        return list;
    }

    /** The value with one node somewhere inside it (or the whole) replaced by a {@link #hostile} one. */
    JsonNode mutate(JsonNode value) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(value, containers);
        if (containers.isEmpty() || random.nextInt(8) == 0) {
            return hostile(value);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = random.nextInt(10) == 0 || names.isEmpty()
                    ? "unknown" + random.nextInt(9)
                    : names.get(random.nextInt(names.size()));
            if (random.nextInt(10) == 0) {
                object.remove(name);
            } else {
                object.set(name, hostile(object.get(name)));
            }
        } else if (container instanceof ArrayNode array) {
            array.set(random.nextInt(array.size()), hostile(array.get(0)));
        }
        return value;
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray() && !node.isEmpty()) {
            containers.add(node);
        }
        for (JsonNode child : node) {
            collectContainers(child, containers);
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
    }
}

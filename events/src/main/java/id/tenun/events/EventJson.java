package id.tenun.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonTypeName;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of Tenun's events, for Kafka record values (UTF-8 JSON).
 * <ul>
 * <li>The logical type travels as {@code "type"} (e.g. {@code "product.changed"}), first in the object; no Java
 * class name is ever written or trusted (no default typing).</li>
 * <li>Instants and dates are ISO-8601 strings ({@code "2026-03-14T01:30:00Z"}, {@code "2027-06-30"}); amounts are
 * JSON integers; byte arrays are base64.</li>
 * <li>Unknown properties are ignored on read, so a consumer keeps reading what a newer producer writes.</li>
 * <li>Map entries are written sorted by key, so the same event always gives the same bytes.</li>
 * </ul>
 * Thread-safe: one immutable {@link JsonMapper} is shared.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final Map<String, Class<? extends TenunEvent>> TYPES = collectTypes();

    private EventJson() {
    }

    /** The event as UTF-8 JSON. */
    public static byte[] write(TenunEvent event) {
        Checks.notNull(event, "event");
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JacksonException ex) {
            throw new IllegalStateException("Cannot write " + event.type() + " " + event.eventId() + " as JSON", ex);
        }
    }

    /** The event as a JSON string, for logs, tests and samples. */
    public static String writeString(TenunEvent event) {
        Checks.notNull(event, "event");
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JacksonException ex) {
            throw new IllegalStateException("Cannot write " + event.type() + " " + event.eventId() + " as JSON", ex);
        }
    }

    /**
     * Reads an event. The record is picked by the {@code type} on the wire: ask for an aggregate's interface (e.g.
     * {@code ProductEvent.class}, or {@link Topics#of} {@code .eventType()}), for {@link TenunEvent}, or for one
     * record.
     * @throws UnknownEventTypeException if the type is missing or not one of {@code expected}
     * @throws UnreadableEventException if the bytes are not a valid event
     */
    public static <T extends TenunEvent> T read(byte[] json, Class<T> expected) {
        Checks.notNull(json, "json");
        return read(expected, () -> MAPPER.readValue(json, expected));
    }

    /** Reads an event from a JSON string; see {@link #read(byte[], Class)}. */
    public static <T extends TenunEvent> T read(String json, Class<T> expected) {
        Checks.notNull(json, "json");
        return read(expected, () -> MAPPER.readValue(json, expected));
    }

    private static <T extends TenunEvent> T read(Class<T> expected, Supplier<T> reading) {
        Checks.notNull(expected, "expected");
        try {
            return reading.get();
        } catch (JacksonException ex) {
            throw unreadable(ex, expected);
        }
    }

    /** Every event type this module knows: wire name → record, in topic order. */
    public static Map<String, Class<? extends TenunEvent>> types() {
        return TYPES;
    }

    private static UnreadableEventException unreadable(JacksonException ex, Class<?> expected) {
        if (ex instanceof InvalidTypeIdException invalidType) {
            return new UnknownEventTypeException(invalidType.getTypeId(), expected, typesOf(expected), ex);
        }
        Throwable cause = ex.getCause();
        String reason = (cause instanceof IllegalArgumentException) ? cause.getMessage() : ex.getOriginalMessage();
        return new UnreadableEventException("Cannot read a " + expected.getSimpleName() + ": " + reason
                + location(ex), ex);
    }

    private static String location(JacksonException ex) {
        String path = ex.getPathReference();
        return (path == null || path.isEmpty()) ? "" : " (at " + path + ")";
    }

    private static Set<String> typesOf(Class<?> expected) {
        Set<String> names = new TreeSet<>();
        TYPES.forEach((name, type) -> {
            if (expected.isAssignableFrom(type)) {
                names.add(name);
            }
        });
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends TenunEvent>> collectTypes() {
        Map<String, Class<? extends TenunEvent>> types = new LinkedHashMap<>();
        for (TopicSpec topic : Topics.all()) {
            Class<?>[] records = topic.eventType().getPermittedSubclasses();
            if (records == null) {
                throw new IllegalStateException(topic.eventType().getName() + " must be a sealed interface");
            }
            for (Class<?> record : Arrays.asList(records)) {
                JsonTypeName name = record.getAnnotation(JsonTypeName.class);
                if (name == null || name.value().isBlank()) {
                    throw new IllegalStateException(record.getName() + " has no @JsonTypeName");
                }
                if (types.put(name.value(), (Class<? extends TenunEvent>) record) != null) {
                    throw new IllegalStateException("Two events are named " + name.value());
                }
            }
        }
        return Collections.unmodifiableMap(types);
    }

}

package id.tenun.events;

import java.util.Set;

/**
 * The event's {@code type} is not one the reader knows for the requested class: a newer producer, a record on
 * the wrong topic, or a typo.
 */
public class UnknownEventTypeException extends UnreadableEventException {

    private static final long serialVersionUID = 1L;

    private final String type;

    private final Set<String> knownTypes;

    public UnknownEventTypeException(String type, Class<?> requested, Set<String> knownTypes, Throwable cause) {
        super(message(type, requested, knownTypes), cause);
        this.type = type;
        this.knownTypes = Set.copyOf(knownTypes);
    }

    private static String message(String type, Class<?> requested, Set<String> knownTypes) {
        if (type == null) {
            return "Cannot read a " + requested.getSimpleName() + ": the event has no '" + TenunEvent.TYPE_PROPERTY
                    + "' (expected one of " + knownTypes + ")";
        }
        return "Cannot read a " + requested.getSimpleName() + ": unknown event type '" + type + "' (expected one of "
                + knownTypes + "). Written by a newer producer? Upgrade the events module of this consumer; "
                + "on the wrong topic? Send it to the dead-letter topic.";
    }

    /** The type found on the wire, or null if there was none. */
    public String type() {
        return type;
    }

    /** The types the reader would have accepted. */
    public Set<String> knownTypes() {
        return knownTypes;
    }

}

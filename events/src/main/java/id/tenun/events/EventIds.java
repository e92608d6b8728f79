package id.tenun.events;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Event ids derived from what identifies a fact, so that publishing the same fact twice (an outbox relay that
 * crashed after sending) yields the same {@code eventId} and consumers can drop the duplicate.
 */
public final class EventIds {

    private EventIds() {
    }

    /**
     * A name-based (type 3) UUID of the parts, e.g. {@code derived("product.changed", productId, "7")}.
     */
    public static UUID derived(Object... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("EventIds.derived needs at least one part");
        }
        StringBuilder name = new StringBuilder("tenun");
        for (Object part : parts) {
            name.append('\u001f').append(Objects.requireNonNull(part, "an event id part is null"));
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }

}

package id.tenun.catalog.publishing.kafka;

import java.util.List;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells Kafka refusing one record for what it is (it cannot be serialized, it is too large, the broker finds it
 * invalid) from Kafka being unable to take any (away, timing out): only the first is the record's own fault, and
 * sending it again unchanged cannot help.
 */
final class RecordRefusals {

    private static final List<Class<? extends Throwable>> OWN_FAULTS = List.of(SerializationException.class,
            RecordTooLargeException.class, InvalidRecordException.class);

    private RecordRefusals() {
    }

    static boolean isOwnFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable c = cause;
            if (OWN_FAULTS.stream().anyMatch(kind -> kind.isInstance(c))) {
                return true;
            }
        }
        return false;
    }
}

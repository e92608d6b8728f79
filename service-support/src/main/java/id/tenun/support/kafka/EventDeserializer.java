package id.tenun.support.kafka;

import org.apache.kafka.common.serialization.Deserializer;

import id.tenun.events.EventJson;
import id.tenun.events.TenunEvent;

/**
 * Reads Tenun events by their logical {@code type}. Wrapped in Spring Kafka's {@code ErrorHandlingDeserializer}
 * (see the shared defaults), so that a message it cannot read goes to the dead-letter topic at once instead of
 * blocking its partition.
 */
public class EventDeserializer implements Deserializer<TenunEvent> {

    @Override
    public TenunEvent deserialize(String topic, byte[] data) {
        return data == null ? null : EventJson.read(data, TenunEvent.class);
    }
}

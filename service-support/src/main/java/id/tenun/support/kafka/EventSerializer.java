package id.tenun.support.kafka;

import org.apache.kafka.common.serialization.Serializer;

import id.tenun.events.EventJson;
import id.tenun.events.TenunEvent;

/** Writes Tenun events as JSON with their logical type names ({@link EventJson}), never Java class names. */
public class EventSerializer implements Serializer<TenunEvent> {

    @Override
    public byte[] serialize(String topic, TenunEvent event) {
        return event == null ? null : EventJson.write(event);
    }
}

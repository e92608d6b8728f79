package id.tenun.support.kafka;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

import id.tenun.events.TenunEvent;
import id.tenun.events.TopicSpec;
import id.tenun.events.Topics;
import id.tenun.events.UnknownEventTypeException;
import id.tenun.events.UnreadableEventException;

/**
 * What every Tenun service does the same way on Kafka: declares all topics (partitions, compaction, retention)
 * from {@link Topics}, and handles a failing message with one error handler: a bounded exponential back-off,
 * then the topic's {@code .DLT} with the reason in headers, logged and counted ({@link CountedDeadLetters}). Messages that cannot be read, or that a contract
 * refuses, go to the dead-letter topic at once: retrying them cannot help, and nothing blocks a partition.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaEventsAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics tenunTopics() {
        return new KafkaAdmin.NewTopics(Topics.allWithDeadLetters().stream()
                .map(KafkaEventsAutoConfiguration::declaration)
                .toArray(NewTopic[]::new));
    }

    static NewTopic declaration(TopicSpec spec) {
        return TopicBuilder.name(spec.name()).partitions(spec.partitions()).replicas(-1).configs(spec.configs())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler tenunErrorHandler(KafkaProperties kafka, KafkaSettings settings,
            ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letters");
        DelegatingByTypeSerializer values = new DelegatingByTypeSerializer(
                Map.of(byte[].class, new ByteArraySerializer(), TenunEvent.class, new EventSerializer()), true);
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(producer, null, values));
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, e) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        ExponentialBackOff backOff = new ExponentialBackOff(settings.initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackOff().toMillis());
        backOff.setMaxAttempts(settings.retries());
        DefaultErrorHandler handler = new DefaultErrorHandler(
                new CountedDeadLetters(recoverer, meters.getIfAvailable(() -> Metrics.globalRegistry)), backOff);
        handler.addNotRetryableExceptions(UnreadableEventException.class, UnknownEventTypeException.class,
                IllegalArgumentException.class);
        return handler;
    }
}

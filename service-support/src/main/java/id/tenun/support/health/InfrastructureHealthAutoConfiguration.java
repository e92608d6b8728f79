package id.tenun.support.health;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * A health indicator named {@code kafka} (Boot has none; MongoDB's {@code mongo} comes with Boot). The readiness
 * group includes both: a service whose broker or database is gone stops taking traffic rather than failing every
 * request.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class InfrastructureHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaProperties.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka,
            @Value("${tenun.health.kafka-timeout:3s}") Duration timeout) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(), timeout);
    }
}

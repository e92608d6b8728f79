package id.tenun.support.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code kafka} and {@code mongo} health indicators that the readiness group includes: a service whose broker
 * or database is gone stops taking traffic rather than failing every request. Boot has no Kafka indicator, and
 * its MongoDB one does not work on the embedded wire server (see {@link MongoPingHealthIndicator}); Boot's backs
 * off when a bean named {@code mongoHealthIndicator} exists.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableConfigurationProperties(HealthSettings.class)
public class InfrastructureHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaProperties.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka, HealthSettings settings) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(), settings.kafkaTimeout());
    }

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}

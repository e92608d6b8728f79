package id.tenun.support.health;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Health indicators named {@code kafka} and {@code mongo}, which the readiness group includes: a service whose
 * broker or database is gone stops taking traffic rather than failing every request.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class })
public class InfrastructureHealthAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaProperties.class)
    @ConditionalOnBean(KafkaProperties.class)
    static class Kafka {
        @Bean(name = "kafkaHealthIndicator")
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka,
                @Value("${tenun.health.kafka-timeout:3s}") Duration timeout) {
            return new KafkaHealthIndicator(kafka.buildAdminProperties(), timeout);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    static class Mongo {
        @Bean(name = "mongoHealthIndicator")
        @ConditionalOnMissingBean(name = "mongoHealthIndicator")
        MongoHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
            return new MongoHealthIndicator(mongo);
        }
    }
}

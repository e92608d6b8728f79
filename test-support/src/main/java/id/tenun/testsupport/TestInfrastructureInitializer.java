package id.tenun.testsupport;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at {@link TestInfrastructure}: the broker, a fresh database on the wire server, and the
 * test token key. These properties take precedence over the service's own configuration.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.usedBy(context);
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tenunTestInfrastructure",
                Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                        "spring.mongodb.uri", infrastructure.mongoUri(),
                        "spring.mongodb.database", database,
                        "spring.security.oauth2.resourceserver.jwt.public-key-location",
                        TestTokens.publicKeyLocation(),
                        // the services run on the public development values (demo app secrets, sealing key)
                        "tenun.local-development", "true")));
    }
}

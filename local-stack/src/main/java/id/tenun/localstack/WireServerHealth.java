package id.tenun.localstack;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health of a service that runs on the stack's wire server. Spring Boot's own MongoDB indicator
 * sends {@code hello} to every database, which {@code mongo-java-server} 1.47 does not implement (it answers
 * "no such command" as soon as a database exists), so the stack registers this one under the same name first:
 * UP when the service's database answers {@code ping}. Boot's indicator, and any other that is conditional on
 * a missing {@code mongoHealthIndicator} bean, backs off. Against a real MongoDB, the services keep their own.
 */
final class WireServerHealth implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "mongoHealthIndicator";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic && !generic.containsBeanDefinition(BEAN_NAME)) {
            generic.registerBean(BEAN_NAME, HealthIndicator.class, () -> new Ping(generic));
        }
    }

    private static final class Ping extends AbstractHealthIndicator {

        private final GenericApplicationContext context;

        Ping(GenericApplicationContext context) {
            super("MongoDB is not reachable");
            this.context = context;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            mongo.executeCommand(new Document("ping", 1));
            builder.up().withDetail("database", mongo.getDb().getName()).withDetail("server", "mongo-java-server");
        }
    }
}
